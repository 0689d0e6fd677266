package org.alliancekit.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session of a test class: two local cores, no UI, two shuffle partitions. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession start(String name) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName(name)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
