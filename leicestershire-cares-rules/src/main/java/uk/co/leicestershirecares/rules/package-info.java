/**
 * The charity's policy as Drools rules and analysts' decision tables: a {@link
 * uk.co.leicestershirecares.core.policy.Policy} that gives the same answers, reasons and
 * missing conditions as core's plain-Java {@code ReferencePolicy}, but whose data (age bands,
 * qualifying circumstances, annual plans, crises, how outcomes count) is cells of CSV tables an
 * analyst can change, check and test without a developer.
 *
 * <p>Start from {@link uk.co.leicestershirecares.rules.CaresRules}, the module's one front door:
 * a builder in the style of Caffeine's {@code Caffeine.newBuilder()}. Its {@link
 * uk.co.leicestershirecares.rules.CaresRules#build() build()} is the shipped rules, compiled when
 * this jar was built (no rule is parsed at start-up), a {@link
 * uk.co.leicestershirecares.rules.DroolsPolicy} whose {@link
 * uk.co.leicestershirecares.rules.DroolsPolicy#explain explain} lists the rules fired for an
 * answer ({@link uk.co.leicestershirecares.rules.Explanation}, {@link
 * uk.co.leicestershirecares.rules.FiredRule}).
 *
 * <pre>{@code
 * Policy policy = CaresRules.newBuilder().build();              // immutable, thread-safe
 * Assessment assessment = policy.assess(record, LocalDate.of(2026, 11, 25));
 * }</pre>
 *
 * <p>Rules an analyst has edited live in a folder, and the same builder reads it:
 *
 * <ul>
 *   <li>{@link uk.co.leicestershirecares.rules.ShippedRules#copyTo ShippedRules.copyTo} writes the
 *       shipped tables and rule files into a new folder, the starting point of an analyst's copy;
 *   <li>{@link uk.co.leicestershirecares.rules.CaresRules#load(java.nio.file.Path) load}
 *       compiles a folder at run time into a {@code DroolsPolicy}, or answers with the {@link
 *       uk.co.leicestershirecares.rules.Diagnostic}s ({@code file:line:column: message}) of every
 *       mistake ({@link uk.co.leicestershirecares.rules.RuleFolder} says what a folder may hold);
 *   <li>{@link uk.co.leicestershirecares.rules.CaresRules#check(java.nio.file.Path) check} also
 *       lints it ({@code RuleChecker.Report}: compiles, and uses only allowed imports and calls),
 *       and {@link uk.co.leicestershirecares.rules.CaresRules#buildReloading buildReloading}
 *       serves answers while the folder is edited ({@code ReloadingPolicy}: swaps in new rules
 *       only when they compile and check cleanly, keeping the previous ones otherwise);
 *   <li>the analyst tools in {@link uk.co.leicestershirecares.rules.analyst} run scenario files
 *       against a policy ({@code ScenarioReader}, {@code ScenarioRunner});
 *   <li>{@link uk.co.leicestershirecares.rules.facts} holds the facts the rules read and write.
 * </ul>
 *
 * <p>The shipped rules need {@code drools-engine} only. Compiling a folder needs the module's
 * optional dependencies {@code org.drools:drools-model-codegen} and {@code
 * org.drools:drools-decisiontables}, and scenarios {@code
 * uk.co.leicestershirecares:leicestershire-cares-json}. When a rule folder leaves a question
 * unanswered, or answers it twice, assessing throws {@link
 * uk.co.leicestershirecares.rules.RulesIncompleteException}; the shipped rules never do.
 */
@NullMarked
package uk.co.leicestershirecares.rules;

import org.jspecify.annotations.NullMarked;
