package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

final class ReportScopeTest {
  @Test
  void allProgrammesIncludesEveryProgrammeAndNamesNone() {
    ReportScope all = ReportScope.allProgrammes();

    assertThat(all.includes(ProgrammeCode.UP)).isTrue();
    assertThat(all.includes(ProgrammeCode.of("SOMETHING_NEW"))).isTrue();
    assertThat(all.programme()).isEmpty();
    assertThat(all).hasToString("all programmes");
  }

  @Test
  void oneProgrammeIncludesOnlyThatProgramme() {
    ReportScope wire = ReportScope.of(ProgrammeCode.WIRE);

    assertThat(wire.includes(ProgrammeCode.WIRE)).isTrue();
    assertThat(wire.includes(ProgrammeCode.UP)).isFalse();
    assertThat(wire.programme()).contains(ProgrammeCode.WIRE);
    assertThat(wire).hasToString(ProgrammeCode.WIRE.toString());
  }

  @Test
  void aNullProgrammeIsRejectedNamingIt() {
    assertThatThrownBy(() -> ReportScope.of(null))
        .isInstanceOfSatisfying(InvalidRecordException.class,
            e -> assertThat(e.field()).isEqualTo("programme"));
  }

  @Test
  void scopesAreEqualWhenTheyCountTheSameProgrammes() {
    new EqualsTester()
        .addEqualityGroup(ReportScope.allProgrammes(), ReportScope.allProgrammes())
        .addEqualityGroup(ReportScope.of(ProgrammeCode.UP), ReportScope.of(ProgrammeCode.of("UP")))
        .addEqualityGroup(ReportScope.of(ProgrammeCode.WIRE))
        .testEquals();
  }

  @Test
  void aReportsScopeIsTheOneItWasCountedFor() {
    ReportDataSet none = ReportDataSet.builder().build();
    ReportPeriod q1 = ReportPeriod.of(FinancialQuarter.parse("2023/24 Q1"));
    ReportGenerator reports = ReportGenerator.withReferencePolicy();

    assertThat(reports.report(none, ReportScope.of(ProgrammeCode.UP), q1).scope())
        .isEqualTo(ReportScope.of(ProgrammeCode.UP));
    assertThat(reports.report(none, ReportScope.allProgrammes(), q1).scope())
        .isEqualTo(ReportScope.allProgrammes());
  }
}
