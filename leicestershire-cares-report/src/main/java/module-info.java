/**
 * Quarterly funder reports computed from participant records, with provenance, and their
 * Markdown, CSV and HTML renderings. Start from {@link
 * uk.co.leicestershirecares.report.ReportGenerator}.
 *
 * <p>Reports hold core's values (quarters, programme codes, money), so a module that reads this
 * one reads core too.
 */
@SuppressWarnings("requires-automatic")
module uk.co.leicestershirecares.report {
  requires transitive uk.co.leicestershirecares.core;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports uk.co.leicestershirecares.report;
}
