package org.alliancekit.benchmarks.portfolio;

import java.util.Arrays;
import javax.money.CurrencyUnit;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.portfolio.PortfolioScorer;
import org.alliancekit.scoring.portfolio.PortfolioScores;
import org.alliancekit.scoring.portfolio.RatingMatrix;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.SalesPotential;
import org.javamoney.moneta.Money;

/**
 * The portfolio workload through the columnar batch path: a {@link RatingMatrix} scored in one pass
 * by a {@link PortfolioScorer}, then the uplift of every row and the top rows in primitive arrays.
 * The matrix holds either the raw byte ratings with the sentinel for unknown ({@link
 * Storage#BYTES}, one byte per rating, the library normalising them with the scale's own {@code
 * normalize}) or the ratings normalised to doubles ({@link Storage#DOUBLES}, eight bytes per
 * rating); either way the scores are bit-for-bit the object path's.
 *
 * <p><b>Uplift and ranking.</b> The library ranks potentials as objects ({@link
 * org.alliancekit.scoring.potential.PotentialTriage}), with an exact decimal uplift per row. Here a
 * double estimate {@code revenue x (attainable - current) / current} in minor units is computed for
 * every row, with the attainable score from the library's {@link ImprovementModel}; a bounded heap
 * keeps the best {@link PortfolioWorkload#TOP}. The estimate is within a small fraction of a minor
 * unit of the exact quotient, and the exact uplift is that quotient rounded to a whole minor unit,
 * so the two differ by less than one minor unit. Every row whose estimate is within {@link
 * #CANDIDATE_MARGIN} minor units (plus a relative billionth) of the heap's worst is then priced
 * exactly with {@link SalesPotential}, and the candidates are ranked by exact uplift and id: the
 * result is the object path's top list, uplifts included, while only about a hundred rows touch
 * {@code BigDecimal}. The candidates are collected in the same pass as the estimates (each row that
 * passes the heap's threshold of the moment), so the rows are read once.
 *
 * <p>Per run the allocation is the scorer's output (six arrays of doubles and one of bytes), one
 * array of uplift estimates, the candidates' row numbers, and a few objects per candidate row. Safe
 * to {@link #run()} from several threads.
 */
public final class ColumnarPortfolio {
  /**
   * How far below the heap's worst estimate (in minor units) a row's estimate may lie and the row
   * still be priced exactly. Each estimate lies within {@code d} of its row's exact uplift, {@code
   * d} just over half a minor unit (the rounding plus the estimate's tiny error). The hundred rows
   * in the heap have exact uplifts of at least {@code worst - d}, so any row in the exact top list
   * has an exact uplift of at least that and an estimate of at least {@code worst - 2d}: two minor
   * units (plus a relative billionth for very large amounts) leave room to spare.
   */
  public static final double CANDIDATE_MARGIN = 2.0;

  /** How the matrix stores the ratings. */
  public enum Storage {
    /** The raw ratings, one byte each ({@link RatingMatrix#ofBytes}). */
    BYTES,
    /** The normalised ratings, one double each. */
    DOUBLES
  }

  private final RatingMatrix matrix;
  private final PortfolioScorer scorer;
  private final long[] revenueMinor;
  private final CurrencyUnit currency;
  private final ImprovementModel model;

  /** Builds the byte matrix of the portfolio's ratings. */
  public ColumnarPortfolio(PortfolioData data) {
    this(data, Storage.BYTES);
  }

  /** Builds the matrix of the portfolio's ratings with the given storage. */
  public ColumnarPortfolio(PortfolioData data, Storage storage) {
    this.matrix =
        storage == Storage.BYTES
            ? RatingMatrix.ofBytes(
                data.catalog(), data.relationships(), data.ratings(), RatingScale.zeroToTen())
            : RatingMatrix.of(data.catalog(), data.relationships(), normalised(data));
    this.scorer =
        PortfolioScorer.of(
            ScoringRules.weightedAverage(data.scoringWeights(), MissingRatingPolicy.IGNORE),
            data.catalog());
    this.revenueMinor = data.revenueMinor();
    this.currency = data.currency();
    this.model = PortfolioWorkload.MODEL;
  }

  /**
   * The ratings normalised by the 0..10 scale as the object path normalises them, NaN for unknown.
   */
  static double[] normalised(PortfolioData data) {
    RatingScale scale = RatingScale.zeroToTen();
    double[] byRating = new double[PortfolioData.MAX_RATING + 1];
    for (int rating = 0; rating <= PortfolioData.MAX_RATING; rating++) {
      byRating[rating] = scale.normalize(rating);
    }
    byte[] ratings = data.ratings();
    double[] values = new double[ratings.length];
    for (int i = 0; i < ratings.length; i++) {
      int rating = ratings[i];
      values[i] = rating == PortfolioData.UNKNOWN ? Double.NaN : byRating[rating];
    }
    return values;
  }

  /** The matrix scored. */
  public RatingMatrix matrix() {
    return matrix;
  }

  /** Scores the matrix, estimates every uplift and ranks the top rows exactly, on one thread. */
  public Result run() {
    return run(1);
  }

  /**
   * Scores the matrix on {@code threads} threads ({@link PortfolioScorer#score(RatingMatrix,
   * int)}), then estimates every uplift and ranks the top rows exactly on the calling thread.
   */
  public Result run(int threads) {
    PortfolioScores scores = scorer.score(matrix, threads);
    int rows = scores.size();
    double[] uplift = new double[rows];
    TopK top = new TopK(PortfolioWorkload.TOP);
    // Rows that could still be in the exact top list when they are met: their estimate is at least
    // the threshold of the heap at that moment. The threshold only rises, so every row that passes
    // the final threshold was collected on the way, and no second pass over all rows is needed.
    int[] candidates = new int[PortfolioWorkload.TOP * 4];
    int count = 0;
    double threshold = Double.NEGATIVE_INFINITY;
    for (int row = 0; row < rows; row++) {
      double estimate = Double.NaN;
      if (scores.isValid(row)) {
        double current = scores.overall(row);
        if (current > 0.0) {
          double attainable = model.attainable(current);
          estimate = revenueMinor[row] * (attainable - current) / current;
          if (estimate >= threshold) {
            top.offer(row, estimate);
            if (count == candidates.length) {
              candidates = Arrays.copyOf(candidates, count * 2);
            }
            candidates[count++] = row;
            if (top.isFull()) {
              threshold = threshold(top);
            }
          }
        }
      }
      uplift[row] = estimate;
    }
    return new Result(scores, uplift, exactTop(scores, uplift, top, candidates, count));
  }

  /** The lowest estimate a row may have and still be in the exact top list, as the class says. */
  private static double threshold(TopK top) {
    return top.worstKey() - CANDIDATE_MARGIN - Math.abs(top.worstKey()) * 1e-9;
  }

  /**
   * Prices the collected candidates whose estimates pass the heap's final threshold exactly and
   * ranks them.
   */
  private TopUplifts exactTop(
      PortfolioScores scores, double[] uplift, TopK top, int[] collected, int collectedCount) {
    double threshold = top.isFull() ? threshold(top) : Double.NEGATIVE_INFINITY;
    int[] candidates = new int[collectedCount];
    int count = 0;
    for (int i = 0; i < collectedCount; i++) {
      int row = collected[i];
      if (uplift[row] >= threshold) {
        candidates[count++] = row;
      }
    }
    long[] exact = new long[count];
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      int row = candidates[i];
      double current = scores.overall(row);
      SalesPotential potential =
          SalesPotential.of(
              Money.ofMinor(currency, revenueMinor[row]), current, model.attainable(current));
      exact[i] = ObjectApiPortfolio.minorUnits(potential.uplift().orElseThrow());
      order[i] = i;
    }
    final int[] rowsOf = candidates;
    Arrays.sort(
        order,
        (a, b) -> {
          int byUplift = Long.compare(exact[b], exact[a]);
          return byUplift != 0
              ? byUplift
              : scores.relationship(rowsOf[a]).compareTo(scores.relationship(rowsOf[b]));
        });
    int size = Math.min(PortfolioWorkload.TOP, count);
    int[] rows = new int[size];
    long[] upliftMinor = new long[size];
    for (int i = 0; i < size; i++) {
      rows[i] = candidates[order[i]];
      upliftMinor[i] = exact[order[i]];
    }
    return new TopUplifts(rows, upliftMinor);
  }

  /**
   * The columnar path's result.
   *
   * @param scores the scorer's output
   * @param upliftEstimate each row's uplift estimate in minor units, NaN where undefined
   * @param top the top rows by exact uplift
   */
  public record Result(PortfolioScores scores, double[] upliftEstimate, TopUplifts top)
      implements Outcome {
    @Override
    public int rows() {
      return scores.size();
    }

    @Override
    public double overall(int row) {
      return scores.isValid(row) ? scores.overall(row) : Double.NaN;
    }

    @Override
    public double area(int row, int area) {
      FactorCategory category = FactorCategory.values()[area];
      return scores.isScored(row, category) ? scores.area(row, category) : Double.NaN;
    }
  }
}
