package org.alliancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Iterator;
import java.util.List;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * The functions shipped to executors survive Java serialisation and work in a JVM with no Spark
 * session at all: they carry their settings and nothing of the driver.
 */
class SerializationTest {

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void potentialFunctionComputesAfterARoundTrip() throws Exception {
    MapPartitionsFunction<Row, Row> potentials =
        roundTrip(
            PotentialRows.potentials(() -> ImprovementModel.closeGap(0.5), Generated.rates()));
    Iterator<Row> out =
        potentials.call(List.of(RowFactory.create("small", 0.3, "1000000", "GBP")).iterator());
    Row row = out.next();
    assertEquals("small", row.getString(0));
    assertEquals(ImprovementModel.closeGap(0.5).attainable(0.3), row.getDouble(4));
    assertFalse(out.hasNext());
  }

  @Test
  void scoringFunctionsSurviveARoundTrip() throws Exception {
    MapPartitionsFunction<Row, Row> reader =
        roundTrip(Ratings.reader("BEST_PRACTICES", false, false));
    Row read =
        reader
            .call(
                List.of(RowFactory.create("acme", "HOST", "Co1", "8", "0..10", null, null))
                    .iterator())
            .next();
    assertEquals("acme/HOST", read.getString(1));
    assertEquals(8.0, read.getDouble(6));
    roundTrip(BatchScoring.scorer(SparkScoring::reportRule, "ratings"));
    roundTrip(Ratings.assembler());
    roundTrip(new SqlFunctions.Score(SparkScoring::reportRule));
    Credits.Settings settings =
        new Credits.Settings(
            ImmutableMap.of("ORIGINATOR", 0.5),
            ImmutableList.of("ORIGINATOR"),
            "co-sell",
            ImmutableSet.of("Launched"),
            ImmutableSet.of("Launched"));
    assertEquals(settings, roundTrip(settings));
    roundTrip(Credits.deals(settings));
    roundTrip(Credits.splits(settings));
    roundTrip(Credits.entries(Generated.rates()));
    roundTrip(new Credits.TallyAggregator());
  }
}
