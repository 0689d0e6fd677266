/**
 * AllianceKit on Apache Spark: the library's scoring, potential and attribution functions over
 * DataFrames, for portfolios that outgrow one JVM.
 *
 * <ul>
 *   <li>{@link org.alliancekit.spark.SparkScoring}: scores from rating rows (long format) or from
 *       one row of ratings per relationship (wide format), alliance sales potential, ranking by
 *       converted uplift, top-k, percentile ranks, and SQL functions;
 *   <li>{@link org.alliancekit.spark.SparkAttribution}: sourced, influenced and direct deals,
 *       role-weighted money-exact splits and partner totals;
 *   <li>{@link org.alliancekit.spark.FixedRates}: fixed exchange rates into a report currency;
 *   <li>{@link org.alliancekit.spark.FrameResult}: the rows of a computation and, apart, every bad
 *       input row with its reason.
 * </ul>
 *
 * <p>The numbers are those of the single-JVM library because the library itself computes them,
 * inside Spark's executors. Spark is a provided dependency: the cluster supplies it at run time.
 */
package org.alliancekit.spark;
