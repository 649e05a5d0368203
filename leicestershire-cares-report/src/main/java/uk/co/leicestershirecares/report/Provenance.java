package uk.co.leicestershirecares.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The provenance of a report's lines, held compactly while the report is counted and rendered as
 * ids ({@code P-0001/attendances[3]}) only when someone reads a line's {@link ReportLine#sources()}
 * or {@link ReportLine#evidence()}.
 *
 * <p>Each source or piece of evidence is one {@code long}, an <em>entry</em>: its kind, the index
 * of a string in this table's names (a participant's id, a session's id, a partner's name or an
 * outcome's id; the records' own strings, never copies) and a number (an attendance's position in
 * its record, a day, an outcome id's index). A report of millions of events then keeps eight
 * bytes per source instead of an id string built for it ({@code ReportBenchmark}: building and
 * holding those strings was most of a report's allocation).
 *
 * <p>Not thread-safe while a report is counted: one table per report, only added to. A line built
 * from it holds its names array and entries, which are not changed after the report is built.
 */
final class Provenance {
  /** A name itself: a participant's id, a session's id, a partner's name. */
  static final int NAME = 0;

  /** {@code <participant>/attendances[<number>]}. */
  static final int ATTENDANCE = 1;

  /** {@code <participant>/placements[<number>]}. */
  static final int PLACEMENT = 2;

  /** {@code <participant>/referrals[<number>]}. */
  static final int REFERRAL = 3;

  /** {@code <participant>/enrolments[<number>]}. */
  static final int ENROLMENT = 4;

  /** {@code <participant>/<the outcome id, the name at number>}. */
  static final int OUTCOME = 5;

  /** {@code <participant>@<the day, epoch day number - DAY_OFFSET>}. */
  static final int DAY = 6;

  private static final int BITS = 30;
  private static final long MASK = (1L << BITS) - 1;
  /** Days are stored from this many days before 1970-01-01, so that earlier days fit too. */
  private static final long DAY_OFFSET = 1L << (BITS - 1);
  /** The most names a report can hold; an index has {@value #BITS} bits. */
  private static final int MAX_NAMES = (int) MASK;

  private String[] names = new String[64];
  private int size;

  /** Adds {@code name} and returns its index. */
  int name(String name) {
    if (size == names.length) {
      if (size >= MAX_NAMES) {
        throw new IllegalStateException("report: more than " + MAX_NAMES + " ids to keep");
      }
      names = Arrays.copyOf(names, (int) Math.min(MAX_NAMES, 2L * size));
    }
    names[size] = name;
    return size++;
  }

  /** Returns the names added so far; the report's lines read them once it is built. */
  String[] names() {
    return names;
  }

  /** Returns the entry of the {@code kind} about the name at {@code name}, with {@code number}. */
  static long entry(int kind, int name, int number) {
    return (long) kind << (2 * BITS) | (long) name << BITS | number;
  }

  /**
   * Returns the entry of {@code participant@day}, the participant being the name at {@code
   * name} (its text {@code id}).
   */
  long day(int name, String id, LocalDate day) {
    long number = day.toEpochDay() + DAY_OFFSET;
    if (number < 0 || number > MASK) {
      // A day more than a million years from 1970: kept as the id itself.
      return entry(NAME, name(id + "@" + day), 0);
    }
    return (long) DAY << (2 * BITS) | (long) name << BITS | number;
  }

  /** Returns the id {@code entry} stands for, the names being {@code names}. */
  static String render(String[] names, long entry) {
    int kind = (int) (entry >>> (2 * BITS));
    String name = names[(int) ((entry >>> BITS) & MASK)];
    long number = entry & MASK;
    return switch (kind) {
      case NAME -> name;
      case ATTENDANCE -> name + "/attendances[" + number + "]";
      case PLACEMENT -> name + "/placements[" + number + "]";
      case REFERRAL -> name + "/referrals[" + number + "]";
      case ENROLMENT -> name + "/enrolments[" + number + "]";
      case OUTCOME -> name + "/" + names[(int) number];
      case DAY -> name + "@" + LocalDate.ofEpochDay(number - DAY_OFFSET);
      default -> throw new AssertionError(kind);
    };
  }

  /**
   * A list of entries that grows in fixed blocks once past its first: adding never copies more
   * than the first block, and a list of millions is not one huge array.
   */
  static final class Entries {
    private static final int BLOCK_BITS = 12;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int FIRST = 8;

    private long[][] blocks = new long[1][];
    private int size;

    /** Adds {@code entry} at the end. */
    void add(long entry) {
      int block = size >>> BLOCK_BITS;
      int at = size & (BLOCK - 1);
      if (block == 0) {
        // The first block starts small and doubles: most lines of a small report hold a few.
        long[] first = blocks[0];
        if (first == null) {
          first = new long[FIRST];
          blocks[0] = first;
        } else if (at == first.length) {
          first = Arrays.copyOf(first, at * 2);
          blocks[0] = first;
        }
        first[at] = entry;
      } else {
        if (block == blocks.length) {
          blocks = Arrays.copyOf(blocks, block * 2);
        }
        if (blocks[block] == null) {
          blocks[block] = new long[BLOCK];
        }
        blocks[block][at] = entry;
      }
      if (size == Integer.MAX_VALUE - 1) {
        throw new IllegalStateException("report: too many ids on one line");
      }
      size++;
    }

    /** Returns how many entries there are. */
    int size() {
      return size;
    }

    /** Returns the ids the entries stand for, in order. */
    ImmutableList<String> render(String[] names) {
      ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        ids.add(Provenance.render(names, blocks[i >>> BLOCK_BITS][i & (BLOCK - 1)]));
      }
      return ids.build();
    }
  }
}
