package org.alliancekit.benchmarks.portfolio;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.alliancekit.model.factor.FactorCatalog;

/**
 * The hand-written baseline of the portfolio workload: the strongest loop a careful programmer
 * writes by hand for this one job, with no library. Ratings are bytes with a sentinel for unknown,
 * revenues long minor units, and for each factor two lookup tables indexed by rating give the
 * rating's weighted points (weight times normalised value) and its possible points (the weight if
 * known, 0 if unknown), so the inner loop over a row's bytes has neither a branch nor a
 * multiplication. Each area's score is its points over its possible points, and the overall score
 * the possible-points-weighted mean of the scored areas, summed in area order: the same double
 * additions in the same order as the library's kernel, so every score is bit-for-bit the library's.
 * A primitive bounded heap keeps the top rows. Rows are split into contiguous blocks, one per
 * thread of a pool started once, each with its own heap; the heaps are merged at the end.
 *
 * <p>The uplift is the double {@code revenue x (attainable - current) / current} rounded to a whole
 * minor unit, where the library rounds the exact decimal quotient half-even: the two can differ by
 * one minor unit. {@link CrossCheck} allows for that, and only that.
 *
 * <p>Needs the catalog's columns grouped by area, as both standard catalogs are. Safe to {@link
 * #run} from several threads.
 */
public final class BaselinePortfolio {
  /** Table slots per factor: the ratings 0..10 shifted by one, the sentinel at slot 0. */
  private static final int SLOTS = 16;

  private final int rows;
  private final int width;
  private final byte[] ratings;
  private final long[] revenueMinor;
  private final int[] areaStart;
  private final double[] points;
  private final double[] possible;
  private final boolean libraryOrder;

  /**
   * Prepares the lookup tables of the portfolio.
   *
   * @throws IllegalArgumentException if the catalog's columns are not grouped by area
   */
  public BaselinePortfolio(PortfolioData data) {
    this(data, true);
  }

  /**
   * The earlier hand-written loop, kept as a second reference: the same lookup tables, but the
   * overall score is the ratio of the sums over all areas at once ({@code sum(points) /
   * sum(possible points)}) rather than the library's weighted mean of area scores. Equal in exact
   * arithmetic, it is rounded differently in the last bits, so it is only close to the library's
   * ({@link CrossCheck#close}); its area scores are bit-for-bit the library's.
   *
   * @throws IllegalArgumentException if the catalog's columns are not grouped by area
   */
  public static BaselinePortfolio simple(PortfolioData data) {
    return new BaselinePortfolio(data, false);
  }

  private BaselinePortfolio(PortfolioData data, boolean libraryOrder) {
    this.libraryOrder = libraryOrder;
    this.rows = data.rows();
    this.width = data.width();
    this.ratings = data.ratings();
    this.revenueMinor = data.revenueMinor();
    this.areaStart = areaStarts(data.catalog());
    this.points = new double[width * SLOTS];
    this.possible = new double[width * SLOTS];
    double[] weights = data.weights();
    for (int column = 0; column < width; column++) {
      for (int rating = 0; rating <= PortfolioData.MAX_RATING; rating++) {
        int slot = column * SLOTS + rating + 1;
        // the normalised value as the 0..10 scale computes it: (rating - 0) / (10 - 0)
        points[slot] = weights[column] * (rating / (double) PortfolioData.MAX_RATING);
        possible[slot] = weights[column];
      }
    }
  }

  private static int[] areaStarts(FactorCatalog catalog) {
    int[] start = new int[PortfolioWorkload.AREAS + 1];
    int column = 0;
    for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
      start[area] = column;
      while (column < catalog.size()
          && catalog.factors().get(column).category().ordinal() == area) {
        column++;
      }
    }
    start[PortfolioWorkload.AREAS] = column;
    checkArgument(
        column == catalog.size(),
        "the columns of catalog %s are not grouped by area",
        catalog.name());
    return start;
  }

  /**
   * Runs the workload on {@code threads} threads of {@code pool}; one thread runs in the caller
   * without the pool.
   *
   * @param pool the executor for more than one thread, may be null for one
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public Result run(int threads, ExecutorService pool) {
    checkArgument(threads >= 1, "threads %s must be at least 1", threads);
    double[] overall = new double[rows];
    double[][] areas = new double[PortfolioWorkload.AREAS][rows];
    long[] uplift = new long[rows];
    TopK top;
    if (threads == 1) {
      top = block(0, rows, overall, areas, uplift);
    } else {
      List<Future<TopK>> parts = new ArrayList<>(threads);
      for (int t = 0; t < threads; t++) {
        int from = (int) ((long) rows * t / threads);
        int to = (int) ((long) rows * (t + 1) / threads);
        parts.add(pool.submit(() -> block(from, to, overall, areas, uplift)));
      }
      top = new TopK(PortfolioWorkload.TOP);
      for (Future<TopK> part : parts) {
        top.merge(join(part));
      }
    }
    int[] topRows = top.sortedRows();
    long[] topUplift = new long[topRows.length];
    for (int i = 0; i < topRows.length; i++) {
      topUplift[i] = uplift[topRows[i]];
    }
    return new Result(overall, areas, uplift, new TopUplifts(topRows, topUplift));
  }

  private static TopK join(Future<TopK> part) {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scoring", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a scoring thread failed", e.getCause());
    }
  }

  /** Scores rows {@code from} (inclusive) to {@code to} (exclusive). */
  private TopK block(int from, int to, double[] overall, double[][] areas, long[] uplift) {
    return libraryOrder
        ? libraryOrderBlock(from, to, overall, areas, uplift)
        : simpleBlock(from, to, overall, areas, uplift);
  }

  /** Scores rows with the library's sums in the library's order. */
  private TopK libraryOrderBlock(
      int from, int to, double[] overall, double[][] areas, long[] uplift) {
    TopK top = new TopK(PortfolioWorkload.TOP);
    byte[] ratings = this.ratings;
    double[] points = this.points;
    double[] possible = this.possible;
    int[] areaStart = this.areaStart;
    for (int row = from, offset = from * width; row < to; row++, offset += width) {
      double total = 0.0;
      double totalWeight = 0.0;
      for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
        double weight = 0.0;
        double value = 0.0;
        for (int column = areaStart[area]; column < areaStart[area + 1]; column++) {
          int slot = column * SLOTS + ratings[offset + column] + 1;
          weight += possible[slot];
          value += points[slot];
        }
        // an area without possible points is not scored and adds +0.0 to both sums
        boolean scored = weight > 0.0;
        double score = value / weight;
        areas[area][row] = scored ? score : Double.NaN;
        total += scored ? weight * score : 0.0;
        totalWeight += weight;
      }
      double current = totalWeight > 0.0 ? total / totalWeight : Double.NaN;
      offer(row, current, overall, uplift, top);
    }
    return top;
  }

  /** Scores rows the earlier way: the overall score is the ratio of the sums over all areas. */
  private TopK simpleBlock(int from, int to, double[] overall, double[][] areas, long[] uplift) {
    TopK top = new TopK(PortfolioWorkload.TOP);
    byte[] ratings = this.ratings;
    double[] points = this.points;
    double[] possible = this.possible;
    int[] areaStart = this.areaStart;
    for (int row = from, offset = from * width; row < to; row++, offset += width) {
      double totalWeight = 0.0;
      double totalValue = 0.0;
      for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
        double weight = 0.0;
        double value = 0.0;
        for (int column = areaStart[area]; column < areaStart[area + 1]; column++) {
          int slot = column * SLOTS + ratings[offset + column] + 1;
          weight += possible[slot];
          value += points[slot];
        }
        areas[area][row] = weight > 0.0 ? value / weight : Double.NaN;
        totalWeight += weight;
        totalValue += value;
      }
      double current = totalWeight > 0.0 ? totalValue / totalWeight : Double.NaN;
      offer(row, current, overall, uplift, top);
    }
    return top;
  }

  /** Records a row's overall score and uplift, and offers the uplift to the top rows. */
  private void offer(int row, double current, double[] overall, long[] uplift, TopK top) {
    overall[row] = current;
    if (current > 0.0) {
      double attainable = Math.min(1.0, current + PortfolioWorkload.GAP_CLOSED * (1.0 - current));
      long gain = Math.round(revenueMinor[row] * (attainable - current) / current);
      uplift[row] = gain;
      top.offer(row, gain);
    } else {
      uplift[row] = Long.MIN_VALUE;
    }
  }

  /**
   * The baseline's result.
   *
   * @param overall each row's overall score, NaN when not scored
   * @param areas each area's scores, {@code areas[area][row]}, NaN when not scored
   * @param upliftMinor each row's uplift in minor units, {@link Long#MIN_VALUE} where undefined
   * @param top the top rows by uplift
   */
  public record Result(double[] overall, double[][] areas, long[] upliftMinor, TopUplifts top)
      implements Outcome {
    @Override
    public int rows() {
      return overall.length;
    }

    @Override
    public double overall(int row) {
      return overall[row];
    }

    @Override
    public double area(int row, int area) {
      return areas[area][row];
    }
  }
}
