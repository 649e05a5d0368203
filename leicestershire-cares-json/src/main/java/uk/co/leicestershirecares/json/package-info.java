/**
 * The documented JSON formats of Leicestershire Cares (see {@code docs/record-format.md}):
 * participant records and report data sets in; records, data sets, assessments and quarterly
 * reports out.
 *
 * <p>Start from {@link uk.co.leicestershirecares.json.CaresJson}, the one entry point: its static
 * methods read JSON text, a {@link java.io.Reader} or a file into the core model and write core
 * values as pretty-printed JSON. Text that does not follow the format is rejected with a {@link
 * uk.co.leicestershirecares.json.JsonFormatException} whose {@code field()} is the JSON path of the
 * offending value (for example {@code $.participants[3].circumstances[0].to}) and whose message is
 * plain English that never repeats a date of birth, a circumstance or free text.
 *
 * <p>Applications whose framework converts bodies with a Jackson {@code ObjectMapper} (Spring,
 * Micronaut, Quarkus) register {@link uk.co.leicestershirecares.json.CaresJson#module()}, a
 * {@link uk.co.leicestershirecares.json.CaresJacksonModule}: records and data sets then bind in
 * the same format, with the same errors, as a {@link
 * uk.co.leicestershirecares.json.JsonFormatMappingException}, and assessments and reports are
 * written as {@code CaresJson} writes them.
 */
@NullMarked
package uk.co.leicestershirecares.json;

import org.jspecify.annotations.NullMarked;
