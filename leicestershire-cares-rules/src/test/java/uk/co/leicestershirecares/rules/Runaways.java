package uk.co.leicestershirecares.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.rules.RuleLimitExceededException.Limit;

/**
 * Rules that never stop, one per family issue 21 measured: each compiles and passes the checks,
 * and without limits would hang its caller or throw an error from inside the engine.
 */
public final class Runaways {
  /** The file the runaway rules are written to, beside the shipped rules. */
  public static final String FILE = "runaway.drl";

  /** How long the spinning function runs: long enough to pass any budget the tests set, and
   * bounded so that the abandoned worker thread gives its processor back to the other tests. */
  public static final int SPIN_SECONDS = 20;

  /** A family of runaway rules, the limit that stops it and the rule that will be named. */
  public enum Family {
    MODIFY_OWN_FACT(Limit.FIRINGS, "Runaway.modify"),
    WHILE_TRUE_IN_FUNCTION(Limit.TIME, "Runaway.spin"),
    INSERT_FOREVER(Limit.FIRINGS, "Runaway.insert"),
    DEEP_RECURSION(Limit.STACK, "Runaway.recurse"),
    HUGE_ALLOCATION(Limit.MEMORY, "Runaway.allocate");

    private final Limit limit;
    private final String rule;

    Family(Limit limit, String rule) {
      this.limit = limit;
      this.rule = rule;
    }

    /** Returns the limit that stops this family. */
    public Limit limit() {
      return limit;
    }

    /** Returns the rule that is firing when it is stopped. */
    public String rule() {
      return rule;
    }

    /** Returns a record only this family's rules fire on (see {@link #drl(boolean)}). */
    public ParticipantRecord record() {
      return TestRecords.bornIn2000("RUNAWAY-" + name());
    }

    /** The condition that starts this family: every record, or only {@link #record()}. */
    private String when(boolean everyRecord) {
      return everyRecord ? "AsOf()" : "Participant( id.value == \"RUNAWAY-" + name() + "\" )";
    }

    private String rules(boolean everyRecord) {
      String when = when(everyRecord);
      return switch (this) {
        case MODIFY_OWN_FACT -> "rule \"Runaway.modify-seed\"\nwhen\n  " + when
            + "\nthen\n  insert( new RunawayCounter( 0 ) );\nend\n\n"
            + "rule \"Runaway.modify\"\nwhen\n  $c : RunawayCounter( n >= 0 )\nthen\n"
            + "  modify( $c ) { setN( $c.getN() + 1 ) }\nend\n";
        case WHILE_TRUE_IN_FUNCTION -> "function int spin( int seconds ) {\n"
            + "  java.time.Instant end = java.time.Instant.now().plusSeconds( seconds );\n"
            + "  while ( true ) {\n"
            + "    if ( java.time.Instant.now().isAfter( end ) ) {\n"
            + "      return 0;\n"
            + "    }\n"
            + "  }\n"
            + "}\n\n"
            + "rule \"Runaway.spin\"\nwhen\n  " + when + "\nthen\n  spin( " + SPIN_SECONDS
            + " );\nend\n";
        case INSERT_FOREVER -> "rule \"Runaway.insert-seed\"\nwhen\n  " + when
            + "\nthen\n  insert( new RunawayTick( 0 ) );\nend\n\n"
            + "rule \"Runaway.insert\"\nwhen\n  RunawayTick( $n : n )\nthen\n"
            + "  insert( new RunawayTick( $n + 1 ) );\nend\n";
        case DEEP_RECURSION -> "function int deep( int n ) {\n  return deep( n + 1 ) + 1;\n}\n\n"
            + "rule \"Runaway.recurse\"\nwhen\n  " + when
            + "\nthen\n  insert( Integer.valueOf( deep( 0 ) ) );\nend\n";
        case HUGE_ALLOCATION -> "rule \"Runaway.allocate\"\nwhen\n  " + when
            + "\nthen\n  long[] huge = new long[ Integer.MAX_VALUE - 8 ];\n"
            + "  insert( Integer.valueOf( huge.length ) );\nend\n";
        default -> throw new AssertionError(this);
      };
    }
  }

  private Runaways() {}

  /**
   * Returns a DRL file with {@code families}' rules: started by every record when {@code
   * everyRecord}, otherwise each only by its family's {@link Family#record()}.
   */
  public static String drl(boolean everyRecord, Family... families) {
    StringBuilder text = new StringBuilder("package uk.co.leicestershirecares.rules;\n\n"
        + "import uk.co.leicestershirecares.core.participant.Participant;\n"
        + "import uk.co.leicestershirecares.rules.facts.AsOf;\n\n"
        + "declare RunawayCounter\n  n : int\nend\n\n"
        + "declare RunawayTick\n  n : int\nend\n\n");
    for (Family family : families) {
      text.append(family.rules(everyRecord)).append('\n');
    }
    return text.toString();
  }

  /** Copies the shipped rules into {@code folder} and adds {@code families}' rules. */
  public static Path folder(Path folder, boolean everyRecord, Family... families) {
    ShippedRules.copyTablesTo(folder);
    try {
      Files.writeString(folder.resolve(FILE), drl(everyRecord, families));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }
}
