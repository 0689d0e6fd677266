package org.alliancekit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alliancekit.model.batch.ProblemKind;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Rows that carry their own outcome: the result columns followed by four internal columns, whether
 * the row belongs to the results ({@value #KEEP}), and the kind, reason and source (the input the
 * bad row came from) of its problem (null when it has none). The first result column is the row's
 * key. A row may be both kept and a problem, such as a potential that could not be converted to the
 * report currency. Each step of a computation passes the problems of the step before on, so a
 * computation's last outcome holds every problem and one plan serves rows and problems.
 */
final class Outcomes {
  static final String KEEP = "_keep";
  static final String KIND = "_problem_kind";
  static final String REASON = "_problem_reason";
  static final String SOURCE = "_problem_source";

  /** The number of outcome columns after the result columns. */
  static final int EXTRA = 4;

  /**
   * The schema of problems DataFrames: the input, then the columns of a {@link
   * org.alliancekit.model.batch.Problem} at a row, its key, kind and message.
   */
  static final StructType PROBLEMS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("key", DataTypes.StringType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)
          });

  private Outcomes() {}

  /** Returns the schema with the outcome columns appended. */
  static StructType withOutcome(StructType schema) {
    return schema
        .add(KEEP, DataTypes.BooleanType, false)
        .add(KIND, DataTypes.StringType, true)
        .add(REASON, DataTypes.StringType, true)
        .add(SOURCE, DataTypes.StringType, true);
  }

  /** Returns a kept row without problem: the values followed by the outcome columns. */
  static Row good(Object... values) {
    return row(values, true, null, null, null);
  }

  /**
   * Returns a row that is only a problem: {@code width} result values, the first being {@code key}
   * and the others null.
   */
  static Row bad(int width, String key, ProblemKind kind, String reason, String source) {
    Object[] values = new Object[width];
    values[0] = key;
    return row(values, false, kind, reason, source);
  }

  /**
   * Returns the problem row of one step as a problem row of the next, whose rows have {@code width}
   * result values.
   */
  static Row passOn(Row problem, int width) {
    int at = problem.length() - EXTRA;
    Object[] values = new Object[width];
    values[0] = problem.get(0);
    Object[] all = Arrays.copyOf(values, width + EXTRA);
    all[width] = false;
    all[width + 1] = problem.get(at + 1);
    all[width + 2] = problem.get(at + 2);
    all[width + 3] = problem.get(at + 3);
    return RowFactory.create(all);
  }

  /** Whether an outcome row is kept. */
  static boolean isKept(Row row) {
    return row.getBoolean(row.length() - EXTRA);
  }

  /** Returns a row with the given values and outcome. */
  static Row row(Object[] values, boolean keep, ProblemKind kind, String reason, String source) {
    Object[] all = Arrays.copyOf(values, values.length + EXTRA);
    all[values.length] = keep;
    all[values.length + 1] = kind == null ? null : kind.name();
    all[values.length + 2] = reason;
    all[values.length + 3] = source;
    return RowFactory.create(all);
  }

  /** The kept rows of an outcome DataFrame, without the outcome columns. */
  static Dataset<Row> kept(Dataset<Row> outcome) {
    return outcome.filter(col(KEEP)).drop(KEEP, KIND, REASON, SOURCE);
  }

  /** The problems of an outcome DataFrame, in the problems layout, the first column as key. */
  static Dataset<Row> problems(Dataset<Row> outcome) {
    String key = outcome.columns()[0];
    return outcome
        .filter(col(KIND).isNotNull())
        .select(
            col(SOURCE).as("source"),
            org.apache.spark.sql.functions.coalesce(col(key).cast("string"), lit("")).as("key"),
            col(KIND).as("kind"),
            col(REASON).as("message"));
  }

  /** Returns a list as the Scala sequence that Spark's row encoder takes for an array column. */
  static scala.collection.Seq<Object> seq(List<?> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(values));
  }

  /** Returns doubles as the Scala sequence that Spark's row encoder takes for an array column. */
  static scala.collection.Seq<Object> seq(double[] values) {
    List<Object> boxed = new ArrayList<>(values.length);
    for (double value : values) {
      boxed.add(value);
    }
    return seq(boxed);
  }

  /** Returns an exception's message, or its class name when it has none. */
  static String message(RuntimeException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
