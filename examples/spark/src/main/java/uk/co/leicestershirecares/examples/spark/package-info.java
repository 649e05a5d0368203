/**
 * An Apache Spark job over the library: participant records assessed on the executors with the
 * shipped rules, and quarterly reports' figures, with their provenance, computed by Spark
 * aggregations. Start from {@link uk.co.leicestershirecares.examples.spark.CaresSparkJob}; its
 * options are {@link uk.co.leicestershirecares.examples.spark.JobOptions}'s, and {@link
 * uk.co.leicestershirecares.examples.spark.ExecutorPolicies} holds the one policy per executor
 * JVM.
 */
package uk.co.leicestershirecares.examples.spark;
