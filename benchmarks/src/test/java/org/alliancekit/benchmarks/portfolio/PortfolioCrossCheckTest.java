package org.alliancekit.benchmarks.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortfolioCrossCheckTest {
  private static final int ROWS = 3_000;

  @ParameterizedTest
  @ValueSource(ints = {52, 25})
  void allImplementationsAgreeOnScoresAndTopList(int factors) {
    PortfolioData data = PortfolioData.generate(ROWS, factors, PortfolioData.SEED);
    ObjectApiPortfolio.Result object = new ObjectApiPortfolio(data).run();
    ColumnarPortfolio.Result columnar = new ColumnarPortfolio(data).run();
    BaselinePortfolio baseline = new BaselinePortfolio(data);
    BaselinePortfolio.Result oneThread = baseline.run(1, null);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      BaselinePortfolio.Result twoThreads = baseline.run(2, pool);
      CrossCheck.identical("object API", object, "columnar", columnar);
      CrossCheck.identical(
          "columnar",
          columnar,
          "columnar doubles",
          new ColumnarPortfolio(data, ColumnarPortfolio.Storage.DOUBLES).run());
      CrossCheck.identicalScores("columnar", columnar, "baseline", oneThread);
      CrossCheck.close("columnar", columnar, "baseline", oneThread);
      CrossCheck.identical("baseline", oneThread, "baseline on two threads", twoThreads);
      BaselinePortfolio simple = BaselinePortfolio.simple(data);
      BaselinePortfolio.Result simpleOne = simple.run(1, null);
      CrossCheck.close("columnar", columnar, "simple baseline", simpleOne);
      CrossCheck.identical(
          "simple baseline", simpleOne, "simple baseline on two threads", simple.run(2, pool));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(PortfolioWorkload.TOP, object.top().size());
  }

  @Test
  void baselineScoresAreTheLibrarysBitForBit() {
    // The baseline sums the same weight x value products per area, and the same weight x score
    // products over the areas, in the same order as the library's kernel.
    PortfolioData data = PortfolioData.generate(ROWS, 52, PortfolioData.SEED);
    ColumnarPortfolio.Result columnar = new ColumnarPortfolio(data).run();
    BaselinePortfolio.Result baseline = new BaselinePortfolio(data).run(1, null);
    for (int row = 0; row < ROWS; row++) {
      assertEquals(
          Double.doubleToRawLongBits(columnar.overall(row)),
          Double.doubleToRawLongBits(baseline.overall(row)),
          "row " + row);
      for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
        assertEquals(columnar.area(row, area), baseline.area(row, area), "row " + row);
      }
    }
  }

  @Test
  void simpleBaselineOverallScoreIsOnlyClose() {
    // The earlier loop divides the sums over all areas at once: equal in exact arithmetic, but
    // rounded differently in the last bits for some rows.
    PortfolioData data = PortfolioData.generate(ROWS, 52, PortfolioData.SEED);
    BaselinePortfolio.Result baseline = new BaselinePortfolio(data).run(1, null);
    BaselinePortfolio.Result simple = BaselinePortfolio.simple(data).run(1, null);
    CrossCheck.close("baseline", baseline, "simple baseline", simple);
    assertThrows(
        IllegalStateException.class,
        () -> CrossCheck.identicalScores("baseline", baseline, "simple baseline", simple));
  }

  @Test
  void identicalScoresCheckIgnoresTheTopList() {
    PortfolioData data = PortfolioData.generate(500, 25, PortfolioData.SEED);
    BaselinePortfolio.Result result = new BaselinePortfolio(data).run(1, null);
    long[] uplift = result.top().upliftMinor().clone();
    uplift[0] += 1;
    BaselinePortfolio.Result changed =
        new BaselinePortfolio.Result(
            result.overall(),
            result.areas(),
            result.upliftMinor(),
            new TopUplifts(result.top().rows(), uplift));
    CrossCheck.identicalScores("a", result, "b", changed);
    assertThrows(
        IllegalStateException.class, () -> CrossCheck.identical("a", result, "b", changed));
  }

  @Test
  void topListIsSortedByUpliftThenRow() {
    PortfolioData data = PortfolioData.generate(ROWS, 25, PortfolioData.SEED);
    TopUplifts top = new ColumnarPortfolio(data).run().top();
    for (int i = 1; i < top.size(); i++) {
      long before = top.upliftMinor()[i - 1];
      long after = top.upliftMinor()[i];
      assertTrue(
          before > after || (before == after && top.rows()[i - 1] < top.rows()[i]), "rank " + i);
    }
  }

  @Test
  void identicalCheckRejectsAOneBitDifference() {
    PortfolioData data = PortfolioData.generate(200, 25, PortfolioData.SEED);
    BaselinePortfolio.Result result = new BaselinePortfolio(data).run(1, null);
    double[] overall = result.overall().clone();
    overall[17] = Math.nextUp(overall[17]);
    BaselinePortfolio.Result changed =
        new BaselinePortfolio.Result(overall, result.areas(), result.upliftMinor(), result.top());
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class, () -> CrossCheck.identical("a", result, "b", changed));
    assertTrue(failure.getMessage().startsWith("overall score of row 17: a gives "));
    CrossCheck.close("a", result, "b", changed);
  }

  @Test
  void closeCheckRejectsATopListWithAnotherRow() {
    PortfolioData data = PortfolioData.generate(2_000, 25, PortfolioData.SEED);
    BaselinePortfolio.Result result = new BaselinePortfolio(data).run(1, null);
    int[] rows = result.top().rows().clone();
    rows[3] = rows[3] == 0 ? 1 : 0;
    BaselinePortfolio.Result changed =
        new BaselinePortfolio.Result(
            result.overall(),
            result.areas(),
            result.upliftMinor(),
            new TopUplifts(rows, result.top().upliftMinor()));
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class, () -> CrossCheck.close("a", result, "b", changed));
    assertTrue(failure.getMessage().contains("not in a near tie"), failure.getMessage());
  }

  @Test
  void generatorIsDeterministicAndItsRowsDoNotDependOnTheSize() {
    PortfolioData small = PortfolioData.generate(1_000, 52, PortfolioData.SEED);
    PortfolioData large = PortfolioData.generate(5_000, 52, PortfolioData.SEED);
    assertArrayEquals(small.weights(), large.weights());
    for (int i = 0; i < small.ratings().length; i++) {
      assertEquals(small.ratings()[i], large.ratings()[i], "cell " + i);
    }
    assertEquals(small.revenueMinor()[999], large.revenueMinor()[999]);
    assertEquals("r0000999", PortfolioData.id(999));
  }

  @Test
  void aboutFivePercentOfRatingsAreUnknown() {
    byte[] ratings = PortfolioData.generate(2_000, 52, PortfolioData.SEED).ratings();
    long unknown = 0;
    for (byte rating : ratings) {
      assertTrue(rating >= PortfolioData.UNKNOWN && rating <= PortfolioData.MAX_RATING);
      unknown += rating == PortfolioData.UNKNOWN ? 1 : 0;
    }
    double share = (double) unknown / ratings.length;
    assertTrue(share > 0.045 && share < 0.055, "unknown share " + share);
  }

  @Test
  void memoryScanSumsEveryByte() {
    byte[] bytes = new byte[(1 << 20) * 2 + 5];
    java.util.Arrays.fill(bytes, (byte) 10);
    bytes[7] = -1;
    assertEquals(10L * (bytes.length - 1) - 1, MemoryScan.sum(bytes));
  }
}
