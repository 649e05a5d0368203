package uk.co.leicestershirecares.examples.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.report.ReportScope;

/**
 * What the job is asked to do: the command line of {@link CaresSparkJob#main}.
 *
 * <pre>
 * --input PATH          a data set (.json) or JSON Lines of participant records (.jsonl, .ndjson)
 * --format F            data-set or json-lines, instead of guessing from the file name
 * --output DIR          where the outputs go (must not exist)
 * --as-of DATE          the day assessed, yyyy-MM-dd
 * --policy P            drools (the shipped rules, the default) or reference
 * --quarter Q           a quarter to report, 2023/24-Q1 or "2023/24 Q1"; repeat for more;
 *                       default: the one holding --as-of
 * --programme CODE      a programme to report; repeat for more; "all" for all programmes (the
 *                       default)
 * --partitions N        how many partitions to assess in; default: Spark's default parallelism
 * </pre>
 *
 * <p>Every report is computed for every quarter and programme named.
 *
 * @param input the input path, as Spark (Hadoop) reads it
 * @param jsonLines whether the input is JSON Lines rather than the data-set format
 * @param output the output directory
 * @param asOf the day assessed
 * @param policy the engine
 * @param reports the reports to compute
 * @param partitions the partitions to assess in, or empty for Spark's default parallelism
 */
public record JobOptions(String input, boolean jsonLines, String output, LocalDate asOf,
    PolicyChoice policy, List<ReportRequest> reports, OptionalInt partitions) {

  /** Copies the reports. */
  public JobOptions {
    reports = List.copyOf(reports);
  }

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException naming the option that is missing or wrong
   */
  public static JobOptions parse(String... args) {
    String input = null;
    String format = null;
    String output = null;
    LocalDate asOf = null;
    PolicyChoice policy = PolicyChoice.DROOLS;
    List<FinancialQuarter> quarters = new ArrayList<>();
    List<ReportScope> programmes = new ArrayList<>();
    OptionalInt partitions = OptionalInt.empty();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--input" -> input = value;
        case "--format" -> format = value;
        case "--output" -> output = value;
        case "--as-of" -> asOf = date(value);
        case "--policy" -> policy = PolicyChoice.parse(value);
        case "--quarter" -> quarters.add(FinancialQuarter.parse(value));
        case "--programme" -> programmes.add(value.equalsIgnoreCase("all")
            ? ReportScope.allProgrammes() : ReportScope.of(ProgrammeCode.of(value)));
        case "--partitions" -> partitions = OptionalInt.of(positive(value));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (input == null || output == null || asOf == null) {
      throw new IllegalArgumentException("--input, --output and --as-of are required");
    }
    boolean jsonLines;
    if (format == null) {
      String name = input.toLowerCase(Locale.ROOT);
      jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    } else if (format.equals("json-lines") || format.equals("data-set")) {
      jsonLines = format.equals("json-lines");
    } else {
      throw new IllegalArgumentException("--format must be data-set or json-lines");
    }
    if (quarters.isEmpty()) {
      quarters.add(FinancialQuarter.containing(asOf));
    }
    if (programmes.isEmpty()) {
      programmes.add(ReportScope.allProgrammes());
    }
    List<ReportRequest> reports = new ArrayList<>();
    for (FinancialQuarter quarter : quarters) {
      for (ReportScope programme : programmes) {
        reports.add(ReportRequest.of(programme, quarter));
      }
    }
    return new JobOptions(input, jsonLines, output, asOf, policy, reports, partitions);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of must be a date written yyyy-MM-dd");
    }
  }

  private static int positive(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new IllegalArgumentException("--partitions must be a whole number from 1");
  }
}
