package uk.co.leicestershirecares.examples.springboot;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.policy.Policy;

/**
 * {@code POST /assessments[?asOf=2026-11-25]}: a participant record, or a JSON list of them, in;
 * its assessment, or the list of them in the same order, out, in the documented assessment
 * format (written by the json module's Jackson module). {@code asOf} defaults to today by the
 * service's {@link Clock}.
 */
@RestController
class AssessmentController {
  /** The days of the plan years the library represents, 1899/00 to 9998/99. */
  private static final LocalDate FIRST_DAY = LocalDate.of(PlanYear.MIN_START_YEAR, 4, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(PlanYear.MAX_START_YEAR + 1, 3, 31);

  private final SharedRules rules;
  private final Clock clock;

  AssessmentController(SharedRules rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Object assess(@RequestBody AssessmentRequest body,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf) {
    LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
    if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
      throw new BadParameterException("asOf",
          "asOf must be between " + FIRST_DAY + " and " + LAST_DAY);
    }
    Policy policy = rules.policy();
    // One answer for one record, a list for a list: the shape of the body is kept.
    return body.isList()
        ? policy.assessAll(body.records(), day)
        : policy.assess(body.records().get(0), day);
  }
}
