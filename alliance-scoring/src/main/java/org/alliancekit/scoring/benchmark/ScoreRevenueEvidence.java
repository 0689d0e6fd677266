package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Evidence that best practice goes with sales: over every (relationship, half-year) pair that has
 * both an overall score and alliance revenue, how closely the overall score of the half-year goes
 * with the revenue of the same half-year ({@code lag} 0) or of a later one ({@code lag} 1: the next
 * half-year). Pearson's coefficient measures a straight-line relation, Spearman's any relation that
 * keeps order; the permutation p-value says how often a random re-pairing of the same scores and
 * revenues correlates as strongly, so a small p-value is evidence that the link is not chance.
 *
 * <pre>{@code
 * Map<RelationshipId, HalfYearTrend> trends =
 *     HalfYearTrend.byRelationship(assessments, rule, AssessmentCombiner.mean(), Month.JANUARY);
 * ScoreRevenueEvidence sameHalf = ScoreRevenueEvidence.of(trends.values(), revenues, eur, 0);
 * ScoreRevenueEvidence nextHalf = ScoreRevenueEvidence.of(trends.values(), revenues, eur, 1);
 * }</pre>
 *
 * <p><b>Pairs.</b> Each point of each trend (a relationship's score in half-year {@code h}) gives
 * one pair when the relationship has revenue in half-year {@code h + lag}. The pairs are pooled
 * over all relationships and taken in relationship id order, then half-year order, whatever the
 * order of the input.
 *
 * <p><b>Revenue of a half-year.</b> A relationship's revenue in a half-year is its {@link
 * PeriodRevenue} of that half-year, or the exact sum of its two quarters' revenues (quarters 1 and
 * 2 of a fiscal year make up half 1, quarters 3 and 4 half 2). A half-year of which only one
 * quarter is booked has no revenue here: half of its months are unknown. Revenue periods must be of
 * fiscal years that start in the month the trends' half-years do. All revenue must be in the given
 * currency: convert it first. The coefficients are statistics rather than money, so each half-year
 * sum enters as a {@code double} (its exact value rounded to the nearest {@code double}, then
 * divided by the largest sum, which changes no coefficient but keeps the arithmetic far from
 * overflow).
 *
 * <p><b>Coefficients.</b> Computed as {@link Correlation}'s: Guava's {@link
 * com.google.common.math.PairedStatsAccumulator}, Spearman's being Pearson's coefficient of the
 * ranks, tied values sharing the mean of the ranks they span. When they cannot be computed (fewer
 * than {@value #MIN_PAIRS} pairs, or all scores or all revenues equal) the evidence is {@linkplain
 * #isDefined() undefined}: the coefficients and the p-value are empty and {@link #reason()} says
 * why.
 *
 * <p><b>P-value.</b> Two-sided, of Pearson's coefficient, by permutation: {@code p = (1 +
 * count(|r_perm| >= |r_obs|)) / (1 + permutations)}, where each {@code r_perm} pairs the scores
 * with the revenues re-ordered by a Fisher-Yates shuffle drawn from a {@link
 * java.util.SplittableRandom} seeded with {@code seed} (each permutation shuffling the previous
 * one). A permuted coefficient within 1e-10 below {@code |r_obs|} counts as a tie, so that rounding
 * does not hide one. The p-value is at least {@code 1 / (1 + permutations)}, and the same input and
 * seed give the same p-value every time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param measure what is correlated; {@value #MEASURE}
 * @param lag how many half-years after the score's half-year the revenue is taken; 0 or more
 * @param currency the currency of the revenue
 * @param pairs how many (relationship, half-year) pairs had both a score and revenue
 * @param permutations how many permutations the p-value is estimated from; 1 or more
 * @param seed the seed of the permutations
 * @param pearson Pearson's coefficient, from -1 to 1; empty when undefined
 * @param spearman Spearman's rank coefficient, from -1 to 1; empty when undefined
 * @param pValue the two-sided permutation p-value of Pearson's coefficient, from {@code 1 / (1 +
 *     permutations)} to 1; empty when undefined
 * @param reason why the coefficients are undefined; empty when they are defined
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ScoreRevenueEvidence(
    String measure,
    int lag,
    CurrencyUnit currency,
    int pairs,
    int permutations,
    long seed,
    OptionalDouble pearson,
    OptionalDouble spearman,
    OptionalDouble pValue,
    Optional<String> reason) {

  /** The measure: the overall best-practice score against alliance revenue. */
  public static final String MEASURE = "overall_score_vs_revenue";

  /** The fewest pairs the coefficients are computed from. */
  public static final int MIN_PAIRS = PairedCoefficients.MIN_PAIRS;

  /** The number of permutations unless another is given. */
  public static final int DEFAULT_PERMUTATIONS = 10_000;

  /** The seed of the permutations unless another is given. */
  public static final long DEFAULT_SEED = 20_260_630L;

  /** Validates that either the coefficients and the p-value or a reason are present. */
  public ScoreRevenueEvidence {
    checkNotNull(measure, "measure");
    checkNotNull(currency, "currency");
    checkNotNull(pearson, "pearson");
    checkNotNull(spearman, "spearman");
    checkNotNull(pValue, "pValue");
    checkNotNull(reason, "reason");
    checkArgument(!measure.isBlank(), "measure '%s' must not be blank", measure);
    checkArgument(lag >= 0, "lag %s must not be negative", lag);
    checkArgument(pairs >= 0, "number of pairs %s must not be negative", pairs);
    checkArgument(permutations >= 1, "number of permutations %s must be at least 1", permutations);
    if (reason.isPresent()) {
      checkArgument(!reason.get().isBlank(), "reason '%s' must not be blank", reason.get());
      checkArgument(
          pearson.isEmpty() && spearman.isEmpty() && pValue.isEmpty(),
          "undefined evidence (%s) has no coefficients and no p-value",
          reason.get());
    } else {
      checkArgument(
          pearson.isPresent() && spearman.isPresent() && pValue.isPresent(),
          "evidence needs both coefficients and a p-value, or a reason why they are undefined");
      checkArgument(
          pairs >= MIN_PAIRS,
          "evidence from %s pairs cannot be defined; it needs at least %s",
          pairs,
          MIN_PAIRS);
      PairedCoefficients.checkCoefficient("pearson", pearson.getAsDouble());
      PairedCoefficients.checkCoefficient("spearman", spearman.getAsDouble());
      double p = pValue.getAsDouble();
      double least = 1.0 / (1.0 + permutations);
      checkArgument(
          p >= least && p <= 1,
          "p-value %s must be between 1 / (1 + %s permutations) = %s and 1",
          p,
          permutations,
          least);
    }
  }

  /**
   * Returns the evidence with {@value #DEFAULT_PERMUTATIONS} permutations and seed {@value
   * #DEFAULT_SEED}; see {@link #of(Iterable, Iterable, CurrencyUnit, int, int, long)}.
   */
  public static ScoreRevenueEvidence of(
      Iterable<HalfYearTrend> trends,
      Iterable<PeriodRevenue> revenues,
      CurrencyUnit currency,
      int lag) {
    return of(trends, revenues, currency, lag, DEFAULT_PERMUTATIONS, DEFAULT_SEED);
  }

  /**
   * Returns the evidence from the given trends and revenues.
   *
   * @param trends at most one per relationship, all with one fiscal year start
   * @param revenues the revenue booked, in any order; revenue of relationships without a trend is
   *     not used
   * @param currency the currency of all revenue
   * @param lag 0 to pair each score with the revenue of its own half-year, 1 with the next
   *     half-year's, and so on
   * @param permutations how many permutations to estimate the p-value from; 1 or more
   * @param seed the seed of the permutations
   * @throws IllegalArgumentException if {@code lag} is negative, {@code permutations} is below 1,
   *     two trends are of one relationship or have different fiscal year starts, revenue is in
   *     another currency, a relationship books revenue twice for the same months (a period twice,
   *     or a half-year and a quarter of it), or a half-year's revenue is too large to be a {@code
   *     double}; the message names the records
   */
  public static ScoreRevenueEvidence of(
      Iterable<HalfYearTrend> trends,
      Iterable<PeriodRevenue> revenues,
      CurrencyUnit currency,
      int lag,
      int permutations,
      long seed) {
    checkNotNull(trends, "trends");
    checkNotNull(revenues, "revenues");
    checkNotNull(currency, "currency");
    checkArgument(lag >= 0, "lag %s must not be negative", lag);
    checkArgument(permutations >= 1, "number of permutations %s must be at least 1", permutations);
    Map<RelationshipId, HalfYearTrend> byRelationship = new TreeMap<>();
    Month fiscalYearStart = null;
    for (HalfYearTrend trend : trends) {
      checkNotNull(trend, "trend");
      checkArgument(
          byRelationship.put(trend.relationship(), trend) == null,
          "relationship %s has two trends; give one trend per relationship",
          trend.relationship());
      if (fiscalYearStart == null) {
        fiscalYearStart = trend.fiscalYearStart();
      }
      checkArgument(
          trend.fiscalYearStart() == fiscalYearStart,
          "the trend of relationship %s has fiscal years starting in %s, others in %s; all"
              + " trends and revenue must use one fiscal year",
          trend.relationship(),
          trend.fiscalYearStart(),
          fiscalYearStart);
    }
    HalfYearRevenues booked = HalfYearRevenues.of(revenues, currency);
    List<Double> scores = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    for (HalfYearTrend trend : byRelationship.values()) {
      for (HalfYearPoint point : trend.points()) {
        Optional<BigDecimal> revenue =
            HalfYears.shift(point.half(), lag)
                .flatMap(target -> booked.revenue(trend.relationship(), target));
        if (revenue.isPresent()) {
          scores.add(point.overall());
          amounts.add(revenue.get());
        }
      }
    }
    return compute(scores, amounts, currency, lag, permutations, seed);
  }

  private static ScoreRevenueEvidence compute(
      List<Double> scoreList,
      List<BigDecimal> amounts,
      CurrencyUnit currency,
      int lag,
      int permutations,
      long seed) {
    int n = scoreList.size();
    double[] scores = new double[n];
    double[] revenues = new double[n];
    double largest = 0;
    for (int i = 0; i < n; i++) {
      scores[i] = scoreList.get(i);
      revenues[i] = amounts.get(i).doubleValue();
      if (!Double.isFinite(revenues[i])) {
        throw new IllegalArgumentException(
            "half-year revenue "
                + Amounts.text(Money.of(amounts.get(i), currency))
                + " is too large to correlate");
      }
      largest = Math.max(largest, Math.abs(revenues[i]));
    }
    if (largest > 0) {
      for (int i = 0; i < n; i++) {
        revenues[i] /= largest;
      }
    }
    PairedCoefficients coefficients = PairedCoefficients.of(scores, revenues);
    if (coefficients.defect().isPresent()) {
      String reason =
          switch (coefficients.defect().get()) {
            case TOO_FEW_PAIRS ->
                "only "
                    + n
                    + " (relationship, half-year) pairs have both an overall score and "
                    + currency.getCurrencyCode()
                    + " revenue "
                    + (lag == 0 ? "in the same half-year" : lag + " half-year(s) later")
                    + "; a correlation needs at least "
                    + MIN_PAIRS;
            case SAME_X ->
                "all "
                    + n
                    + " pairs have the same overall score, "
                    + scores[0]
                    + "; a correlation needs scores that differ";
            case SAME_Y ->
                "all "
                    + n
                    + " pairs have the same revenue, "
                    + Amounts.text(Money.of(amounts.get(0), currency))
                    + "; a correlation needs revenues that differ";
          };
      return new ScoreRevenueEvidence(
          MEASURE,
          lag,
          currency,
          n,
          permutations,
          seed,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.of(reason));
    }
    return new ScoreRevenueEvidence(
        MEASURE,
        lag,
        currency,
        n,
        permutations,
        seed,
        OptionalDouble.of(coefficients.pearson()),
        OptionalDouble.of(coefficients.spearman()),
        OptionalDouble.of(PermutationPValue.of(scores, revenues, permutations, seed)),
        Optional.empty());
  }

  /** Whether the coefficients and the p-value could be computed. */
  public boolean isDefined() {
    return reason.isEmpty();
  }
}
