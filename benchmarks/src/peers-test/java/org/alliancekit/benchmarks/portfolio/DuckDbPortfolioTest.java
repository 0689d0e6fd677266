package org.alliancekit.benchmarks.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuckDbPortfolioTest {
  @ParameterizedTest
  @CsvSource({"52, 1", "25, 2"})
  void duckDbAgreesWithTheColumnarPath(int factors, int threads) throws SQLException {
    PortfolioData data = PortfolioData.generate(3_000, factors, PortfolioData.SEED);
    try (DuckDbPortfolio duckDb = new DuckDbPortfolio(data, threads)) {
      Outcome outcome = duckDb.outcome();
      CrossCheck.close("DuckDB", outcome, "columnar", new ColumnarPortfolio(data).run());
      assertEquals(PortfolioWorkload.TOP, outcome.top().size());
    }
  }
}
