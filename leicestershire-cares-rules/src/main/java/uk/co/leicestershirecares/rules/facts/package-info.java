/**
 * The facts the shipped rules read and write. Analysts' rule folders may use them too: the
 * engine inserts {@link uk.co.leicestershirecares.rules.facts.AsOf}, the policy parameters, the
 * catalogue's programmes, the participant, the record and its outcome events; the tables' rows
 * insert their data (requirements, annual plans, classifications); rules insert conclusions
 * (core's {@code StageFinding} and {@code ConditionFinding}, {@link
 * uk.co.leicestershirecares.rules.facts.Classified}, …) that core's {@code Explainer} words into
 * an {@code Assessment}.
 */
@NullMarked
package uk.co.leicestershirecares.rules.facts;

import org.jspecify.annotations.NullMarked;
