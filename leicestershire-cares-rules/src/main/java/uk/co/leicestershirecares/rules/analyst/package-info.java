/**
 * Tools for analysts who edit rule files: {@link
 * uk.co.leicestershirecares.rules.analyst.RuleLinter} (imports and calls a rule file may use),
 * {@link uk.co.leicestershirecares.rules.analyst.RuleChecker} (compile and lint a folder), {@link
 * uk.co.leicestershirecares.rules.analyst.Scenario} files run by {@link
 * uk.co.leicestershirecares.rules.analyst.ScenarioRunner} (expected answers, and which rules no
 * scenario fired), and {@link uk.co.leicestershirecares.rules.analyst.ReloadingPolicy} (a policy
 * that picks up a folder's edits while it serves).
 */
package uk.co.leicestershirecares.rules.analyst;
