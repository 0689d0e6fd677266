package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * How alliance revenue moved with the overall score in a panel: the slope of log revenue against
 * the score in percentage points, read as an elasticity (the percent change in revenue per
 * percentage point of score: {@code 100 * (exp(slope) - 1)}), with a 90% interval from a seeded
 * bootstrap that resamples whole relationships, and a verdict. See {@link SalesEvidence}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind within or across relationships
 * @param lag 0 when the revenue is of the score's own half-year, 1 when of the next one
 * @param slope the change in log revenue per percentage point of score; empty when too little data
 * @param elasticity the percent change in revenue per percentage point of score; empty likewise
 * @param ciLow the lower end of the 90% interval of the elasticity (the bootstrap's 5th
 *     percentile); empty likewise
 * @param ciHigh the upper end (95th percentile); empty likewise
 * @param slopeP10 the bootstrap's 10th percentile of the slope; empty likewise
 * @param slopeP50 its median; empty likewise
 * @param slopeP90 its 90th percentile; empty likewise
 * @param r2 the share of the variation of log revenue the score accounts for (within relationships
 *     for {@link EstimateKind#WITHIN}); empty when the revenue never varies or too little data
 * @param relationships how many relationships the estimate uses
 * @param observations how many observations it uses
 * @param zeroRevenues how many observations were left out for a revenue of zero, whose logarithm
 *     does not exist
 * @param resamples how many bootstrap resamples were drawn
 * @param seed the seed of the resamples
 * @param verdict what the estimate says
 * @param reason why there is no estimate, when {@code verdict} is {@link Verdict#INSUFFICIENT_DATA}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ElasticityEstimate(
    EstimateKind kind,
    int lag,
    OptionalDouble slope,
    OptionalDouble elasticity,
    OptionalDouble ciLow,
    OptionalDouble ciHigh,
    OptionalDouble slopeP10,
    OptionalDouble slopeP50,
    OptionalDouble slopeP90,
    OptionalDouble r2,
    int relationships,
    int observations,
    int zeroRevenues,
    int resamples,
    long seed,
    Verdict verdict,
    Optional<String> reason) {
  /** Checks the values. */
  public ElasticityEstimate {
    checkNotNull(kind, "kind");
    checkNotNull(slope, "slope");
    checkNotNull(elasticity, "elasticity");
    checkNotNull(ciLow, "ciLow");
    checkNotNull(ciHigh, "ciHigh");
    checkNotNull(slopeP10, "slopeP10");
    checkNotNull(slopeP50, "slopeP50");
    checkNotNull(slopeP90, "slopeP90");
    checkNotNull(r2, "r2");
    checkNotNull(verdict, "verdict");
    checkNotNull(reason, "reason");
    checkArgument(lag >= 0, "lag %s must not be negative", lag);
    checkArgument(
        relationships >= 0 && observations >= 0 && zeroRevenues >= 0 && resamples >= 1,
        "counts must not be negative and resamples must be at least 1");
    checkArgument(
        (verdict == Verdict.INSUFFICIENT_DATA) == reason.isPresent(),
        "a reason is given exactly when the data are insufficient");
    checkArgument(
        (verdict == Verdict.INSUFFICIENT_DATA) == slope.isEmpty(),
        "a slope is given exactly when the data are sufficient");
  }

  /** Whether the estimate could be made. */
  public boolean isDefined() {
    return slope.isPresent();
  }
}
