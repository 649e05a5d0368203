package uk.co.leicestershirecares.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.report.ReportDataSet;
import uk.co.leicestershirecares.json.CaresJson;

/** Reads the command line's files and values, failing with plain-English messages. */
final class Inputs {
  private static final Pattern YEAR_DASH_QUARTER = Pattern.compile("(.*\\d)\\s*[-_]\\s*(Q[1-4])");
  private static final Pattern QUARTER_DASH_YEAR = Pattern.compile("(Q[1-4])\\s*[-_]\\s*(\\d.*)");

  private Inputs() {}

  /** Reads one participant record or a JSON list of them. */
  static ImmutableList<ParticipantRecord> records(Path file) {
    checkFile(file);
    try {
      return CaresJson.readRecords(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    } catch (InvalidRecordException e) {
      throw CliException.badInput(file + ": " + e.getMessage());
    }
  }

  /** Reads exactly one participant record (a list of one is accepted). */
  static ParticipantRecord record(Path file) {
    ImmutableList<ParticipantRecord> records = records(file);
    if (records.size() != 1) {
      throw CliException.badInput(file + ": holds " + records.size()
          + " records; this command takes one");
    }
    return records.get(0);
  }

  /** Reads a report data set. */
  static ReportDataSet dataSet(Path file) {
    checkFile(file);
    try {
      return CaresJson.readDataSet(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    } catch (InvalidRecordException e) {
      throw CliException.badInput(file + ": " + e.getMessage());
    }
  }

  /** Returns {@code code} if {@code catalogue} has that programme. */
  static ProgrammeCode programme(String code, ProgrammeCatalogue catalogue) {
    ProgrammeCode programme;
    try {
      programme = ProgrammeCode.of(code.strip());
    } catch (InvalidRecordException e) {
      throw CliException.badInput(unknownProgramme(code, catalogue));
    }
    if (!catalogue.contains(programme)) {
      throw CliException.badInput(unknownProgramme(code, catalogue));
    }
    return programme;
  }

  private static String unknownProgramme(String code, ProgrammeCatalogue catalogue) {
    return "unknown programme '" + printable(code) + "'; the programmes are "
        + catalogue.programmes().stream()
            .map(Programme::code).map(ProgrammeCode::value).sorted()
            .collect(Collectors.joining(", "));
  }

  /**
   * Parses a financial quarter written {@code 2023/24-Q1}, {@code 2023/24 Q1} or {@code Q1
   * 2023/24}.
   */
  static FinancialQuarter quarter(String text) {
    String s = text.strip().toUpperCase(Locale.ROOT);
    Matcher yearFirst = YEAR_DASH_QUARTER.matcher(s);
    Matcher quarterFirst = QUARTER_DASH_YEAR.matcher(s);
    if (yearFirst.matches()) {
      s = yearFirst.group(1) + " " + yearFirst.group(2);
    } else if (quarterFirst.matches()) {
      s = quarterFirst.group(1) + " " + quarterFirst.group(2);
    }
    try {
      return FinancialQuarter.parse(s);
    } catch (InvalidRecordException e) {
      throw CliException.badInput("quarter '" + printable(text)
          + "' is not written like 2023/24-Q1 (plan year, then the quarter 1 to 4)");
    }
  }

  private static void checkFile(Path file) {
    if (Files.isDirectory(file)) {
      throw CliException.badInput(file + ": is a folder, not a file");
    }
    if (!Files.exists(file)) {
      throw CliException.badInput(file + ": no such file");
    }
  }

  private static CliException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return CliException.badInput(file + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return CliException.badInput(file + ": not allowed to read it");
    }
    return CliException.badInput(file + ": cannot be read");
  }

  /** Shows a value typed on the command line, keeping the message on one line. */
  static String printable(String value) {
    String s = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return s.replaceAll("\\p{Cntrl}", "?");
  }

  /** Converts {@code yyyy-MM-dd} to a date. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + printable(value) + "' is not a date written yyyy-MM-dd, such as 2026-11-25");
      }
    }
  }
}
