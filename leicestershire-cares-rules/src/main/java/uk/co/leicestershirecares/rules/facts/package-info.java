/**
 * The facts the shipped rules read and write. Analysts' rule folders may use them too: the
 * engine inserts {@link uk.co.leicestershirecares.rules.facts.AsOf}, the policy parameters, the
 * annual plans, the catalogue's programmes, the participant, the record and its outcome events;
 * rules insert findings ({@link uk.co.leicestershirecares.rules.facts.StageFinding}, {@link
 * uk.co.leicestershirecares.rules.facts.PathwayFinding}, {@link
 * uk.co.leicestershirecares.rules.facts.ConditionFinding}, {@link
 * uk.co.leicestershirecares.rules.facts.Classified}, …) that the engine turns into an {@code
 * Assessment}.
 */
package uk.co.leicestershirecares.rules.facts;
