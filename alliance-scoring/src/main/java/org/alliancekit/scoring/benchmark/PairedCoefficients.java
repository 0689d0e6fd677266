package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.math.PairedStatsAccumulator;
import java.util.Optional;

/**
 * Pearson's and Spearman's coefficients of paired values, or the defect that leaves them undefined:
 * the one computation behind {@link Correlation} and {@link ScoreRevenueEvidence}.
 *
 * <p>Both coefficients come from Guava's {@link PairedStatsAccumulator}; Spearman's is Pearson's
 * coefficient of the ranks, where tied values share the mean of the ranks they span ({@link
 * Ranks#averageRanks(double[])}). The coefficients are undefined, in this order of checks, for
 * fewer than {@value #MIN_PAIRS} pairs, for x values that are all equal, and for y values that are
 * all equal.
 */
final class PairedCoefficients {
  /** The fewest pairs the coefficients are computed from. */
  static final int MIN_PAIRS = 3;

  /** Why the coefficients are undefined. */
  enum Defect {
    /** Fewer than {@value PairedCoefficients#MIN_PAIRS} pairs. */
    TOO_FEW_PAIRS,
    /** Every x value is the same. */
    SAME_X,
    /** Every y value is the same. */
    SAME_Y
  }

  private final Optional<Defect> defect;
  private final double pearson;
  private final double spearman;

  private PairedCoefficients(Optional<Defect> defect, double pearson, double spearman) {
    this.defect = defect;
    this.pearson = pearson;
    this.spearman = spearman;
  }

  /** Computes the coefficients of the pairs {@code (x[i], y[i])}. */
  static PairedCoefficients of(double[] x, double[] y) {
    checkArgument(
        x.length == y.length, "%s x values but %s y values; pairs need both", x.length, y.length);
    if (x.length < MIN_PAIRS) {
      return undefined(Defect.TOO_FEW_PAIRS);
    }
    PairedStatsAccumulator values = accumulate(x, y);
    if (!(values.xStats().populationVariance() > 0)) {
      return undefined(Defect.SAME_X);
    }
    if (!(values.yStats().populationVariance() > 0)) {
      return undefined(Defect.SAME_Y);
    }
    PairedStatsAccumulator ranks = accumulate(Ranks.averageRanks(x), Ranks.averageRanks(y));
    return new PairedCoefficients(
        Optional.empty(),
        values.pearsonsCorrelationCoefficient(),
        ranks.pearsonsCorrelationCoefficient());
  }

  private static PairedCoefficients undefined(Defect defect) {
    return new PairedCoefficients(Optional.of(defect), Double.NaN, Double.NaN);
  }

  private static PairedStatsAccumulator accumulate(double[] x, double[] y) {
    PairedStatsAccumulator pairs = new PairedStatsAccumulator();
    for (int i = 0; i < x.length; i++) {
      pairs.add(x[i], y[i]);
    }
    return pairs;
  }

  /** Why the coefficients are undefined; empty when they are defined. */
  Optional<Defect> defect() {
    return defect;
  }

  /** Pearson's coefficient, from -1 to 1; only when defined. */
  double pearson() {
    checkState(defect.isEmpty(), "pearson coefficient is undefined: %s", defect);
    return pearson;
  }

  /** Spearman's rank coefficient, from -1 to 1; only when defined. */
  double spearman() {
    checkState(defect.isEmpty(), "spearman coefficient is undefined: %s", defect);
    return spearman;
  }

  /** Checks that a correlation coefficient lies between -1 and 1, naming it. */
  static void checkCoefficient(String name, double value) {
    checkArgument(
        value >= -1 && value <= 1, "%s coefficient %s must be between -1 and 1", name, value);
  }
}
