/**
 * The documented JSON formats (see {@code docs/record-format.md}): participant records and report
 * data sets in, assessments and reports out.
 */
package uk.co.leicestershirecares.json;
