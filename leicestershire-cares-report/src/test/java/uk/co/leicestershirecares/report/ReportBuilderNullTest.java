package uk.co.leicestershirecares.report;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import uk.co.leicestershirecares.core.BuilderNullContract;

/** {@link BuilderNullContract} for every value type of the report module. */
final class ReportBuilderNullTest extends BuilderNullContract {
  @Override
  protected Stream<Arguments> builders() {
    return Stream.of(
        builder(PartnerLine.class, PartnerLine::builder),
        builder(QuarterlyReport.class, QuarterlyReport::builder),
        builder(ReportDataSet.class, ReportDataSet::builder),
        builder(ReportIndicator.class, ReportIndicator::builder),
        builder(ReportLine.class, ReportLine::builder));
  }
}
