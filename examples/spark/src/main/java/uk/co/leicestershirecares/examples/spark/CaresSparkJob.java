package uk.co.leicestershirecares.examples.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import uk.co.leicestershirecares.json.JsonFormatException;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportPeriod;

/**
 * A Spark job that assesses participant records with the shipped rules (or the reference policy)
 * and computes quarterly reports' figures, each with the ids of the records behind it.
 *
 * <pre>
 * spark-submit --class uk.co.leicestershirecares.examples.spark.CaresSparkJob \
 *   spark-example-1-job.jar --input records.jsonl --output out --as-of 2026-11-25 \
 *   --quarter "2023/24 Q1" --programme all --policy drools
 * </pre>
 *
 * <p>How the work is split: JSON Lines are read in Spark's text input splits, the data-set format
 * (one document) in one task and spread round-robin; every partition is assessed by a task that
 * uses its JVM's one policy ({@link ExecutorPolicies}); each record's assessment and its
 * contributions to the reports are computed once and kept; the only shuffle is the reports'
 * aggregation ({@code groupBy} line, {@code sum} and {@code collect_list} of the provenance).
 *
 * <p>Outputs, under {@code --output}: {@code assessments.parquet} and {@code assessments.jsonl}
 * (each line an assessment in the library's JSON format, on one line), {@code errors.json} (the
 * records that could not be read: position, JSON path and a message that never repeats their
 * data), and for the reports {@code report-lines}, {@code report-indicators} and {@code
 * report-partners}, each as {@code .parquet} and {@code .json}. Assessments are personal data:
 * their reasons describe the participant.
 */
public final class CaresSparkJob {
  private CaresSparkJob() {}

  /**
   * Runs the job with the options of {@link JobOptions#parse}, in the Spark application that
   * {@code spark-submit} (or a master URL in {@code spark.master}) sets up.
   */
  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("leicestershire-cares").getOrCreate();
    try {
      run(spark, options);
    } catch (Exception e) {
      // Spark throws its checked SparkException undeclared, so Exception is caught. Only the
      // library's own message is repeated: it names a JSON path, never a value.
      String message = findFormatError(e).map(JsonFormatException::getMessage)
          .orElse("the job failed (" + e.getClass().getName() + "); see Spark's log");
      System.err.println("error: " + message);
      System.exit(2);
    } finally {
      spark.stop();
    }
  }

  private static Optional<JsonFormatException> findFormatError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonFormatException format) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs the job in {@code spark} and writes its outputs.
   *
   * <p>If a task fails, for example on a data set that breaks the format, Spark's {@code
   * SparkException} is thrown, undeclared (Scala declares no checked exceptions); its cause is
   * then a {@link JsonFormatException}, whose message names the JSON path and never the value.
   */
  public static void run(SparkSession spark, JobOptions options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = options.partitions().orElse(jsc.defaultParallelism());
    List<ReportRequest> requests = options.reports();

    Dataset<Row> input;
    Dataset<Row> outline = null;
    if (options.jsonLines()) {
      // Spark splits the text; each line keeps its number for error messages. Blank lines are
      // skipped, as the library's JSON Lines reader skips them.
      JavaRDD<Row> lines = jsc.textFile(options.input(), partitions).zipWithIndex()
          .filter(line -> !line._1().isBlank())
          .map(line -> RowFactory.create(line._2(), line._1()));
      input = spark.createDataFrame(lines, Schemas.INPUT);
    } else {
      JavaPairRDD<String, PortableDataStream> file = jsc.binaryFiles(options.input(), 1);
      JavaRDD<Row> records = file.flatMap(DataSetReading::records).repartition(partitions);
      input = spark.createDataFrame(records, Schemas.INPUT);
      outline = spark.createDataFrame(file.flatMap(DataSetReading::outline), Schemas.OUTLINE)
          .persist(StorageLevel.MEMORY_AND_DISK());
    }

    Dataset<Row> results = input
        .mapPartitions(new RecordAssessor(options.policy(), options.asOf(), requests,
            options.jsonLines()), Encoders.row(Schemas.RESULT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    String out = options.output();

    Dataset<Row> assessed = results.filter(col("errorMessage").isNull())
        .select(col("ordinal"), col("participant"),
            to_date(lit(options.asOf().toString())).as("asOf"), col("planYear"), col("stage"),
            col("employmentPathway"), col("assessment"));
    jsc.setJobDescription("assess the records; write assessments.parquet");
    assessed.write().parquet(out + "/assessments.parquet");
    jsc.setJobDescription("write assessments.jsonl");
    assessed.select("assessment").write().text(out + "/assessments.jsonl");
    jsc.setJobDescription("write errors.json");
    results.filter(col("errorMessage").isNotNull())
        .select(col("ordinal"), col("errorField").as("field"), col("errorMessage").as("message"))
        .coalesce(1).write().json(out + "/errors.json");

    Dataset<Row> lineFacts = results.select(explode(col("lineFacts")).as("f")).select("f.*");
    Dataset<Row> indicatorFacts =
        results.select(explode(col("indicatorFacts")).as("f")).select("f.*");
    Dataset<Row> partners;
    if (outline != null) {
      lineFacts = lineFacts.unionByName(
          outline.flatMap(OutlineCounter.lines(requests), Encoders.row(Schemas.LINE_FACT)));
      partners = outline.flatMap(OutlineCounter.partners(requests),
          Encoders.row(Schemas.PARTNER));
    } else {
      partners = spark.createDataFrame(List.of(), Schemas.PARTNER);
    }

    Dataset<Row> reports = spark.createDataFrame(requestRows(requests), REQUEST);
    Dataset<Row> lines = lineTemplate(spark, requests)
        .join(lineFacts.groupBy("request", "position").agg(
            sum(size(col("sources"))).as("count"),
            array_sort(collect_list(struct(col("ordinal"), col("sources"), col("evidence"))))
                .as("parts")), joinColumns(), "left")
        .join(reports, "request")
        .select(col("programme"), col("period"), col("periodStart"), col("periodEnd"),
            col("position"), col("key"), col("label"),
            coalesce(col("count"), lit(0L)).as("count"),
            ids(col("parts"), "sources").as("sources"),
            ids(col("parts"), "evidence").as("evidence"))
        .orderBy("programme", "periodStart", "position");
    write(jsc, lines, out + "/report-lines");

    Column numerator = coalesce(col("numerator"), lit(0L));
    Column denominator = coalesce(col("denominator"), lit(0L));
    Dataset<Row> indicators = indicatorTemplate(spark, requests)
        .join(indicatorFacts.groupBy("request", "position").agg(
            sum(size(col("numeratorSources"))).as("numerator"),
            sum(size(col("denominatorSources"))).as("denominator"),
            array_sort(collect_list(struct(col("ordinal"), col("numeratorSources"),
                col("denominatorSources")))).as("parts")), joinColumns(), "left")
        .join(reports, "request")
        .select(col("programme"), col("period"), col("periodStart"), col("periodEnd"),
            col("position"), col("key"), col("label"),
            numerator.as("numerator"), denominator.as("denominator"),
            // One decimal place, half up, in decimal arithmetic: ReportIndicator.percent().
            when(denominator.gt(0), round(numerator.cast("decimal(20,0)").multiply(100)
                .divide(denominator.cast("decimal(20,0)")), 1).cast("decimal(4,1)"))
                .as("percent"),
            ids(col("parts"), "numeratorSources").as("numeratorSources"),
            ids(col("parts"), "denominatorSources").as("denominatorSources"))
        .orderBy("programme", "periodStart", "position");
    write(jsc, indicators, out + "/report-indicators");

    write(jsc, partners.join(reports, "request")
        .select(col("programme"), col("period"), col("periodStart"), col("periodEnd"),
            col("position"), col("partner"), col("member"), col("involvements"),
            col("fundingPence"), col("sources"))
        .orderBy("programme", "periodStart", "position"), out + "/report-partners");

    results.unpersist();
    if (outline != null) {
      outline.unpersist();
    }
    jsc.setJobDescription(null);
  }

  private static void write(JavaSparkContext jsc, Dataset<Row> data, String path) {
    // The report's tables are small (a row per line): one file each.
    jsc.setJobDescription("write " + path.substring(path.lastIndexOf('/') + 1));
    Dataset<Row> one = data.coalesce(1);
    one.write().parquet(path + ".parquet");
    one.write().json(path + ".json");
  }

  private static scala.collection.immutable.Seq<String> joinColumns() {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of("request", "position"))
        .toSeq();
  }

  /**
   * The ids of every contribution in {@code parts}, which are sorted by record: the order in
   * which the library counts them.
   */
  private static Column ids(Column parts, String field) {
    return coalesce(flatten(transform(parts, part -> part.getField(field))),
        array().cast("array<string>"));
  }

  /** One row per requested report: its programme (null for all programmes) and period. */
  private static final StructType REQUEST = createStructType(List.of(
      createStructField("request", IntegerType, false),
      createStructField("programme", StringType, true),
      createStructField("period", StringType, false),
      createStructField("periodStart", DateType, false),
      createStructField("periodEnd", DateType, false)));

  private static final StructType TEMPLATE = createStructType(List.of(
      createStructField("request", IntegerType, false),
      createStructField("position", IntegerType, false),
      createStructField("key", StringType, false),
      createStructField("label", StringType, false)));

  private static List<Row> requestRows(List<ReportRequest> requests) {
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < requests.size(); r++) {
      ReportRequest request = requests.get(r);
      ReportPeriod period = request.period();
      rows.add(RowFactory.create(r, request.programme().isEmpty() ? null : request.programme(),
          period.label(), java.sql.Date.valueOf(period.start()),
          java.sql.Date.valueOf(period.end())));
    }
    return rows;
  }

  /**
   * Every line of every report, with its key and label, in the report's order: the lines of an
   * empty report from the library, so that a line no record counts on is there with 0.
   */
  private static Dataset<Row> lineTemplate(SparkSession spark, List<ReportRequest> requests) {
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < requests.size(); r++) {
      QuarterlyReport empty = emptyReport(requests.get(r));
      for (int p = 0; p < empty.lines().size(); p++) {
        rows.add(RowFactory.create(r, p, empty.lines().get(p).key(),
            empty.lines().get(p).label()));
      }
    }
    return spark.createDataFrame(rows, TEMPLATE);
  }

  private static Dataset<Row> indicatorTemplate(SparkSession spark,
      List<ReportRequest> requests) {
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < requests.size(); r++) {
      QuarterlyReport empty = emptyReport(requests.get(r));
      for (int p = 0; p < empty.indicators().size(); p++) {
        rows.add(RowFactory.create(r, p, empty.indicators().get(p).key(),
            empty.indicators().get(p).label()));
      }
    }
    return spark.createDataFrame(rows, TEMPLATE);
  }

  private static QuarterlyReport emptyReport(ReportRequest request) {
    // An empty data set never asks the policy: the reference one, with no rule base, serves.
    return ReportGenerator.withReferencePolicy()
        .report(ReportDataSet.builder().build(), request.scope(), request.period());
  }
}
