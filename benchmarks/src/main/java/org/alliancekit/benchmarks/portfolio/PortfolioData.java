package org.alliancekit.benchmarks.portfolio;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.Weights;

/**
 * A synthetic portfolio, generated from a fixed seed: for each of {@code rows} relationships a
 * rating of every factor of a standard catalog and a yearly revenue, plus one weight per factor.
 *
 * <p><b>Distribution.</b> Each relationship has a hidden quality drawn uniformly from [0.15, 0.95];
 * each factor is unknown with probability 5%, and otherwise rated {@code round(10 x quality)} plus
 * a uniform integer from -3 to 3, clamped to the scale 0..10. A row whose ratings would all be
 * unknown gets its first factor rated (this never happens at 5% unknown, but keeps every row
 * scorable by construction). Revenues are log-uniform between 1,000.00 and 10,000,000.00 EUR, held
 * as long minor units (cents). Factor weights are drawn from 0.5, 0.6, ..., 3.0.
 *
 * <p><b>Storage.</b> The ratings are one row-major {@code byte} array, {@code rows x width}, in the
 * catalog's column order, with {@link #UNKNOWN} standing for a factor without a known rating. The
 * same seed always gives the same data on any JVM (the generator uses only {@link SplittableRandom}
 * and {@link StrictMath}).
 *
 * <p>The arrays are shared, not copied: callers must not change them. Not thread-safe to build;
 * safe to read from many threads once built.
 */
public final class PortfolioData {
  /** The rating byte that stands for a factor without a known rating. */
  public static final byte UNKNOWN = -1;

  /** The seed of the benchmark data sets. */
  public static final long SEED = 0x5EED_A11CL;

  /** The highest rating of the 0..10 scale. */
  public static final int MAX_RATING = 10;

  /** The most rows a portfolio may have, so that zero-padded ids sort in row order. */
  public static final int MAX_ROWS = 10_000_000;

  private static final double UNKNOWN_SHARE = 0.05;
  private static final double LOW_REVENUE = 100_000; // 1,000.00 in cents
  private static final double HIGH_REVENUE = 1_000_000_000; // 10,000,000.00 in cents

  private final FactorCatalog catalog;
  private final int rows;
  private final byte[] ratings;
  private final long[] revenueMinor;
  private final double[] weights;
  private final CurrencyUnit currency;
  private ImmutableList<RelationshipId> relationships;

  private PortfolioData(
      FactorCatalog catalog, int rows, byte[] ratings, long[] revenueMinor, double[] weights) {
    this.catalog = catalog;
    this.rows = rows;
    this.ratings = ratings;
    this.revenueMinor = revenueMinor;
    this.weights = weights;
    this.currency = Monetary.getCurrency("EUR");
  }

  /**
   * Generates a portfolio.
   *
   * @param rows the number of relationships, at least 1
   * @param factors 52 for the best-practice catalog, 25 for the Alliance Sales Balanced Scorecard
   * @param seed the seed; {@link #SEED} for the benchmark data
   * @throws IllegalArgumentException if {@code rows} is not from 1 to {@link #MAX_ROWS}, the matrix
   *     would not fit one array, or {@code factors} is neither 52 nor 25
   */
  public static PortfolioData generate(int rows, int factors, long seed) {
    FactorCatalog catalog = catalog(factors);
    checkArgument(rows >= 1 && rows <= MAX_ROWS, "rows %s must be from 1 to %s", rows, MAX_ROWS);
    long cells = (long) rows * factors;
    checkArgument(
        cells <= Integer.MAX_VALUE - 8,
        "%s rows of %s factors do not fit one array",
        rows,
        factors);
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = new double[factors];
    for (int column = 0; column < factors; column++) {
      weights[column] = (5 + random.nextInt(26)) / 10.0;
    }
    byte[] ratings = new byte[(int) cells];
    long[] revenue = new long[rows];
    double logLow = StrictMath.log(LOW_REVENUE);
    double logSpan = StrictMath.log(HIGH_REVENUE) - logLow;
    int unknownPercentTimesTen = (int) Math.round(UNKNOWN_SHARE * 1000);
    for (int row = 0, offset = 0; row < rows; row++, offset += factors) {
      double quality = 0.15 + 0.8 * random.nextDouble();
      int centre = (int) Math.round(quality * MAX_RATING);
      boolean anyKnown = false;
      for (int column = 0; column < factors; column++) {
        if (random.nextInt(1000) < unknownPercentTimesTen) {
          ratings[offset + column] = UNKNOWN;
        } else {
          int rating = centre + random.nextInt(7) - 3;
          ratings[offset + column] = (byte) Math.max(0, Math.min(MAX_RATING, rating));
          anyKnown = true;
        }
      }
      if (!anyKnown) {
        ratings[offset] = (byte) centre;
      }
      revenue[row] = (long) StrictMath.exp(logLow + logSpan * random.nextDouble());
    }
    return new PortfolioData(catalog, rows, ratings, revenue, weights);
  }

  /**
   * Returns the standard catalog of the given size.
   *
   * @throws IllegalArgumentException if {@code factors} is neither 52 nor 25
   */
  public static FactorCatalog catalog(int factors) {
    if (factors == FactorCatalogs.bestPractices().size()) {
      return FactorCatalogs.bestPractices();
    }
    if (factors == FactorCatalogs.allianceSalesScorecard().size()) {
      return FactorCatalogs.allianceSalesScorecard();
    }
    throw new IllegalArgumentException(
        "factors " + factors + " must be 52 (best practices) or 25 (sales scorecard)");
  }

  /** The catalog whose factors are the columns. */
  public FactorCatalog catalog() {
    return catalog;
  }

  /** The number of relationships. */
  public int rows() {
    return rows;
  }

  /** The number of factors per relationship. */
  public int width() {
    return catalog.size();
  }

  /** The ratings, row-major, {@link #UNKNOWN} for unknown; shared, do not change. */
  public byte[] ratings() {
    return ratings;
  }

  /** The rating of one cell, or {@link #UNKNOWN}. */
  public int rating(int row, int column) {
    return ratings[row * width() + column];
  }

  /** Each relationship's revenue in minor units of {@link #currency()}; shared, do not change. */
  public long[] revenueMinor() {
    return revenueMinor;
  }

  /** The revenue of one relationship as a decimal amount of {@link #currency()}. */
  public BigDecimal revenue(int row) {
    return BigDecimal.valueOf(revenueMinor[row], currency.getDefaultFractionDigits());
  }

  /** The currency of the revenues. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The weight of each factor, in column order; shared, do not change. */
  public double[] weights() {
    return weights;
  }

  /** The factor weights as the scoring rules take them. */
  public Weights scoringWeights() {
    Weights.Builder builder = Weights.builder();
    for (int column = 0; column < width(); column++) {
      builder.putFactorWeight(catalog.codes().get(column), weights[column]);
    }
    return builder.build();
  }

  /**
   * The id of each relationship, {@code r0000000}, {@code r0000001}, ...: zero-padded to seven
   * digits so that id order is row order (portfolios are capped at ten million rows). Made on first
   * use.
   */
  public synchronized ImmutableList<RelationshipId> relationships() {
    if (relationships == null) {
      ImmutableList.Builder<RelationshipId> ids = ImmutableList.builderWithExpectedSize(rows);
      for (int row = 0; row < rows; row++) {
        ids.add(RelationshipId.of(id(row)));
      }
      relationships = ids.build();
    }
    return relationships;
  }

  /** The id text of the relationship in the given row. */
  public static String id(int row) {
    String digits = Integer.toString(row);
    return "r" + "0000000".substring(Math.min(7, digits.length())) + digits;
  }

  /** Returns a summary such as {@code PortfolioData{rows=10000, catalog=BEST_PRACTICES}}. */
  @Override
  public String toString() {
    return "PortfolioData{rows=" + rows + ", catalog=" + catalog.name() + "}";
  }
}
