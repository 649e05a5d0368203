package uk.co.leicestershirecares.rules.facts;

import java.time.LocalDate;

/**
 * The date a question is asked about: facts dated after it are not evidence.
 *
 * @param date the date asked about
 */
public record AsOf(LocalDate date) {}
