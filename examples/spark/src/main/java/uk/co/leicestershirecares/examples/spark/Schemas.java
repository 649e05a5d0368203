package uk.co.leicestershirecares.examples.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * The shapes of the rows the job passes between its steps. Participant data travels only as JSON
 * text in one column ({@code record}, {@code assessment}): Spark prints a row in some of its
 * errors, and a row of decoded fields (a date of birth, a circumstance) is what it would print.
 */
final class Schemas {
  private Schemas() {}

  /** A record to assess: its position in the input (from 0) and its JSON text. */
  static final StructType INPUT = createStructType(List.of(
      createStructField("ordinal", LongType, false),
      createStructField("record", StringType, false)));

  /**
   * What one record contributes to one line of one report: the ids of the records the library
   * counted for it (a one-record report), in its order. {@code ordinal} orders the contributions
   * as the library counts records, in input order.
   */
  static final StructType LINE_FACT = createStructType(List.of(
      createStructField("request", IntegerType, false),
      createStructField("position", IntegerType, false),
      createStructField("ordinal", LongType, false),
      createStructField("sources", createArrayType(StringType, false), false),
      createStructField("evidence", createArrayType(StringType, false), false)));

  /** What one record contributes to one indicator of one report. */
  static final StructType INDICATOR_FACT = createStructType(List.of(
      createStructField("request", IntegerType, false),
      createStructField("position", IntegerType, false),
      createStructField("ordinal", LongType, false),
      createStructField("numeratorSources", createArrayType(StringType, false), false),
      createStructField("denominatorSources", createArrayType(StringType, false), false)));

  /**
   * One record's result, computed once on an executor and kept: its assessment (null when the
   * record could not be read) or its error, and its contributions to every report.
   */
  static final StructType RESULT = createStructType(List.of(
      createStructField("ordinal", LongType, false),
      createStructField("participant", StringType, true),
      createStructField("planYear", StringType, true),
      createStructField("stage", StringType, true),
      createStructField("employmentPathway", StringType, true),
      createStructField("assessment", StringType, true),
      createStructField("errorField", StringType, true),
      createStructField("errorMessage", StringType, true),
      createStructField("lineFacts", createArrayType(LINE_FACT, false), false),
      createStructField("indicatorFacts", createArrayType(INDICATOR_FACT, false), false)));

  /** A partner involved in a report's period: {@code QuarterlyReport.partners()}, as data. */
  static final StructType PARTNER = createStructType(List.of(
      createStructField("request", IntegerType, false),
      createStructField("position", IntegerType, false),
      createStructField("partner", StringType, false),
      createStructField("member", BooleanType, false),
      createStructField("involvements", createArrayType(StringType, false), false),
      createStructField("fundingPence", LongType, false),
      createStructField("sources", createArrayType(StringType, false), false)));

  /**
   * Returns {@code list} as a Scala sequence: Spark 4 takes an array column's value in a {@link
   * org.apache.spark.sql.Row} as a Scala {@code Seq}, not a Java {@code List}.
   */
  static scala.collection.immutable.Seq<Object> seq(List<?> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>copyOf(list)).toList();
  }

  /** The sessions and partners of a data set, as a data set without participants (JSON). */
  static final StructType OUTLINE = createStructType(List.of(
      createStructField("dataSet", StringType, false)));
}
