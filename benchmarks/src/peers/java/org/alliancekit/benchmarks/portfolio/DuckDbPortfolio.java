package org.alliancekit.benchmarks.portfolio;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.alliancekit.model.factor.FactorCatalog;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The database peer of the portfolio workload: the same computation as SQL in an in-memory DuckDB.
 *
 * <p>The ratings are loaded once into a table {@code ratings(r INTEGER, revenue BIGINT, c0 TINYINT,
 * ..., c51 TINYINT)}, unknown ratings as NULL, through DuckDB's appender. One run is two
 * statements: the first materialises every row's five area scores, overall score and uplift into a
 * temporary table (the database's equivalent of the other implementations' output arrays), the
 * second reads the top rows from it, largest uplift first and equal uplifts by row. The factor
 * weights are written into the SQL as double literals, and each area sums {@code weight x (rating /
 * 10)} over its known ratings in catalog order, like the other implementations; DuckDB rounds the
 * uplift half away from zero where the library rounds half-even, which {@link CrossCheck}'s
 * tolerance of one minor unit covers.
 *
 * <p>DuckDB runs the statements on {@code threads} of its own threads ({@code SET threads}). Not
 * thread-safe: one connection, used by one caller at a time. Close it when done.
 */
public final class DuckDbPortfolio implements AutoCloseable {
  private final Connection connection;
  private final int rows;
  private final String scoreSql;
  private final String topSql;

  /**
   * Opens an in-memory database, loads the portfolio and sets the number of threads.
   *
   * @throws SQLException if DuckDB fails
   */
  public DuckDbPortfolio(PortfolioData data, int threads) throws SQLException {
    this.rows = data.rows();
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
      statement.execute(createTable(data.width()));
    }
    load(data);
    this.scoreSql = scoreSql(data);
    this.topSql =
        "SELECT r, uplift FROM scores WHERE uplift IS NOT NULL ORDER BY uplift DESC, r ASC LIMIT "
            + PortfolioWorkload.TOP;
  }

  private static String createTable(int width) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ratings (r INTEGER, revenue BIGINT");
    for (int column = 0; column < width; column++) {
      sql.append(", c").append(column).append(" TINYINT");
    }
    return sql.append(')').toString();
  }

  private void load(PortfolioData data) throws SQLException {
    byte[] ratings = data.ratings();
    long[] revenue = data.revenueMinor();
    int width = data.width();
    DuckDBConnection duckDb = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender appender =
        duckDb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ratings")) {
      for (int row = 0, offset = 0; row < rows; row++, offset += width) {
        appender.beginRow();
        appender.append(row);
        appender.append(revenue[row]);
        for (int column = 0; column < width; column++) {
          byte rating = ratings[offset + column];
          if (rating == PortfolioData.UNKNOWN) {
            appender.appendNull();
          } else {
            appender.append(rating);
          }
        }
        appender.endRow();
      }
    }
  }

  /** The statement that scores every row into the temporary table {@code scores}. */
  static String scoreSql(PortfolioData data) {
    FactorCatalog catalog = data.catalog();
    double[] weights = data.weights();
    List<String> knownWeight = new ArrayList<>();
    List<String> weightedValue = new ArrayList<>();
    for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
      StringBuilder kw = new StringBuilder();
      StringBuilder kwv = new StringBuilder();
      for (int column = 0; column < catalog.size(); column++) {
        if (catalog.factors().get(column).category().ordinal() != area) {
          continue;
        }
        String weight = String.format(Locale.ROOT, "%se0", Double.toString(weights[column]));
        String c = "c" + column;
        kw.append(kw.length() == 0 ? "" : " + ")
            .append("(CASE WHEN ")
            .append(c)
            .append(" IS NULL THEN 0e0 ELSE ")
            .append(weight)
            .append(" END)");
        kwv.append(kwv.length() == 0 ? "" : " + ")
            .append("COALESCE(")
            .append(weight)
            .append(" * (CAST(")
            .append(c)
            .append(" AS DOUBLE) / 10e0), 0e0)");
      }
      knownWeight.add(kw.length() == 0 ? "0e0" : kw.toString());
      weightedValue.add(kwv.length() == 0 ? "0e0" : kwv.toString());
    }
    StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE scores AS\n");
    sql.append("WITH sums AS (SELECT r, revenue");
    for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
      sql.append(",\n  ").append(knownWeight.get(area)).append(" AS kw").append(area);
      sql.append(",\n  ").append(weightedValue.get(area)).append(" AS kwv").append(area);
    }
    sql.append("\nFROM ratings),\n");
    sql.append("overall AS (SELECT *, (kwv0 + kwv1 + kwv2 + kwv3 + kwv4)")
        .append(" / NULLIF(kw0 + kw1 + kw2 + kw3 + kw4, 0e0) AS overall FROM sums)\n");
    sql.append("SELECT r");
    for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
      sql.append(", kwv")
          .append(area)
          .append(" / NULLIF(kw")
          .append(area)
          .append(", 0e0) AS a")
          .append(area);
    }
    sql.append(", overall, CASE WHEN overall > 0 THEN CAST(round(revenue * (least(1e0, overall + ")
        .append(PortfolioWorkload.GAP_CLOSED)
        .append("e0 * (1e0 - overall)) - overall) / overall) AS BIGINT) END AS uplift\n")
        .append("FROM overall");
    return sql.toString();
  }

  /**
   * Scores every row into the temporary table and reads the top rows.
   *
   * @throws SQLException if DuckDB fails
   */
  public TopUplifts run() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(scoreSql);
      int[] topRows = new int[PortfolioWorkload.TOP];
      long[] uplift = new long[PortfolioWorkload.TOP];
      int size = 0;
      try (ResultSet top = statement.executeQuery(topSql)) {
        while (top.next()) {
          topRows[size] = top.getInt(1);
          uplift[size++] = top.getLong(2);
        }
      }
      return new TopUplifts(Arrays.copyOf(topRows, size), Arrays.copyOf(uplift, size));
    }
  }

  /**
   * Runs once and reads every row's scores back, for the cross-check (not timed).
   *
   * @throws SQLException if DuckDB fails
   */
  public Outcome outcome() throws SQLException {
    TopUplifts top = run();
    double[] overall = new double[rows];
    double[][] areas = new double[PortfolioWorkload.AREAS][rows];
    try (Statement statement = connection.createStatement();
        ResultSet all =
            statement.executeQuery(
                "SELECT r, a0, a1, a2, a3, a4, overall FROM scores ORDER BY r")) {
      while (all.next()) {
        int row = all.getInt(1);
        for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
          areas[area][row] = doubleOrNaN(all, 2 + area);
        }
        overall[row] = doubleOrNaN(all, 7);
      }
    }
    return new BaselinePortfolio.Result(overall, areas, new long[0], top);
  }

  private static double doubleOrNaN(ResultSet result, int column) throws SQLException {
    double value = result.getDouble(column);
    return result.wasNull() ? Double.NaN : value;
  }

  /** Closes the database. */
  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
