package org.alliancekit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.attribution.game.ShapleyValues;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

/**
 * The same inputs give bit-identical Shapley values across runs, threads and JDKs; seeded
 * estimators reproduce their estimates, pinned by a checksum of the doubles' bits.
 */
class DeterminismTest {
  private static final int THREADS = 4;

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

  private static CharacteristicFunction game() {
    List<PartnerId> players = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      players.add(PartnerId.of("p" + i));
    }
    // A game that is not additive, so the estimate depends on the orders drawn.
    return CharacteristicFunction.of(
        players,
        coalition -> {
          double sum = 0;
          for (PartnerId player : coalition) {
            sum += player.value().length() * 1.5;
          }
          return sum * sum / (1 + coalition.size());
        });
  }

  @Test
  void sampledShapleyReproducesItsEstimateForTheSameSeed() throws Exception {
    CharacteristicFunction game = game();
    ShapleyValues first = Shapley.sampled(500, 42).values(game);
    for (ShapleyValues other : concurrently(() -> Shapley.sampled(500, 42).values(game))) {
      assertEquals(first, other);
    }
    double[] estimates =
        first.values().values().stream().mapToDouble(Double::doubleValue).toArray();
    assertEquals(SHAPLEY_BITS, bits(estimates), () -> Arrays.toString(estimates));
    assertNotEquals(first, Shapley.sampled(500, 43).values(game), "another seed, another draw");
  }

  @Test
  void exactShapleyIsTheSameInEveryThread() throws Exception {
    CharacteristicFunction game = game();
    ShapleyValues first = Shapley.exact().values(game);
    for (ShapleyValues other : concurrently(() -> Shapley.exact().values(game))) {
      assertEquals(first, other);
    }
  }

  private static final long SHAPLEY_BITS = 1476765970389564294L;
}
