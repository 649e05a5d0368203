/**
 * Quarterly funder reports computed from records, with provenance: every figure can list the
 * records it counts.
 *
 * <p>Start from {@link uk.co.leicestershirecares.report.ReportGenerator}: give it a {@link
 * uk.co.leicestershirecares.report.ReportDataSet} (participant records, sessions, partners),
 * a programme and a {@link uk.co.leicestershirecares.core.plan.FinancialQuarter} (or any days,
 * {@link uk.co.leicestershirecares.report.ReportPeriod#between}), and read the {@link
 * uk.co.leicestershirecares.report.QuarterlyReport}'s lines and its {@link
 * uk.co.leicestershirecares.report.ReportIndicator indicators}. {@link
 * uk.co.leicestershirecares.report.MarkdownReport} prints it in the layout of the charity's
 * own reports; {@link uk.co.leicestershirecares.report.CsvReport} as tables; {@link
 * uk.co.leicestershirecares.report.HtmlReport} as one self-contained web page with charts.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.report;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
