package uk.co.leicestershirecares.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/**
 * How a JVM application embeds the policy: one {@link DroolsPolicy} ({@code
 * CaresRules.newBuilder().build()}) created once and held in a final field of a small service,
 * serving requests from a fixed pool of threads. A policy is immutable and thread-safe (each call
 * runs in its own Drools session), so the service needs no locks. The example serves a few hundred made-up records on 4 threads, checks the answers equal a
 * sequential run of the plain-Java {@link ReferencePolicy}, and prints how many requests it served
 * and the decisions per programme.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=uk.co.leicestershirecares.examples.EmbeddingInAService}.
 */
public final class EmbeddingInAService {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  static final int REQUESTS = 300;
  static final int THREADS = 4;

  private EmbeddingInAService() {}

  /** The application's service: one policy for its whole life, shared by every request. */
  static final class EligibilityService {
    private final Policy policy = CaresRules.newBuilder().build();   // loads the rules once

    Assessment handle(ParticipantRecord request) {
      return policy.assess(request, AS_OF);
    }
  }

  /** What {@link #run} saw: the answers served concurrently and the sequential reference ones. */
  record Served(List<Assessment> concurrent, List<Assessment> reference, Set<String> threads) {}

  /**
   * Serves the example's requests and prints the summary to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) throws InterruptedException {
    run(REQUESTS, THREADS, System.out);
  }

  static Served run(int requests, int threads, PrintStream out) throws InterruptedException {
    List<ParticipantRecord> records = records(requests);
    EligibilityService service = new EligibilityService();
    Set<String> servedBy = ConcurrentHashMap.newKeySet();
    List<Assessment> concurrent = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Assessment>> answers = new ArrayList<>();
      for (ParticipantRecord record : records) {
        answers.add(pool.submit(() -> {
          servedBy.add(Thread.currentThread().getName());
          return service.handle(record);
        }));
      }
      for (Future<Assessment> answer : answers) {
        concurrent.add(answer.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a request failed", e.getCause());
    } finally {
      pool.shutdown();
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    }

    List<Assessment> reference = ReferencePolicy.withDefaults().assessAll(records, AS_OF);
    int differ = 0;
    for (int i = 0; i < records.size(); i++) {
      if (!concurrent.get(i).equals(reference.get(i))) {
        differ++;
        out.println("DIFFERENT: " + concurrent.get(i).participant());
      }
    }
    out.println("Served " + concurrent.size() + " requests on " + servedBy.size()
        + " threads with one shared DroolsPolicy.");
    out.println(differ == 0
        ? "All " + concurrent.size() + " answers equal a sequential run of the ReferencePolicy."
        : differ + " answers differ from a sequential run of the ReferencePolicy.");
    out.println("Decisions per programme (eligible / not eligible / needs information):");
    Map<ProgrammeCode, int[]> counts = new TreeMap<>();
    for (Assessment a : concurrent) {
      for (EligibilityDecision d : a.eligibility()) {
        counts.computeIfAbsent(d.programme(), p -> new int[3])[d.outcome().ordinal()]++;
      }
    }
    counts.forEach((programme, n) -> out.println("  " + programme + ": "
        + n[EligibilityOutcome.ELIGIBLE.ordinal()] + " / "
        + n[EligibilityOutcome.NOT_ELIGIBLE.ordinal()] + " / "
        + n[EligibilityOutcome.NEEDS_INFORMATION.ordinal()]));
    return new Served(concurrent, reference, servedBy);
  }

  /** Made-up requests: ages 14 to 29 across the four areas, with a mix of circumstances. */
  static List<ParticipantRecord> records(int count) {
    List<ParticipantRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int age = 14 + i % 16;
      Participant.Builder person = Participant.builder()
          .id(ParticipantId.of(String.format("P-%04d", i + 1)))
          .homeArea(HomeArea.values()[i % HomeArea.values().length]);
      if (i % 23 != 0) {   // now and then the date of birth is unknown
        person.dateOfBirth(AS_OF.minusYears(age).minusDays(i % 300));
      }
      LocalDate since = AS_OF.minusMonths(1 + i % 30);
      switch (i % 6) {
        case 0 -> person.addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, since));
        case 1 -> person.addCircumstance(Circumstance.of(CircumstanceType.CARE_EXPERIENCED, since));
        case 2 -> person.addCircumstance(
            Circumstance.of(CircumstanceType.AT_RISK_OF_OFFENDING, since));
        case 3 -> person.addCircumstance(Circumstance.of(CircumstanceType.ROUGH_SLEEPING, since));
        case 4 -> person.addCircumstance(Circumstance.of(CircumstanceType.NEET, since));
        default -> { }   // nothing recorded
      }
      ParticipantRecord.Builder record = ParticipantRecord.builder().participant(person.build());
      if (i % 5 == 0) {   // some completed UP: WIRE may be open to them
        record.addEnrolment(Enrolment.builder()
            .programme(ProgrammeCode.UP)
            .status(EnrolmentStatus.COMPLETED)
            .from(AS_OF.minusMonths(14))
            .to(AS_OF.minusMonths(6))
            .build());
      }
      records.add(record.build());
    }
    return records;
  }
}
