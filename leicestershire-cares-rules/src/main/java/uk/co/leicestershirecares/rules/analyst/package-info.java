/**
 * Tools for analysts who edit rule files: {@link
 * uk.co.leicestershirecares.rules.analyst.RuleLinter} (imports and calls a rule file may use),
 * {@link uk.co.leicestershirecares.rules.analyst.RuleChecker} (compile and lint a folder), {@link
 * uk.co.leicestershirecares.rules.analyst.Scenario} files run by {@link
 * uk.co.leicestershirecares.rules.analyst.ScenarioRunner} (expected answers, and which rules no
 * scenario fired), and {@link uk.co.leicestershirecares.rules.analyst.ReloadingPolicy} (a policy
 * that picks up a folder's edits while it serves). Checks and reloading policies come from the
 * module's front door, {@link uk.co.leicestershirecares.rules.CaresRules} ({@code check}, {@code
 * buildReloading}).
 *
 * <p>These tools compile folders at run time and read scenario files, so they need dependencies
 * that the rules module declares optional, because an application that runs only the shipped
 * rules does not: {@code org.drools:drools-model-codegen} and {@code
 * org.drools:drools-decisiontables} for folders, {@code
 * uk.co.leicestershirecares:leicestershire-cares-json} for scenarios.
 */
@NullMarked
package uk.co.leicestershirecares.rules.analyst;

import org.jspecify.annotations.NullMarked;
