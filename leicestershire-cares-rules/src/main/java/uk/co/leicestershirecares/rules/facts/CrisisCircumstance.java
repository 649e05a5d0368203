package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.participant.Circumstance;

/**
 * A circumstance of a kind the crises table names: a crisis while it is active. The table's row
 * inserts it; {@code stage.drl} concludes on it.
 *
 * @param circumstance the circumstance
 * @param sentence the source sentence of the table row that made the circumstance a crisis (the
 *     row's last cell)
 */
public record CrisisCircumstance(Circumstance circumstance, String sentence) {}
