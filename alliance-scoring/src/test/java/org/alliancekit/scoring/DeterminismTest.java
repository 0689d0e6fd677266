package org.alliancekit.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.portfolio.PortfolioScorer;
import org.alliancekit.scoring.portfolio.PortfolioScores;
import org.alliancekit.scoring.portfolio.RatingMatrix;
import org.junit.jupiter.api.Test;

/**
 * The same inputs give bit-identical outputs: across runs, across threads that share the inputs
 * (the batch paths have no thread option, so several threads run them at once), and across JDKs,
 * pinned by checksums of the doubles' bits that a run on another JDK must reproduce.
 */
class DeterminismTest {
  private static final int THREADS = 4;
  private static final int ROWS = 200_000;

  /** A portfolio of pseudo-random ratings of the best practices, about one in six unknown. */
  private static RatingMatrix matrix() {
    FactorCatalog catalog = FactorCatalogs.bestPractices();
    SplittableRandom random = new SplittableRandom(20260331L);
    double[] values = new double[ROWS * catalog.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(6) == 0 ? Double.NaN : random.nextInt(11) / 10.0;
    }
    return RatingMatrix.of(catalog, Collections.nCopies(ROWS, RelationshipId.of("r")), values);
  }

  /** A checksum of the exact bits of the doubles, in order. */
  private static long bits(double[] values) {
    long sum = 17;
    for (double value : values) {
      sum = 31 * sum + Double.doubleToRawLongBits(value);
    }
    return sum;
  }

  private static <T> List<T> concurrently(Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thePortfolioScorerGivesBitIdenticalScoresAcrossRunsThreadsAndJdks() throws Exception {
    RatingMatrix matrix = matrix();
    PortfolioScorer scorer =
        PortfolioScorer.of(ScoringRules.allianceSalesScorecard(), FactorCatalogs.bestPractices());
    PortfolioScores first = scorer.score(matrix);
    for (PortfolioScores other : concurrently(() -> scorer.score(matrix))) {
      assertArrayEquals(first.overallScores(), other.overallScores());
      for (FactorCategory area : FactorCategory.values()) {
        assertArrayEquals(first.areaScores(area), other.areaScores(area), area::toString);
      }
      assertEquals(first.problems(), other.problems());
      assertEquals(first, other);
    }
    assertEquals(first, scorer.score(matrix()), "a matrix built again scores the same");
    // Pinned on JDK 17; a run on JDK 25 must give the same bits.
    assertEquals(OVERALL_BITS, bits(first.overallScores()));
    assertEquals(COMMERCIAL_BITS, bits(first.areaScores(FactorCategory.COMMERCIAL)));
  }

  private static final long OVERALL_BITS = 9163872809685639314L;
  private static final long COMMERCIAL_BITS = -4097661899277111798L;
}
