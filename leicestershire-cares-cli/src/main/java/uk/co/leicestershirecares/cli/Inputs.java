package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.json.CaresJson;

/** Reads the command line's files and values, failing with plain-English messages. */
final class Inputs {
  private Inputs() {}

  /**
   * The first day the engine assesses on: the first day of the first plan year it represents
   * (1899-04-01). Earlier as-of dates fail inside the rules, so they are refused here.
   */
  static final LocalDate FIRST_DAY = PlanYear.startingIn(PlanYear.MIN_START_YEAR).start();

  /** The last day the engine assesses on: the last of the last plan year (9999-03-31). */
  static final LocalDate LAST_DAY = PlanYear.startingIn(PlanYear.MAX_START_YEAR).end();

  /** Reads exactly one participant record (a list of one is accepted). */
  static ParticipantRecord record(Path file, long limit) {
    try (RecordInput input = RecordInput.open(file, limit)) {
      ParticipantRecord first = input.hasNext() ? input.next() : null;
      if (first != null && !input.hasNext()) {
        return first;
      }
      // Counted one at a time: a long list is not kept.
      long count = first == null ? 0 : 1;
      for (; input.hasNext(); input.next()) {
        count++;
      }
      throw CliException.badInput(file + ": holds " + count + " records; this command takes one");
    }
  }

  /** Reads a text file in UTF-8 (a decision table). */
  static String text(Path file, long limit) {
    try (InputStream in = open(file, limit)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Opens {@code file} for reading, if it is a regular file (following links) no larger than
   * {@code limit} bytes: a pipe or a device could block for ever or never end, so they are
   * refused before they are opened. The stream fails with the same message if the file grows
   * past the limit while it is read, and turns a failure to read into an {@link
   * UncheckedIOException} (which the JSON readers pass on rather than report as bad JSON).
   */
  static InputStream open(Path file, long limit) {
    checkFile(file);
    try {
      if (Files.size(file) > limit) {
        throw tooLarge(file, limit);
      }
      return new LimitedInputStream(Files.newInputStream(file), limit, () -> tooLarge(file, limit));
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Whether {@code file} holds JSON Lines (one record a line), by its name. */
  static boolean isJsonLines(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return s.endsWith(".jsonl") || s.endsWith(".ndjson");
  }

  /**
   * Returns {@code day} if the engine assesses on it ({@link #FIRST_DAY} to {@link #LAST_DAY});
   * otherwise fails naming {@code option} and the range.
   */
  static LocalDate supported(String option, LocalDate day) {
    if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
      throw CliException.badInput(option + " must be between " + FIRST_DAY + " and " + LAST_DAY
          + ", not " + day);
    }
    return day;
  }

  static CliException tooLarge(Path file, long limit) {
    long gib = 1L << 30;
    long suggestion = limit < gib ? 1 : Math.max(2, 2 * ((limit + gib - 1) / gib));
    return CliException.badInput(file + ": is larger than the input size limit, "
        + InputLimitOption.describe(limit) + "; raise it with " + InputLimitOption.NAME
        + ", for example " + InputLimitOption.NAME + " " + suggestion + "g");
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
    try {
      return FinancialQuarter.parse(text);
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
    if (!Files.isRegularFile(file)) {
      throw CliException.badInput(file + ": is not a regular file (it is a pipe, a device or a"
          + " socket); give a file");
    }
  }

  /** Says why {@code file} could not be read; {@code e} is an I/O failure, maybe unchecked. */
  /**
   * The failure to report for {@code e}, thrown while reading the input {@code file}: a {@link
   * CliException} as it is; the record format's or the report's own message (a JSON path or an
   * id, never personal data) after the file's name; an I/O failure as {@link #unreadable}; any
   * other exception unchanged.
   */
  static RuntimeException failure(Path file, Exception e) {
    if (e instanceof CliException cliException) {
      return cliException;
    }
    if (e instanceof InvalidRecordException) {
      return CliException.badInput(file + ": " + e.getMessage());
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return unreadable(file, e);
    }
    return (RuntimeException) e;
  }

  static CliException unreadable(Path file, Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return CliException.badInput(file + ": no such file");
    }
    if (cause instanceof AccessDeniedException) {
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
