package uk.co.leicestershirecares.core.reason;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.plan.PriorityGroup;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageFinding;

/**
 * Words every reason the policy gives, for both engines: the reference policy and the Drools
 * rules conclude ({@link ConditionFinding}, {@link StageFinding}, an outcome's classification)
 * and this class writes the sentences, from one message file, {@code reasons.properties} beside
 * this class, keyed by the finding's kind (a rule id may have its own sentence). It also orders
 * them by one stated rule: a decision's findings by {@link ConditionFinding.Placement}, then the
 * table's rows; the stage's by kind, then the record's order. The source is the finding's.
 *
 * <pre>{@code
 * EligibilityDecision decision = Explainer.decision(ProgrammeCode.UP, asOf,
 *     PlanYear.containing(asOf), findings);
 * }</pre>
 */
public final class Explainer {
  private static final String RESOURCE = "reasons.properties";
  private static final ImmutableMap<String, String> MESSAGES = load();
  /** The sentences a rule id has of its own ({@code <rule id>.KIND}), by rule id. */
  private static final ImmutableMap<String, ImmutableMap<String, String>> OWN = own(MESSAGES);
  private static final Comparator<ConditionFinding> ORDER =
      Comparator.comparing(ConditionFinding::placement).thenComparingInt(ConditionFinding::row);

  private Explainer() {}

  /**
   * Decides {@code programme} from its {@code findings} (findings of other programmes are
   * ignored): any counted failure fails it; otherwise anything undecided needs information.
   * Reasons list every finding, in {@link ConditionFinding.Placement} order, then by table row,
   * then in the order given; missing conditions list those not met. The decision is a priority
   * when a counted finding places the participant in a priority group of the plan in force.
   *
   * @throws IllegalArgumentException if no finding belongs to {@code programme}
   */
  public static EligibilityDecision decision(ProgrammeCode programme, LocalDate asOf,
      PlanYear planYear, Collection<ConditionFinding> findings) {
    Objects.requireNonNull(programme, "programme");
    // No copy and no sort when the findings come in order, as the reference policy gives them:
    // two passes over the findings instead of a list per decision. Benchmark:
    // AssessmentBenchmark.reference.
    int count = 0;
    boolean sorted = true;
    ConditionFinding previous = null;
    for (ConditionFinding finding : findings) {
      if (finding.programme().equals(programme)) {
        sorted &= previous == null || ORDER.compare(previous, finding) <= 0;
        previous = finding;
        count++;
      }
    }
    if (count == 0) {
      throw new IllegalArgumentException("no finding decides programme " + programme);
    }
    Collection<ConditionFinding> mine = findings;
    if (!sorted) {
      ConditionFinding[] ordered = new ConditionFinding[count];
      int i = 0;
      for (ConditionFinding finding : findings) {
        if (finding.programme().equals(programme)) {
          ordered[i++] = finding;
        }
      }
      Arrays.sort(ordered, ORDER); // stable: equal places keep the order given
      mine = Arrays.asList(ordered);
    }
    boolean failed = false;
    boolean unknown = false;
    boolean priority = false;
    int notMet = 0;
    ImmutableList.Builder<Reason> reasons = ImmutableList.builderWithExpectedSize(count);
    for (ConditionFinding finding : mine) {
      if (!finding.programme().equals(programme)) {
        continue;
      }
      if (finding.counts()) {
        failed |= finding.verdict() == ConditionFinding.Verdict.FAILED;
        unknown |= finding.verdict() == ConditionFinding.Verdict.UNKNOWN;
        priority |= finding.kind() == ConditionFinding.Kind.IN_PRIORITY_GROUPS;
      }
      notMet += finding.verdict() == ConditionFinding.Verdict.MET ? 0 : 1;
      reasons.add(finding.reason());
    }
    // An eligible decision misses nothing, whatever a route not taken lacked.
    ImmutableList<MissingCondition> missing = ImmutableList.of();
    if ((failed || unknown) && notMet > 0) {
      ImmutableList.Builder<MissingCondition> gaps = ImmutableList.builderWithExpectedSize(notMet);
      for (ConditionFinding finding : mine) {
        if (finding.programme().equals(programme)
            && finding.verdict() != ConditionFinding.Verdict.MET) {
          gaps.add(finding.missing().orElseThrow());
        }
      }
      missing = gaps.build();
    }
    return EligibilityDecision.of(programme, asOf, planYear,
        failed ? EligibilityOutcome.NOT_ELIGIBLE
            : unknown ? EligibilityOutcome.NEEDS_INFORMATION : EligibilityOutcome.ELIGIBLE,
        priority, reasons.build(), missing);
  }

  /**
   * The reason a finding gives: its rule id, its sentence and its source. The sentence is written
   * when the reason's text is first read. {@link ConditionFinding#reason()} keeps one per finding.
   */
  public static Reason reason(ConditionFinding finding) {
    return new FindingReason<>(finding.ruleId(), finding.source(), finding,
        f -> fill(message(f, ""), f));
  }

  /**
   * What would change a finding that is not met; empty when it is met. The text is written when
   * first read. {@link ConditionFinding#missing()} keeps one per finding.
   */
  public static Optional<MissingCondition> missing(ConditionFinding finding) {
    if (finding.verdict() == ConditionFinding.Verdict.MET) {
      return Optional.empty();
    }
    return Optional.of(MissingCondition.deferred(finding.ruleId(),
        () -> fill(message(finding, ".missing"), finding)));
  }

  /** A condition's or a stage's reason, worded from its finding when first read. */
  private static final class FindingReason<F> extends Reason.Lazy {
    private final F finding;
    private final Function<F, String> words;

    FindingReason(String ruleId, Source source, F finding, Function<F, String> words) {
      super(ruleId, source);
      this.finding = finding;
      this.words = words;
    }

    @Override
    String render() {
      return words.apply(finding);
    }
  }

  private static String message(ConditionFinding finding, String suffix) {
    // Most rule ids have no sentence of their own: look for one only where the file has any.
    ImmutableMap<String, String> own = OWN.get(finding.ruleId());
    String key = finding.kind().name() + suffix;
    if (own != null && own.containsKey(key)) {
      return own.get(key);
    }
    return message(key);
  }

  private static String message(String key) {
    String message = MESSAGES.get(key);
    if (message == null) {
      throw new IllegalStateException(RESOURCE + " has no message " + key);
    }
    return message;
  }

  // A message names values of its finding; each is worked out only when a message names it.
  private static String fill(String message, ConditionFinding f) {
    return substitute(message, name -> value(name, f), f);
  }

  private static @Nullable String value(String name, ConditionFinding f) {
    return switch (name) {
      case "date" -> f.asOf().toString();
      case "programme" -> f.programme().value();
      case "whose" -> f.plan().filter(Explainer::statesItsBand).map(Explainer::planName)
          .orElse(f.programme().value());
      case "band" -> f.band().map(band -> bandText(band, f.ruleId())
          + f.plan().filter(plan -> !statesItsBand(plan))
              .map(plan -> " (a policy decision: " + planName(plan) + " states no ages)")
              .orElse("")).orElse(null);
      case "days" -> runningDays(f);
      case "min" -> f.band().map(band -> Integer.toString(band.minAge())).orElse(null);
      case "limit" -> f.band().map(band -> ordinal(band.maxAge() + 1)).orElse(null);
      case "age" -> f.age().isPresent() ? Integer.toString(f.age().getAsInt()) : null;
      case "aged" -> f.age().isPresent() ? "Aged " + f.age().getAsInt() : "Not yet born";
      case "first" -> {
        if (f.kind() == ConditionFinding.Kind.NO_PLAN_IN_FORCE) {
          yield f.date().map(d -> " (the first starts on " + d + ")").orElse("");
        }
        yield f.date().map(LocalDate::toString).orElse(null);
      }
      case "after" -> f.date().map(LocalDate::toString).orElse(null);
      case "held" -> and(words("held.", f.circumstances()));
      case "none" -> or(words("recorded.", f.circumstances()));
      case "needed" -> or(words("needed.", f.circumstances()));
      case "area" -> f.area().map(area -> MESSAGES.get("area." + area.name())).orElse(null);
      case "areas" -> and(words("listed.", f.areas()));
      case "anyArea" -> or(words("listed.", f.areas()));
      case "completed" -> f.enrolment().map(e -> e.programme().value()).orElse(null);
      case "on" -> f.enrolment().map(e -> e.to().map(d -> " on " + d).orElse("")).orElse(null);
      case "end" -> f.enrolment().map(e -> e.to().map(LocalDate::toString).orElse("")).orElse(null);
      case "status" -> f.enrolment().map(e -> words(e.status())).orElse(null);
      case "plan" -> f.plan().map(Explainer::planName).orElse(null);
      case "Plan" -> f.plan().map(plan -> capitalised(planName(plan))).orElse(null);
      case "from" -> f.plan().map(plan -> plan.effectiveFrom().toString()).orElse(null);
      case "allGroups" ->
          f.plan().map(plan -> and(plan.priorityGroups().stream().map(PriorityGroup::name)
              .collect(Collectors.toList()))).orElse(null);
      case "groups" -> and(f.groups());
      default -> null;
    };
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String substitute(String message, Function<String, @Nullable String> values,
      Object f) {
    StringBuilder out = new StringBuilder(message.length() + 32);
    int i = 0;
    while (i < message.length()) {
      int open = message.indexOf('{', i);
      if (open < 0) {
        out.append(message, i, message.length());
        break;
      }
      int close = message.indexOf('}', open);
      String name = message.substring(open + 1, close);
      String value = values.apply(name);
      if (value == null) {
        throw new IllegalStateException(RESOURCE + ": the message \"" + message
            + "\" names {" + name + "}, which " + f + " does not have");
      }
      out.append(message, i, open).append(value);
      i = close + 1;
    }
    return out.toString();
  }

  // A plan whose age band a policy decision supplies does not state it: its reasons must not say
  // it does.
  private static boolean statesItsBand(AnnualPlan plan) {
    return plan.ageBandSource().equals(plan.source());
  }

  private static @Nullable String runningDays(ConditionFinding f) {
    if (f.kind() != ConditionFinding.Kind.NOT_RUNNING) {
      return null;
    }
    if (f.date().isPresent() && f.until().isPresent()) {
      return "from " + f.date().get() + " to " + f.until().get();
    }
    return f.date().map(d -> "from " + d).orElseGet(() -> "until " + f.until().orElseThrow());
  }

  private static String planName(AnnualPlan plan) {
    return "the " + plan.planYear() + " annual plan";
  }

  private static String bandText(AgeBand band, String ruleId) {
    String text = band.maxAge() >= 150 ? band.minAge() + " or over" : band.toString();
    String note = MESSAGES.get(ruleId + ".band-note");
    return note == null ? text : text + " " + note;
  }

  private static List<String> words(String prefix, Collection<? extends Enum<?>> values) {
    List<String> words = new ArrayList<>(values.size());
    for (Enum<?> value : values) {
      String word = MESSAGES.get(prefix + value.name());
      if (word == null) {
        throw new IllegalStateException(RESOURCE + " has no words " + prefix + value.name());
      }
      words.add(word);
    }
    return words;
  }

  // ---------------------------------------------------------------------------------------------
  // The stage and the employment pathway

  /**
   * The stage's reasons from {@code findings} (pathway findings are skipped), in one order: by
   * kind (crises, placements, mentoring matches, outcomes, then group work or starting out),
   * crises by circumstance type, and each kind in the order the record lists its facts.
   */
  public static ImmutableList<Reason> stageReasons(ParticipantRecord record,
      Collection<StageFinding> findings) {
    return reasons(record, findings, false);
  }

  /** The employment pathway's reasons from {@code findings}, in the same order. */
  public static ImmutableList<Reason> pathwayReasons(ParticipantRecord record,
      Collection<StageFinding> findings) {
    return reasons(record, findings, true);
  }

  private static ImmutableList<Reason> reasons(ParticipantRecord record,
      Collection<StageFinding> findings, boolean pathway) {
    // No list, comparator or sort for the usual one or two findings. Benchmark:
    // AssessmentBenchmark.reference.
    int count = 0;
    StageFinding only = null;
    for (StageFinding finding : findings) {
      if (finding.isPathway() == pathway) {
        only = finding;
        count++;
      }
    }
    if (count == 0) {
      return ImmutableList.of();
    }
    if (count == 1) {
      return ImmutableList.of(Objects.requireNonNull(only).reason());
    }
    StageFinding[] mine = new StageFinding[count];
    int n = 0;
    for (StageFinding finding : findings) {
      if (finding.isPathway() == pathway) {
        // Insertion sort, stable: equal findings keep the order given.
        int i = n++;
        while (i > 0 && compare(record, mine[i - 1], finding) > 0) {
          mine[i] = mine[i - 1];
          i--;
        }
        mine[i] = finding;
      }
    }
    ImmutableList.Builder<Reason> reasons = ImmutableList.builderWithExpectedSize(count);
    for (StageFinding finding : mine) {
      reasons.add(finding.reason());
    }
    return reasons.build();
  }

  // The stated order: by kind, crises by circumstance type, then where the record lists the fact.
  private static int compare(ParticipantRecord record, StageFinding a, StageFinding b) {
    int byKind = a.kind().compareTo(b.kind());
    if (byKind != 0) {
      return byKind;
    }
    int byType = Integer.compare(typeOrder(a), typeOrder(b));
    return byType != 0 ? byType
        : Integer.compare(recordOrder(record, a), recordOrder(record, b));
  }

  private static int typeOrder(StageFinding f) {
    return f.circumstance().isPresent() ? f.circumstance().get().type().ordinal() : 0;
  }

  // Where the record lists the fact a finding rests on: equal facts word the same.
  private static int recordOrder(ParticipantRecord record, StageFinding f) {
    if (f.circumstance().isPresent()) {
      return record.participant().circumstances().indexOf(f.circumstance().get());
    }
    if (f.placement().isPresent()) {
      return record.placements().indexOf(f.placement().get());
    }
    if (f.match().isPresent()) {
      return record.mentoringMatches().indexOf(f.match().get());
    }
    if (f.outcome().isPresent()) {
      return record.outcomes().indexOf(f.outcome().get());
    }
    return 0;
  }

  /**
   * The reason a stage or pathway finding gives; its sentence is written when its text is first
   * read. {@link StageFinding#reason()} keeps one per finding.
   */
  public static Reason reason(StageFinding f) {
    return new FindingReason<>(f.ruleId(), f.source(), f,
        finding -> substitute(message(finding.kind().name()), name -> value(name, finding),
            finding));
  }

  private static @Nullable String value(String name, StageFinding f) {
    return switch (name) {
      case "date" -> f.asOf().toString();
      case "window" -> f.window().map(w -> "in the " + period(w) + " to " + f.asOf()).orElse(null);
      case "crisis" ->
          f.circumstance().map(c -> MESSAGES.get("held." + c.type().name())).orElse(null);
      case "Crisis" -> f.circumstance().map(c -> capitalised(message("held." + c.type().name())))
          .orElse(null);
      case "since" -> f.circumstance().map(c -> c.from().toString()).orElse(null);
      case "partner" -> f.placement().map(p -> p.partner().toString()).orElse(null);
      case "sector" -> f.placement().map(p -> words(p.sector())).orElse(null);
      case "from" -> f.placement().map(p -> p.from().toString())
          .or(() -> f.match().map(m -> m.from().toString())).orElse(null);
      case "programme" -> f.match().map(m -> m.programme().toString()).orElse(null);
      case "id" -> f.outcome().map(o -> o.id().toString()).orElse(null);
      case "on" -> f.outcome().map(o -> o.date().toString()).orElse(null);
      case "category" -> f.category().map(Explainer::words).orElse(null);
      case "sessions" -> {
        int n = f.sessions().size();
        yield n == 0 ? null : n + (n == 1 ? " group session" : " group sessions");
      }
      case "latest" -> f.sessions().stream().max(LocalDate::compareTo).map(LocalDate::toString)
          .orElse(null);
      default -> null;
    };
  }

  /** "13 weeks" for a whole number of weeks, otherwise "N days". */
  private static String period(Period period) {
    int days = period.getDays();
    if (days % 7 == 0) {
      return days / 7 == 1 ? "1 week" : days / 7 + " weeks";
    }
    return days == 1 ? "1 day" : days + " days";
  }

  // ---------------------------------------------------------------------------------------------
  // Outcomes

  /**
   * The reason that says how {@code event} counts; {@code stage} is the stage it evidences, or null
   * when it evidences none. Its sentence is written when its text is first read.
   */
  public static Reason classification(String ruleId, Source source, OutcomeEvent event,
      OutcomeCategory category, boolean ete, boolean hard, @Nullable Stage stage) {
    return new ClassificationReason(Checks.notNull(ruleId, "ruleId"),
        Checks.notNull(source, "source"), Checks.notNull(event, "event"),
        Checks.notNull(category, "category"), ete, hard, stage);
  }

  /**
   * The reason that says whether {@code event} was sustained at each of {@code weeks}; its
   * sentence is written when its text is first read.
   */
  public static Reason sustained(String ruleId, Source source, OutcomeEvent event,
      Iterable<Integer> weeks, LocalDate asOf) {
    return new SustainedReason(Checks.notNull(ruleId, "ruleId"),
        Checks.notNull(source, "source"), Checks.notNull(event, "event"),
        ImmutableList.copyOf(weeks), Checks.notNull(asOf, "asOf"));
  }

  /** How an outcome counts, worded when first read. */
  private static final class ClassificationReason extends Reason.Lazy {
    private final OutcomeEvent event;
    private final OutcomeCategory category;
    private final boolean ete;
    private final boolean hard;
    private final @Nullable Stage stage;

    ClassificationReason(String ruleId, Source source, OutcomeEvent event,
        OutcomeCategory category, boolean ete, boolean hard, @Nullable Stage stage) {
      super(ruleId, source);
      this.event = event;
      this.category = category;
      this.ete = ete;
      this.hard = hard;
      this.stage = stage;
    }

    @Override
    String render() {
      Map<String, String> values = new HashMap<>();
      values.put("id", event.id().toString());
      values.put("on", event.date().toString());
      values.put("category", words(category));
      values.put("training", event.training().map(t -> " (" + words(t) + ")").orElse(""));
      values.put("counts", ete ? "counts" : "does not count");
      values.put("data", hard ? "hard" : "soft");
      values.put("evidences", stage == null ? "evidences no stage"
          : "evidences power " + stage.name().toLowerCase(Locale.ROOT));
      return substitute(message("CLASSIFIED"), values::get, event.id());
    }
  }

  /** Whether an outcome was sustained, worded when first read. */
  private static final class SustainedReason extends Reason.Lazy {
    private final OutcomeEvent event;
    private final ImmutableList<Integer> weeks;
    private final LocalDate asOf;

    SustainedReason(String ruleId, Source source, OutcomeEvent event,
        ImmutableList<Integer> weeks, LocalDate asOf) {
      super(ruleId, source);
      this.event = event;
      this.weeks = weeks;
      this.asOf = asOf;
    }

    @Override
    String render() {
      List<String> checkpoints = new ArrayList<>(2);
      for (int w : weeks) {
        LocalDate checkpoint = event.date().plusWeeks(w);
        Map<String, String> values = new HashMap<>();
        values.put("weeks", Integer.toString(w));
        values.put("checkpoint", checkpoint.toString());
        event.end().ifPresent(end -> values.put("end", end.toString()));
        String key = checkpoint.isAfter(asOf) ? "SUSTAINED.reaches"
            : event.isSustainedAt(w, asOf) ? "SUSTAINED.held" : "SUSTAINED.ended";
        checkpoints.add(substitute(message(key), values::get, event.id()));
      }
      Map<String, String> values = new HashMap<>();
      values.put("id", event.id().toString());
      values.put("checkpoints", String.join("; ", checkpoints));
      return substitute(message("SUSTAINED"), values::get, event.id());
    }
  }

  /** Lower-case words for an enum constant: {@code FOOD_PRODUCTION} is "food production". */
  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** "a, b and c". */
  static String and(List<String> items) {
    return join(items, " and ");
  }

  /** "a, b or c". */
  static String or(List<String> items) {
    return join(items, " or ");
  }

  private static String join(List<String> items, String last) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + last
        + items.get(items.size() - 1);
  }

  /** "1st", "2nd", "26th". */
  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  // Keys that start with a rule id (UP.age.AGE_OVER): a rule id holds a dot, a kind never does.
  static ImmutableMap<String, ImmutableMap<String, String>> own(Map<String, String> messages) {
    java.util.Map<String, ImmutableMap.Builder<String, String>> own = new java.util.TreeMap<>();
    for (java.util.Map.Entry<String, String> e : messages.entrySet()) {
      String key = e.getKey();
      for (ConditionFinding.Kind kind : ConditionFinding.Kind.values()) {
        for (String suffix : List.of("", ".missing")) {
          String tail = "." + kind.name() + suffix;
          if (key.endsWith(tail) && key.length() > tail.length()
              && key.substring(0, key.length() - tail.length()).contains(".")) {
            own.computeIfAbsent(key.substring(0, key.length() - tail.length()),
                k -> ImmutableMap.builder()).put(kind.name() + suffix, e.getValue());
          }
        }
      }
    }
    ImmutableMap.Builder<String, ImmutableMap<String, String>> built = ImmutableMap.builder();
    own.forEach((ruleId, sentences) -> built.put(ruleId, sentences.build()));
    return built.build();
  }

  private static ImmutableMap<String, String> load() {
    Properties properties = new Properties();
    try (InputStream in = Explainer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, String> messages = ImmutableMap.builder();
    for (String key : properties.stringPropertyNames()) {
      messages.put(key, properties.getProperty(key));
    }
    ImmutableMap<String, String> all = messages.build();
    List<String> kinds = new ArrayList<>();
    for (ConditionFinding.Kind kind : ConditionFinding.Kind.values()) {
      kinds.add(kind.name());
    }
    for (StageFinding.Kind kind : StageFinding.Kind.values()) {
      kinds.add(kind.name());
    }
    kinds.addAll(List.of("CLASSIFIED", "SUSTAINED", "SUSTAINED.reaches", "SUSTAINED.held",
        "SUSTAINED.ended"));
    for (String kind : kinds) {
      if (!all.containsKey(kind)) {
        throw new IllegalStateException(RESOURCE + " has no message " + kind);
      }
    }
    for (CircumstanceType type : CircumstanceType.values()) {
      for (String prefix : List.of("held.", "recorded.", "needed.")) {
        if (!all.containsKey(prefix + type.name())) {
          throw new IllegalStateException(RESOURCE + " has no words " + prefix + type.name());
        }
      }
    }
    for (HomeArea area : HomeArea.values()) {
      if (!all.containsKey("area." + area.name()) || !all.containsKey("listed." + area.name())) {
        throw new IllegalStateException(RESOURCE + " has no words for " + area.name());
      }
    }
    return all;
  }
}
