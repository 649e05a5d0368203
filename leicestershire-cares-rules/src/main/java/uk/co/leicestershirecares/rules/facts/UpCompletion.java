package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.engagement.Enrolment;

/**
 * The latest UP enrolment completed by the date asked about.
 *
 * @param enrolment the completed enrolment
 */
public record UpCompletion(Enrolment enrolment) {}
