package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Covers {@link CsvReport} against CSV (formula) injection, issue 16 item 11: "Partner names are
 * free text and funders open the CSV in Excel: neutralise cells beginning with {@code =}, {@code
 * +}, {@code -}, {@code @}, tab or carriage return (OWASP's advice)". Every table is read back
 * with an RFC 4180 reader of the test's own.
 */
final class CsvReportTest {
  /** Partner names a spreadsheet would read as formulas (OWASP's list), each a free-text cell. */
  private static final List<String> FORMULAS = List.of(
      "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "\nLF");

  /** A partner name with every character RFC 4180 quotes, and a formula after a separator. */
  private static final String SEPARATORS = "Hastings, \"Direct\"\r\nLtd;=1+2";

  private static QuarterlyReport reportWithPartners(List<String> names) {
    ReportDataSet.Builder data = ReportDataSet.builder();
    for (String name : names) {
      data.addPartner(Partner.builder().name(name).member(false)
          .addInvolvement(PartnerInvolvement.builder().type(InvolvementType.FUNDING)
              .date(LocalDate.of(2023, 5, 30)).amount(Money.ofPounds(10)).build())
          .build());
    }
    return ReportGenerator.withReferencePolicy().quarterly(data.build(),
        ProgrammeCode.LEAVING_CARE, FinancialQuarter.parse("Q1 2023/24"));
  }

  @Test
  void partnersTable_neutralisesEveryFormulaAndReadsBackAsTheName() {
    List<String> names = new ArrayList<>(FORMULAS);
    names.add(SEPARATORS);
    List<List<String>> rows = Rfc4180.read(CsvReport.partners(reportWithPartners(names)));

    assertThat(rows.get(0))
        .containsExactly("partner", "member", "involvements", "fundingPence", "sources");
    List<String> partners = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row).hasSize(5);
      partners.add(textOf(row.get(0)));
      assertThat(textOf(row.get(4))).isEqualTo(textOf(row.get(0)) + "/involvements[0]");
      assertThat(row.get(3)).isEqualTo("1000");
    }
    assertThat(partners).containsExactlyInAnyOrderElementsOf(names);
    for (List<String> row : rows) {
      assertThat(row).allSatisfy(CsvReportTest::assertNoFormula);
    }
  }

  @Test
  void partnersTable_writesTheFormulaCellsQuotedWithASingleQuoteFirst() {
    String csv = CsvReport.partners(reportWithPartners(List.of("=HYPERLINK(\"http://x\",\"y\")")));

    assertThat(csv).isEqualTo("partner,member,involvements,fundingPence,sources\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",false,FUNDING,1000,"
        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")/involvements[0]\"\r\n");
  }

  @Test
  void linesTable_neutralisesThePartnerNamesInTheSourcesOfPartnersInvolved() {
    List<String> names = new ArrayList<>(FORMULAS);
    names.add(SEPARATORS);
    List<List<String>> rows = Rfc4180.read(CsvReport.lines(reportWithPartners(names)));

    List<String> partnersInvolved = rows.stream()
        .filter(row -> row.get(0).equals(QuarterlyReport.PARTNERS_INVOLVED))
        .findFirst().orElseThrow();
    assertThat(partnersInvolved.get(2)).isEqualTo(Integer.toString(names.size()));
    // A list of sources is one cell, quoted because of its ';': no name begins a cell of its own.
    String sources = partnersInvolved.get(3);
    assertNoFormula(sources);
    assertThat(sources).contains("=HYPERLINK(\"http://x\",\"y\")", ";=1+2", "@SUM(A1)");
    for (List<String> row : rows) {
      assertThat(row).hasSize(4).allSatisfy(CsvReportTest::assertNoFormula);
    }
    assertThat(rows).hasSize(reportWithPartners(names).lines().size() + 1);
  }

  @Test
  void indicatorsTable_hasNoFormulaCell() {
    List<List<String>> rows = Rfc4180.read(
        CsvReport.indicators(reportWithPartners(FORMULAS)));

    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(7)
        .allSatisfy(CsvReportTest::assertNoFormula));
  }

  @Test
  void field_followsOwaspsExamples() {
    // https://owasp.org/www-community/attacks/CSV_Injection, "Two examples".
    assertThat(CsvReport.field("=1+2\";=1+2")).isEqualTo("\"'=1+2\"\";=1+2\"");
    assertThat(CsvReport.field("=1+2'\" ;,=1+2")).isEqualTo("\"'=1+2'\"\" ;,=1+2\"");
  }

  @Test
  void field_neutralisesEachFormulaStart_andReadsBackAsTheText() {
    for (String text : FORMULAS) {
      String cell = CsvReport.field(text);
      List<String> read = Rfc4180.read(cell + "\r\n").get(0);

      assertThat(read).as(cell).containsExactly("'" + text);
      assertThat(textOf(read.get(0))).isEqualTo(text);
    }
    assertThat(CsvReport.field("+1")).isEqualTo("'+1");
    assertThat(CsvReport.field("\tTAB")).isEqualTo("'\tTAB");
    assertThat(CsvReport.field("\rCR")).isEqualTo("\"'\rCR\"");
  }

  @Test
  void field_leavesOrdinaryTextAndNumbersAlone() {
    // A formula start later in the text (A=B+C) is not at the start of a cell.
    for (String text : List.of("Walkers Deli", "P-1/attendances[0]", "1000", "100.0", "",
        "A=B+C")) {
      assertThat(CsvReport.field(text)).isEqualTo(text);
    }
  }

  @Test
  void field_givesTextBeginningWithAQuoteOneMore_soThatTheQuoteCanBeDropped() {
    assertThat(CsvReport.field("'=1")).isEqualTo("''=1");
    assertThat(textOf(Rfc4180.read(CsvReport.field("'=1") + "\r\n").get(0).get(0)))
        .isEqualTo("'=1");
  }

  /** The text of a cell as CsvReport's Javadoc says to read it: without a leading quote. */
  private static String textOf(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private static void assertNoFormula(String cell) {
    assertThat(cell).as("a cell a spreadsheet reads as a formula").doesNotStartWith("=")
        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
        .doesNotStartWith("\t").doesNotStartWith("\r").doesNotStartWith("\n");
  }

  /** A strict RFC 4180 reader: CRLF ends a record, and a field is quoted or has no quote. */
  static final class Rfc4180 {
    private Rfc4180() {}

    static List<List<String>> read(String csv) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      int i = 0;
      while (i < csv.length()) {
        if (csv.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= csv.length()) {
              throw new AssertionError("a quoted field is not closed");
            }
            char c = csv.charAt(i++);
            if (c == '"') {
              if (i < csv.length() && csv.charAt(i) == '"') {
                field.append('"');
                i++;
              } else {
                break;
              }
            } else {
              field.append(c);
            }
          }
        } else {
          while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
            char c = csv.charAt(i++);
            if (c == '"' || c == '\n') {
              throw new AssertionError("an unquoted field holds " + (c == '"' ? "a quote" : "LF")
                  + " at " + (i - 1));
            }
            field.append(c);
          }
        }
        if (i >= csv.length()) {
          throw new AssertionError("the last record does not end with CRLF");
        }
        if (csv.charAt(i) == ',') {
          record.add(field.toString());
          field.setLength(0);
          i++;
        } else if (csv.startsWith("\r\n", i)) {
          record.add(field.toString());
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
          i += 2;
        } else {
          throw new AssertionError("a quoted field is followed by " + csv.charAt(i) + " at " + i);
        }
      }
      return records;
    }
  }
}
