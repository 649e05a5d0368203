package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.participant.Circumstance;

/**
 * A crisis circumstance active on the date asked about.
 *
 * @param circumstance the circumstance
 */
public record Crisis(Circumstance circumstance) {}
