package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * How closely the overall best-practice score of a portfolio's relationships goes with their
 * alliance revenue: Pearson's coefficient (a straight-line relation) and Spearman's (any relation
 * that keeps order), each from -1 to 1. A positive value supports "better relationship, better
 * sales". Computed by {@link PortfolioBenchmark#revenueCorrelation(java.util.Map)}.
 *
 * <p>Spearman's coefficient is Pearson's coefficient of the ranks, where tied values share the mean
 * of the ranks they span. Both come from Guava's {@link
 * com.google.common.math.PairedStatsAccumulator}.
 *
 * <p>When the coefficients cannot be computed (fewer than three pairs, or all scores or all
 * revenues equal) the correlation is {@linkplain #isDefined() undefined}: both coefficients are
 * empty and {@link #reason()} says why. Neither coefficient is ever NaN.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pairs how many relationships had both a score and a revenue
 * @param pearson Pearson's coefficient, from -1 to 1; empty when undefined
 * @param spearman Spearman's rank coefficient, from -1 to 1; empty when undefined
 * @param reason why the coefficients are undefined; empty when they are defined
 * @param withoutRevenue the portfolio's relationships that had no revenue and were left out, in
 *     portfolio order
 */
@API(status = STABLE, since = "0.1")
public record Correlation(
    int pairs,
    OptionalDouble pearson,
    OptionalDouble spearman,
    Optional<String> reason,
    ImmutableList<RelationshipId> withoutRevenue) {

  /** The fewest pairs a correlation is computed from. */
  public static final int MIN_PAIRS = PairedCoefficients.MIN_PAIRS;

  /** Validates that either both coefficients or a reason are present. */
  public Correlation {
    checkNotNull(pearson, "pearson");
    checkNotNull(spearman, "spearman");
    checkNotNull(reason, "reason");
    checkNotNull(withoutRevenue, "withoutRevenue");
    checkArgument(pairs >= 0, "number of pairs %s must not be negative", pairs);
    if (reason.isPresent()) {
      checkArgument(!reason.get().isBlank(), "reason '%s' must not be blank", reason.get());
      checkArgument(
          pearson.isEmpty() && spearman.isEmpty(),
          "an undefined correlation (%s) has no coefficients",
          reason.get());
    } else {
      checkArgument(
          pearson.isPresent() && spearman.isPresent(),
          "a correlation needs both coefficients or a reason why they are undefined");
      checkArgument(
          pairs >= MIN_PAIRS,
          "a correlation of %s pairs cannot be defined; it needs at least %s",
          pairs,
          MIN_PAIRS);
      PairedCoefficients.checkCoefficient("pearson", pearson.getAsDouble());
      PairedCoefficients.checkCoefficient("spearman", spearman.getAsDouble());
    }
  }

  /**
   * Returns a defined correlation.
   *
   * @throws IllegalArgumentException if {@code pairs} is below {@value #MIN_PAIRS} or a coefficient
   *     is not between -1 and 1
   */
  public static Correlation defined(
      int pairs, double pearson, double spearman, Iterable<RelationshipId> withoutRevenue) {
    return new Correlation(
        pairs,
        OptionalDouble.of(pearson),
        OptionalDouble.of(spearman),
        Optional.empty(),
        ImmutableList.copyOf(withoutRevenue));
  }

  /**
   * Returns an undefined correlation with the reason why.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public static Correlation undefined(
      int pairs, String reason, Iterable<RelationshipId> withoutRevenue) {
    return new Correlation(
        pairs,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.of(reason),
        ImmutableList.copyOf(withoutRevenue));
  }

  /** Whether the coefficients could be computed. */
  public boolean isDefined() {
    return reason.isEmpty();
  }

  /**
   * Computes both coefficients of the paired values, or says why they are undefined. {@code
   * scoreText} and {@code revenueText} describe the first pair, for the reasons.
   */
  static Correlation compute(
      double[] scores,
      double[] revenues,
      String scoreText,
      String revenueText,
      ImmutableList<RelationshipId> withoutRevenue) {
    int n = scores.length;
    PairedCoefficients coefficients = PairedCoefficients.of(scores, revenues);
    if (coefficients.defect().isEmpty()) {
      return defined(n, coefficients.pearson(), coefficients.spearman(), withoutRevenue);
    }
    String reason =
        switch (coefficients.defect().get()) {
          case TOO_FEW_PAIRS ->
              "only "
                  + n
                  + " relationships have both a score and a revenue; a correlation needs at least "
                  + MIN_PAIRS;
          case SAME_X ->
              "all "
                  + n
                  + " relationships have the same overall score, "
                  + scoreText
                  + "; a correlation needs scores that differ";
          case SAME_Y ->
              "all "
                  + n
                  + " relationships have the same revenue, "
                  + revenueText
                  + "; a correlation needs revenues that differ";
        };
    return undefined(n, reason, withoutRevenue);
  }
}
