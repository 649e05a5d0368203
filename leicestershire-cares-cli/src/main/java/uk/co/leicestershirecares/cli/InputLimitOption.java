package uk.co.leicestershirecares.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --max-input-size SIZE} option of every command that reads records, data sets,
 * tables or scenarios: the largest file it reads. A limit exists so that a wrong file (a disk
 * image, a log, a device that never ends) is refused in a moment with a message naming this
 * option, rather than filling the memory or running for ever.
 */
final class InputLimitOption {
  /** The default limit, 256 MiB: a data set of about 250,000 records. */
  static final long DEFAULT_BYTES = 256L << 20;

  /** The option's name, as error messages give it. */
  static final String NAME = "--max-input-size";

  @Option(names = NAME, paramLabel = "SIZE", converter = SizeConverter.class,
      description = "the largest input file to read, in bytes or with k, m or g, for example "
          + "1g (default: 256m); a larger file is refused")
  long bytes = DEFAULT_BYTES;

  /** Returns the option with its default, for commands that read without one. */
  static InputLimitOption defaults() {
    return new InputLimitOption();
  }

  /** Writes {@code bytes} for people: {@code 256 MiB}, {@code 1.5 GiB}, {@code 1000 bytes}. */
  static String describe(long bytes) {
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    String number = value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
    return number + " " + units[unit];
  }

  /** Converts {@code 1000}, {@code 64k}, {@code 512m}, {@code 2g} (or {@code 2G}, {@code 2GiB}). */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE =
        Pattern.compile("(\\d{1,19})\\s*(?:([kmgt])(?:i?b)?|b)?", Pattern.CASE_INSENSITIVE);

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip());
      if (m.matches()) {
        try {
          long number = Long.parseLong(m.group(1));
          int shift = m.group(2) == null ? 0
              : 10 * ("kmgt".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
          if (number > 0 && number <= (Long.MAX_VALUE >> shift)) {
            return number << shift;
          }
        } catch (NumberFormatException e) {
          // Too many digits: the message below.
        }
      }
      throw new TypeConversionException("'" + Inputs.printable(value)
          + "' is not a size such as 1g, 512m or 300000 (bytes), from 1 byte");
    }
  }
}
