package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.PriorityGroup;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.core.reason.Sources;

/**
 * Every row of the shipped tables cites a sentence that says what the row does (issue 15, "Read
 * the sources again"): the sentence is in its document, word for word; a row that cites this
 * project's decisions cites the bold sentence of a decision entry; and a row that cites the
 * charity's texts cites a sentence holding its key terms — an age band's ages, a circumstance's
 * words, an area's names. A row whose rule the sources do not state must cite a decision.
 */
final class CitationTest {
  private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

  /** The words a sentence uses for each circumstance: any one of them will do. */
  private static final ImmutableMap<CircumstanceType, List<String>> WORDS =
      ImmutableMap.<CircumstanceType, List<String>>builder()
          .put(CircumstanceType.CARE_EXPERIENCED, List.of("care experienced", "care leaver"))
          .put(CircumstanceType.NEET, List.of("NEET"))
          .put(CircumstanceType.HOMELESS, List.of("homeless"))
          .put(CircumstanceType.ROUGH_SLEEPING, List.of("homeless", "rough sleeping"))
          .put(CircumstanceType.TEMPORARY_ACCOMMODATION, List.of("homeless"))
          .put(CircumstanceType.SEND, List.of("SEND"))
          .put(CircumstanceType.CONVICTION, List.of("conviction", "offending"))
          .put(CircumstanceType.AT_RISK_OF_OFFENDING,
              List.of("risk of offending", "at risk of being involved"))
          .put(CircumstanceType.YOUTH_JUSTICE, List.of("youth justice"))
          .buildOrThrow();

  private static String document(String name) {
    Path path = name.equals(Sources.POLICY_DECISIONS)
        ? DOCS.resolve(name)
        : DOCS.resolve("sources").resolve(name);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static List<String> decisionSentences() {
    List<String> bold = new ArrayList<>();
    Matcher m = BOLD.matcher(document(Sources.POLICY_DECISIONS));
    while (m.find()) {
      bold.add(flat(m.group(1)));
    }
    return bold;
  }

  private static void assertCited(String what, Source source) {
    if (source.document().equals(Sources.POLICY_DECISIONS)) {
      assertThat(decisionSentences()).as("%s cites a decision entry's bold sentence", what)
          .contains(flat(source.sentence()));
    } else {
      assertThat(flat(document(source.document())))
          .as("%s: the sentence is in %s", what, source.document())
          .contains(flat(source.sentence()));
    }
  }

  private static boolean isDecision(Source source) {
    return source.document().equals(Sources.POLICY_DECISIONS);
  }

  private static void assertSaysAges(String what, Source source, AgeBand band) {
    if (isDecision(source)) {
      return;
    }
    assertThat(source.sentence()).as("%s cites a sentence with its youngest age", what)
        .contains(Integer.toString(band.minAge()));
    if (band.maxAge() < 150) {
      assertThat(source.sentence()).as("%s cites a sentence with its oldest age", what)
          .contains(Integer.toString(band.maxAge()));
    }
  }

  private static void assertSaysCircumstance(String what, Source source, CircumstanceType type) {
    if (isDecision(source)) {
      return;
    }
    List<String> words = WORDS.get(type);
    assertThat(words).as("%s: %s has words a source uses", what, type).isNotNull();
    String sentence = source.sentence().toLowerCase(Locale.ROOT).replace('-', ' ');
    assertThat(words).as("%s cites a sentence naming %s", what, type)
        .anyMatch(word -> sentence.contains(word.toLowerCase(Locale.ROOT)));
  }

  @Test
  void everyEligibilityRowCitesASentenceThatSaysWhatItAsks() {
    for (Requirement row : EligibilityTable.shipped().requirements()) {
      String what = "eligibility row " + row.ruleId();
      switch (row.kind()) {
        case AGE_BAND -> {
          assertCited(what, row.source());
          assertSaysAges(what, row.source(), row.ageBand().orElseThrow());
        }
        case ANY_OF_CIRCUMSTANCES -> {
          assertCited(what, row.source());
          row.circumstances().forEach(type -> assertSaysCircumstance(what, row.source(), type));
        }
        case LIVES_IN -> {
          assertCited(what, row.source());
          if (!isDecision(row.source())) {
            for (HomeArea area : row.areas()) {
              assertThat(row.source().sentence()).as(what).containsIgnoringCase(
                  area.name().replace("_CITY", "").replace('_', ' '));
            }
          }
        }
        case PLAN_AGE_BAND, PLAN_PRIORITY_GROUP -> {
          // Its reasons cite the plan in force: checked below.
          assertThat(row.source().document()).as(what).isEqualTo(AnnualPlanTable.FILE);
        }
        default -> throw new AssertionError(row.kind());
      }
    }
  }

  @Test
  void everyPlanCitesItsGroupsAndTheSentenceThatStatesItsAges() {
    for (AnnualPlan plan :
        AnnualPlanTable.shipped().plans(ProgrammeCode.TARGETED_YOUTH_WORK).plans()) {
      String what = "the " + plan.planYear() + " plan";
      assertCited(what, plan.source());
      assertCited(what + "'s age band", plan.ageBandSource());
      assertSaysAges(what + "'s age band", plan.ageBandSource(), plan.ageBand());
      for (PriorityGroup group : plan.priorityGroups()) {
        group.circumstances().forEach(type ->
            assertSaysCircumstance(what + " group " + group.name(), plan.source(), type));
        group.beganBefore().keySet().forEach(type ->
            assertSaysCircumstance(what + " group " + group.name(), plan.source(),
                CircumstanceType.YOUTH_JUSTICE));
      }
    }
  }

  // A conviction before 18 is youth justice only by a written decision: the plan says "youth
  // justice system", not "before 18".
  @Test
  void aCircumstanceCountedBeforeABirthdayRestsOnADecision() {
    assertThat(decisionSentences()).anyMatch(s -> s.contains("18th birthday")
        && s.contains("youth justice"));
  }

  @Test
  void theOtherTablesCiteSentencesThatExist() {
    List<DecisionTable> tables = List.of(CrisisTable.shipped().decisionTable(),
        RecentActivityTable.shipped().decisionTable(), OutcomeTable.shipped().decisionTable());
    for (DecisionTable table : tables) {
      for (DecisionTable.Row row : table.rows()) {
        assertCited(table.file() + " row " + row.number(),
            Source.of(row.cell(2), row.cell(row.size())));
      }
    }
  }

  @Test
  void aCrisisRowThatCitesTheCharitysTextsNamesItsCircumstance() {
    for (DecisionTable.Row row : CrisisTable.shipped().decisionTable().rows()) {
      Source source = Source.of(row.cell(2), row.cell(4));
      CircumstanceType type = CircumstanceType.valueOf(row.cell(3));
      if (!isDecision(source) && WORDS.containsKey(type)) {
        assertSaysCircumstance("crises row " + row.cell(1), source, type);
      }
    }
  }
}
