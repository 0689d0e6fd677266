package org.alliancekit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.io.json.AllianceJson;
import org.junit.jupiter.api.Test;

/**
 * Reading and writing give the same result in every run and in threads that share the reader and
 * the mapper.
 */
class DeterminismTest {
  private static final int THREADS = 4;

  private static final Map<String, String> FILES =
      Map.of(
          "partners.csv",
          "partner_id,name,kinds,country,employees,annual_revenue,currency\n"
              + "hq,Host Ltd,SYSTEMS_INTEGRATOR,GB,5000,,GBP\n"
              + "acme,Acme,ISV,DE,120,2500000.50,EUR\n"
              + "acme,Again,ISV,,,,\n"
              + "bad,Bad,WIZARD,,,,\n",
          "relationships.csv",
          "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
              + "alliance_revenue,currency\n"
              + "r-acme,hq,acme,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1000000,EUR\n"
              + "r-x,hq,nobody,SELL_TO,ASYMMETRIC,INFORMAL,2024-01-15,1,EUR\n",
          "assessments.csv",
          "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating\n"
              + "a1,r-acme,HOST,Dana Reyes (Alliance manager),2026-03-31,SALES_SCORECARD,0..10,Co1,7\n"
              + "a1,r-acme,HOST,Dana Reyes (Alliance manager),2026-03-31,SALES_SCORECARD,0..10,S25,11\n",
          "opportunities.csv",
          "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,"
              + "close_date,owner_id,origin\n"
              + "o1,n,Northwind,Claims,250000,GBP,Qualified,2026-01-10,2026-06-30,hq,PARTNER_SOURCED\n",
          "involvements.csv",
          "opportunity_id,partner_id,role,since_date\no1,acme,ORIGINATOR,\n",
          "rates.csv",
          "from,to,rate\nEUR,GBP,0.85\nUSD,GBP,0.79\n");

  private static PortfolioData read() {
    return PortfolioReader.standard()
        .read(
            name ->
                Optional.ofNullable(FILES.get(name)).map(text -> (Reader) new StringReader(text)));
  }

  private static <T> List<T> concurrently(Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS * 4; i++) {
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
  void aPortfolioReadsTheSameInEveryRunAndThread() throws Exception {
    PortfolioData first = read();
    for (PortfolioData other : concurrently(DeterminismTest::read)) {
      assertEquals(first, other);
      assertEquals(first.problems(), other.problems());
    }
  }

  @Test
  void jsonIsWrittenToTheSameTextInEveryRunAndThread() throws Exception {
    PortfolioData data = read();
    String first = AllianceJson.toJson(data);
    for (String other : concurrently(() -> AllianceJson.toJson(data))) {
      assertEquals(first, other);
    }
    for (PortfolioData other :
        concurrently(() -> AllianceJson.fromJson(first, PortfolioData.class))) {
      assertEquals(data, other);
    }
  }
}
