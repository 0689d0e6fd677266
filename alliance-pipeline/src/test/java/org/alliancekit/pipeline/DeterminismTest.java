package org.alliancekit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.pipeline.forecast.Forecast;
import org.alliancekit.pipeline.forecast.ForecastColumns;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.alliancekit.pipeline.forecast.PeriodScheme;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The forecasts are the same, to the last digit, across runs, across threads that share the inputs,
 * and between the object path and the columnar path; a pinned total checks that another JDK
 * computes the same.
 */
class DeterminismTest {
  private static final int THREADS = 4;
  private static final String[] CURRENCIES = {"EUR", "USD", "JPY", "GBP"};

  /** Pseudo-random opportunities over two years, in four currencies, at every co-sell stage. */
  private static List<Opportunity> opportunities(int count) {
    SplittableRandom random = new SplittableRandom(7L);
    List<Stage> stages = StageModels.coSell().stages();
    List<Opportunity> opportunities = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
      LocalDate created = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
      opportunities.add(
          Opportunity.builder()
              .id(OpportunityId.of("o" + i))
              .account(Account.of(AccountId.of("a" + i % 97), "Account " + i % 97))
              .name("Deal " + i)
              .amount(Money.of(random.nextLong(1, 10_000_000), currency))
              .stage(stages.get(random.nextInt(stages.size())))
              .created(created)
              .expectedClose(created.plusDays(random.nextInt(400)))
              .owner(PartnerId.of("hq"))
              .origin(Origin.DIRECT)
              .build());
    }
    return opportunities;
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
  void forecastsAreTheSameAcrossRunsThreadsAndPaths() throws Exception {
    List<Opportunity> opportunities = opportunities(20_000);
    PeriodScheme quarters = PeriodScheme.calendarQuarters();
    Forecaster forecaster = Forecaster.standard();
    ImmutableSortedMap<ForecastPeriod, Forecast> objects =
        forecaster.byPeriod(opportunities, quarters);
    ForecastColumns columns = ForecastColumns.from(opportunities, quarters);
    assertEquals(objects, forecaster.byPeriod(columns), "the columnar path differs");
    for (ImmutableSortedMap<ForecastPeriod, Forecast> other :
        concurrently(() -> forecaster.byPeriod(columns))) {
      assertEquals(objects, other);
    }
    for (ImmutableSortedMap<ForecastPeriod, Forecast> other :
        concurrently(() -> forecaster.byPeriod(opportunities, quarters))) {
      assertEquals(objects, other);
    }
    assertEquals(objects, forecaster.byPeriod(opportunities(20_000), quarters));
    // Pinned on JDK 17: the weighted total in euros, to the cent.
    assertEquals(
        WEIGHTED_EUR,
        forecaster
            .total(columns)
            .figures(Money.of(0, "EUR").getCurrency())
            .orElseThrow()
            .weighted()
            .toString());
  }

  private static final String WEIGHTED_EUR = "EUR 11418922331.4";
}
