package uk.co.leicestershirecares.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.report.PartnerLine;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportIndicator;
import uk.co.leicestershirecares.report.ReportLine;
import uk.co.leicestershirecares.report.ReportPeriod;

/**
 * Turns core values into JSON trees with a fixed field order, following {@code
 * docs/record-format.md}. Records and data sets are written exactly in the input format: every
 * list is written (empty or not), absent optional fields are left out.
 */
final class Writers {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Writers() {}

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  // ---- input formats -------------------------------------------------------------------------

  static ObjectNode record(ParticipantRecord record) {
    Participant participant = record.participant();
    ObjectNode out = NODES.objectNode();
    out.put("id", participant.id().value());
    putDate(out, "dateOfBirth", participant.dateOfBirth().orElse(null));
    out.put("homeArea", participant.homeArea().name());
    ArrayNode circumstances = out.putArray("circumstances");
    for (Circumstance c : participant.circumstances()) {
      ObjectNode item = circumstances.addObject();
      item.put("type", c.type().name());
      item.put("from", c.from().toString());
      putDate(item, "to", c.to().orElse(null));
    }
    ArrayNode referrals = out.putArray("referrals");
    for (Referral r : record.referrals()) {
      ObjectNode item = referrals.addObject();
      item.put("programme", r.programme().value());
      item.put("date", r.date().toString());
      item.put("source", r.source().name());
    }
    ArrayNode enrolments = out.putArray("enrolments");
    for (Enrolment e : record.enrolments()) {
      ObjectNode item = enrolments.addObject();
      item.put("programme", e.programme().value());
      item.put("status", e.status().name());
      item.put("from", e.from().toString());
      putDate(item, "to", e.to().orElse(null));
    }
    ArrayNode attendances = out.putArray("attendances");
    for (Attendance a : record.attendances()) {
      ObjectNode item = attendances.addObject();
      item.put("date", a.date().toString());
      item.put("kind", a.kind().name());
      item.put("programme", a.programme().value());
      a.session().ifPresent(s -> item.put("session", s.value()));
    }
    ArrayNode placements = out.putArray("placements");
    for (WorkPlacement p : record.placements()) {
      ObjectNode item = placements.addObject();
      item.put("partner", p.partner());
      item.put("programme", p.programme().value());
      item.put("sector", p.sector().name());
      item.put("from", p.from().toString());
      putDate(item, "to", p.to().orElse(null));
      item.put("mentored", p.mentored());
      item.put("paid", p.paid());
    }
    ArrayNode matches = out.putArray("mentoringMatches");
    for (MentoringMatch m : record.mentoringMatches()) {
      ObjectNode item = matches.addObject();
      item.put("programme", m.programme().value());
      item.put("from", m.from().toString());
      putDate(item, "to", m.to().orElse(null));
    }
    ArrayNode outcomes = out.putArray("outcomes");
    for (OutcomeEvent o : record.outcomes()) {
      ObjectNode item = outcomes.addObject();
      item.put("id", o.id().value());
      item.put("type", o.type().name());
      o.training().ifPresent(t -> item.put("training", t.name()));
      item.put("date", o.date().toString());
      putDate(item, "end", o.end().orElse(null));
      o.programme().ifPresent(p -> item.put("programme", p.value()));
    }
    return out;
  }

  static ObjectNode dataSet(ReportDataSet data) {
    ObjectNode out = NODES.objectNode();
    ArrayNode participants = out.putArray("participants");
    for (ParticipantRecord record : data.participants()) {
      participants.add(record(record));
    }
    ArrayNode sessions = out.putArray("sessions");
    for (Session s : data.sessions()) {
      ObjectNode item = sessions.addObject();
      item.put("id", s.id().value());
      item.put("programme", s.programme().value());
      item.put("date", s.date().toString());
      item.put("kind", s.kind().name());
    }
    ArrayNode partners = out.putArray("partners");
    for (Partner p : data.partners()) {
      ObjectNode item = partners.addObject();
      item.put("name", p.name());
      item.put("member", p.member());
      ArrayNode involvements = item.putArray("involvements");
      for (PartnerInvolvement i : p.involvements()) {
        ObjectNode involvement = involvements.addObject();
        involvement.put("type", i.type().name());
        involvement.put("date", i.date().toString());
        i.programme().ifPresent(code -> involvement.put("programme", code.value()));
        i.amount().ifPresent(money -> involvement.put("amountPence", money.pence()));
      }
    }
    return out;
  }

  // ---- output formats ------------------------------------------------------------------------

  static ObjectNode assessment(Assessment a) {
    ObjectNode out = NODES.objectNode();
    out.put("participant", a.participant().value());
    out.put("asOf", a.asOf().toString());
    out.put("planYear", a.planYear().toString());
    ObjectNode stage = out.putObject("stage");
    stage.put("value", a.stage().name());
    stage.set("reasons", reasons(a.stageReasons()));
    ObjectNode pathway = out.putObject("employmentPathway");
    pathway.put("value", a.employmentPathway().name());
    pathway.set("reasons", reasons(a.employmentPathwayReasons()));
    ArrayNode eligibility = out.putArray("eligibility");
    for (EligibilityDecision d : a.eligibility()) {
      eligibility.add(decision(d));
    }
    ArrayNode outcomes = out.putArray("outcomes");
    for (OutcomeClassification c : a.outcomes()) {
      ObjectNode item = outcomes.addObject();
      item.put("id", c.outcome().value());
      item.put("category", c.category().name());
      item.put("ete", c.ete());
      item.put("hard", c.hard());
      if (c.stage().isPresent()) {
        item.put("stage", c.stage().get().name());
      } else {
        item.putNull("stage");
      }
      item.put("sustained13Weeks", c.sustained13Weeks());
      item.put("sustained26Weeks", c.sustained26Weeks());
      item.set("reasons", reasons(c.reasons()));
    }
    return out;
  }

  /** One programme's decision, as an item of an assessment's {@code eligibility} list. */
  static ObjectNode decision(EligibilityDecision d) {
    ObjectNode item = NODES.objectNode();
    item.put("programme", d.programme().value());
    item.put("outcome", d.outcome().name());
    item.put("priority", d.priority());
    item.put("planYear", d.planYear().toString());
    item.set("reasons", reasons(d.reasons()));
    ArrayNode missing = item.putArray("missing");
    for (MissingCondition m : d.missing()) {
      ObjectNode condition = missing.addObject();
      condition.put("ruleId", m.ruleId());
      condition.put("text", m.text());
    }
    return item;
  }

  static ObjectNode report(QuarterlyReport report) {
    ObjectNode out = NODES.objectNode();
    if (report.programme().isPresent()) {
      out.put("programme", report.programme().get().value());
    } else {
      out.putNull("programme");
    }
    ReportPeriod period = report.period();
    ObjectNode p = out.putObject("period");
    p.put("label", period.label());
    p.put("start", period.start().toString());
    p.put("end", period.end().toString());
    ArrayNode lines = out.putArray("lines");
    for (ReportLine line : report.lines()) {
      ObjectNode item = lines.addObject();
      item.put("key", line.key());
      item.put("label", line.label());
      item.put("count", line.count());
      strings(item.putArray("sources"), line.sources());
      strings(item.putArray("evidence"), line.evidence());
    }
    ArrayNode indicators = out.putArray("indicators");
    for (ReportIndicator indicator : report.indicators()) {
      ObjectNode item = indicators.addObject();
      item.put("key", indicator.key());
      item.put("label", indicator.label());
      item.put("numerator", indicator.numerator());
      item.put("denominator", indicator.denominator());
      if (indicator.percent().isPresent()) {
        // A DecimalNode as it is: the factory's numberNode would strip 100.0 to 1E+2.
        item.set("percent", DecimalNode.valueOf(indicator.percent().get()));
      } else {
        item.putNull("percent");
      }
      strings(item.putArray("numeratorSources"), indicator.numeratorSources());
      strings(item.putArray("denominatorSources"), indicator.denominatorSources());
    }
    ArrayNode partners = out.putArray("partners");
    for (PartnerLine line : report.partners()) {
      ObjectNode item = partners.addObject();
      item.put("partner", line.partner());
      item.put("member", line.member());
      ArrayNode involvements = item.putArray("involvements");
      for (InvolvementType type : line.involvements()) {
        involvements.add(type.name());
      }
      item.put("fundingPence", line.funding().pence());
      strings(item.putArray("sources"), line.sources());
    }
    out.put("fundingReceivedPence", report.fundingReceived().pence());
    return out;
  }

  // ---- streaming -----------------------------------------------------------------------------

  /**
   * Writes a tree built here to {@code out} as it is, field for field. Unlike {@code
   * ObjectNode.serialize}, it ignores the settings of the mapper that owns {@code out} that would
   * drop {@code null} fields or empty lists ({@code JsonNodeFeature.WRITE_NULL_PROPERTIES},
   * {@code SerializationFeature.WRITE_EMPTY_JSON_ARRAYS}): the documented format always has them.
   * Layout (indentation, spacing) is {@code out}'s.
   */
  static void stream(JsonNode tree, JsonGenerator out) throws IOException {
    switch (tree.getNodeType()) {
      case OBJECT -> {
        out.writeStartObject();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
          out.writeFieldName(field.getKey());
          stream(field.getValue(), out);
        }
        out.writeEndObject();
      }
      case ARRAY -> {
        out.writeStartArray();
        for (JsonNode element : tree) {
          stream(element, out);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(tree.textValue());
      case BOOLEAN -> out.writeBoolean(tree.booleanValue());
      case NUMBER -> {
        if (tree.isBigDecimal()) {
          out.writeNumber(tree.decimalValue());
        } else {
          out.writeNumber(tree.longValue());
        }
      }
      case NULL -> out.writeNull();
      default -> {
        // Writers build objects, lists, text, whole numbers, decimals, booleans and nulls only.
        throw new IllegalStateException("unexpected JSON node " + tree.getNodeType());
    
      }
    }
  }

  private static ArrayNode reasons(List<Reason> reasons) {
    ArrayNode out = NODES.arrayNode();
    for (Reason r : reasons) {
      ObjectNode item = out.addObject();
      item.put("ruleId", r.ruleId());
      item.put("text", r.text());
      ObjectNode source = item.putObject("source");
      source.put("document", r.source().document());
      source.put("sentence", r.source().sentence());
    }
    return out;
  }

  private static void strings(ArrayNode out, List<String> values) {
    values.forEach(out::add);
  }

  private static void putDate(ObjectNode out, String name, @Nullable LocalDate date) {
    if (date != null) {
      out.put(name, date.toString());
    }
  }
}
