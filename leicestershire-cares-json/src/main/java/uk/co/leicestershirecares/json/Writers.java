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
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
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
    objects(out, "circumstances", participant.circumstances(), (item, c) -> {
      item.put("type", c.type().name());
      item.put("from", c.from().toString());
      putDate(item, "to", c.to().orElse(null));
    });
    objects(out, "referrals", record.referrals(), (item, r) -> {
      item.put("programme", r.programme().value());
      item.put("date", r.date().toString());
      item.put("source", r.source().name());
    });
    objects(out, "enrolments", record.enrolments(), (item, e) -> {
      item.put("programme", e.programme().value());
      item.put("status", e.status().name());
      item.put("from", e.from().toString());
      putDate(item, "to", e.to().orElse(null));
    });
    objects(out, "attendances", record.attendances(), (item, a) -> {
      item.put("date", a.date().toString());
      item.put("kind", a.kind().name());
      item.put("programme", a.programme().value());
      a.session().ifPresent(s -> item.put("session", s.value()));
    });
    objects(out, "placements", record.placements(), (item, p) -> {
      item.put("partner", p.partner());
      item.put("programme", p.programme().value());
      item.put("sector", p.sector().name());
      item.put("from", p.from().toString());
      putDate(item, "to", p.to().orElse(null));
      item.put("mentored", p.mentored());
      item.put("paid", p.paid());
    });
    objects(out, "mentoringMatches", record.mentoringMatches(), (item, m) -> {
      item.put("programme", m.programme().value());
      item.put("from", m.from().toString());
      putDate(item, "to", m.to().orElse(null));
    });
    objects(out, "outcomes", record.outcomes(), (item, o) -> {
      item.put("id", o.id().value());
      item.put("type", o.type().name());
      o.training().ifPresent(t -> item.put("training", t.name()));
      item.put("date", o.date().toString());
      putDate(item, "end", o.end().orElse(null));
      o.programme().ifPresent(p -> item.put("programme", p.value()));
    });
    return out;
  }

  static ObjectNode dataSet(ReportDataSet data) {
    ObjectNode out = NODES.objectNode();
    ArrayNode participants = out.putArray("participants");
    for (ParticipantRecord record : data.participants()) {
      participants.add(record(record));
    }
    objects(out, "sessions", data.sessions(), (item, s) -> {
      item.put("id", s.id().value());
      item.put("programme", s.programme().value());
      item.put("date", s.date().toString());
      item.put("kind", s.kind().name());
    });
    objects(out, "partners", data.partners(), (item, p) -> {
      item.put("name", p.name());
      item.put("member", p.member());
      objects(item, "involvements", p.involvements(), (involvement, i) -> {
        involvement.put("type", i.type().name());
        involvement.put("date", i.date().toString());
        i.programme().ifPresent(code -> involvement.put("programme", code.value()));
        i.amount().ifPresent(money -> involvement.put("amountPence", money.pence()));
      });
    });
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
    objects(out, "outcomes", a.outcomes(), (item, c) -> {
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
    });
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
    objects(item, "missing", d.missing(), (condition, m) -> {
      condition.put("ruleId", m.ruleId());
      condition.put("text", m.text());
    });
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
    objects(out, "lines", report.lines(), (item, line) -> {
      item.put("key", line.key());
      item.put("label", line.label());
      item.put("count", line.count());
      strings(item.putArray("sources"), line.sources());
      strings(item.putArray("evidence"), line.evidence());
    });
    objects(out, "indicators", report.indicators(), (item, indicator) -> {
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
    });
    objects(out, "partners", report.partners(), (item, line) -> {
      item.put("partner", line.partner());
      item.put("member", line.member());
      ArrayNode involvements = item.putArray("involvements");
      for (InvolvementType type : line.involvements()) {
        involvements.add(type.name());
      }
      item.put("fundingPence", line.funding().pence());
      strings(item.putArray("sources"), line.sources());
    });
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

  /**
   * Puts a list named {@code name} in {@code out}: an object for each of {@code values}, which
   * {@code write} fills in.
   */
  private static <T> void objects(ObjectNode out, String name, Iterable<T> values,
      BiConsumer<ObjectNode, T> write) {
    ArrayNode list = out.putArray(name);
    for (T value : values) {
      write.accept(list.addObject(), value);
    }
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
