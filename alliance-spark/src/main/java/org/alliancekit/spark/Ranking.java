package org.alliancekit.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Distributed rankings: rank by converted uplift, top k, percentile ranks. */
final class Ranking {
  /** The score columns ranked by {@link #percentileRanks}, in output order. */
  static final String[] METRICS = {
    "overall", "commercial", "technical", "strategic", "cultural", "operational"
  };

  private static final String GROUP = "_rank_group";
  private static final String KEY = "_rank_key";

  private static final StructType RANKS =
      new StructType()
          .add("metric", DataTypes.IntegerType, false)
          .add("value", DataTypes.DoubleType, false)
          .add("percentile_rank", DataTypes.DoubleType, false);

  private Ranking() {}

  /**
   * Ranks by converted uplift; relationships without a converted uplift but with an uplift in their
   * own currency are ranked among those of the same currency, and those without an uplift are not
   * ranked.
   */
  static Dataset<Row> rankByUplift(Dataset<Row> potential) {
    Column converted = col("uplift_converted");
    Column uplift = col("uplift");
    Dataset<Row> sorted =
        potential
            .filter(uplift.isNotNull())
            .withColumn(GROUP, when(converted.isNotNull(), lit("")).otherwise(col("currency")))
            .withColumn(KEY, coalesce(converted, uplift))
            .orderBy(col(GROUP).asc(), col(KEY).desc(), col("relationship_id").asc())
            .localCheckpoint(true);
    Map<String, Long> starts = new TreeMap<>();
    for (Row group : sorted.groupBy(GROUP).count().collectAsList()) {
      starts.put(group.getString(0), group.getLong(1));
    }
    long start = 0;
    for (Map.Entry<String, Long> group : starts.entrySet()) {
      long size = group.getValue();
      group.setValue(start);
      start += size;
    }
    int groupAt = sorted.schema().fieldIndex(GROUP);
    int width = sorted.schema().size() - 2;
    StructType schema = sorted.drop(GROUP, KEY).schema().add("rank", DataTypes.LongType, true);
    JavaRDD<Row> ranked =
        sorted
            .javaRDD()
            .zipWithIndex()
            .map(
                pair -> {
                  Row row = pair._1();
                  Object[] values = new Object[width + 1];
                  for (int i = 0; i < width; i++) {
                    values[i] = row.get(i);
                  }
                  values[width] = pair._2() - starts.get(row.getString(groupAt)) + 1;
                  return RowFactory.create(values);
                });
    Dataset<Row> unranked =
        potential.filter(uplift.isNull()).withColumn("rank", lit(null).cast("long"));
    return potential.sparkSession().createDataFrame(ranked, schema).unionByName(unranked);
  }

  static Dataset<Row> topByUplift(Dataset<Row> potential, int k) {
    Column converted = col("uplift_converted");
    return potential
        .filter(converted.isNotNull())
        .orderBy(converted.desc(), col("relationship_id").asc())
        .limit(k);
  }

  static Dataset<Row> percentileRanks(Dataset<Row> scores) {
    Column[] pairs = new Column[METRICS.length];
    for (int m = 0; m < METRICS.length; m++) {
      pairs[m] = struct(lit(m).as("metric"), col(METRICS[m]).cast("double").as("value"));
    }
    Dataset<Row> values =
        scores
            .select(col("relationship_id"), explode(array(pairs)).as("m"))
            .select(
                col("relationship_id"), col("m.metric").as("metric"), col("m.value").as("value"))
            .filter(col("value").isNotNull());
    Dataset<Row> counts =
        values
            .groupBy("metric", "value")
            .count()
            .repartitionByRange(col("metric"), col("value"))
            .sortWithinPartitions("metric", "value")
            .localCheckpoint(true);
    JavaRDD<Row> rdd = counts.javaRDD();
    FlatMapFunction<Iterator<Row>, long[]> totalsOf =
        rows -> {
          long[] totals = new long[METRICS.length];
          while (rows.hasNext()) {
            Row row = rows.next();
            totals[row.getInt(0)] += row.getLong(2);
          }
          return Collections.singletonList(totals).iterator();
        };
    List<long[]> totals = rdd.mapPartitions(totalsOf).collect();
    long[][] offsets = new long[totals.size()][];
    long[] n = new long[METRICS.length];
    for (int p = 0; p < totals.size(); p++) {
      offsets[p] = n.clone();
      for (int m = 0; m < METRICS.length; m++) {
        n[m] += totals.get(p)[m];
      }
    }
    Function2<Integer, Iterator<Row>, Iterator<Row>> rank =
        (partition, rows) -> {
          long[] below = offsets[partition].clone();
          List<Row> out = new ArrayList<>();
          while (rows.hasNext()) {
            Row row = rows.next();
            int metric = row.getInt(0);
            long equal = row.getLong(2);
            double percentile = 100.0 * (below[metric] + equal / 2.0) / n[metric];
            below[metric] += equal;
            out.add(RowFactory.create(metric, row.getDouble(1), percentile));
          }
          return out.iterator();
        };
    Dataset<Row> ranks =
        scores.sparkSession().createDataFrame(rdd.mapPartitionsWithIndex(rank, true), RANKS);
    Column[] byMetric = new Column[METRICS.length];
    for (int m = 0; m < METRICS.length; m++) {
      byMetric[m] =
          max(when(col("metric").equalTo(m), col("percentile_rank"))).as(METRICS[m] + "_rank");
    }
    return values
        .join(ranks, new String[] {"metric", "value"})
        .groupBy("relationship_id")
        .agg(byMetric[0], java.util.Arrays.copyOfRange(byMetric, 1, byMetric.length));
  }
}
