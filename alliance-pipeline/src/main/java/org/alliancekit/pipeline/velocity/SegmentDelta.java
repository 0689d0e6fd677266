package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.apiguardian.api.API;

/**
 * How one segment compares with a baseline segment, such as alliance deals against direct ones:
 * ratios above 1 and positive differences mean the segment does more than the baseline.
 *
 * <p>Immutable and thread-safe.
 *
 * @param segment the segment compared
 * @param baseline the segment compared with
 * @param opportunityRatio the segment's number of opportunities divided by the baseline's; empty
 *     when the baseline has none
 * @param wonRatio the segment's number of won deals divided by the baseline's; empty when the
 *     baseline has won none
 * @param winRateDifference the segment's win rate minus the baseline's (0.1 is ten percentage
 *     points); empty unless both have closed deals
 * @param averageDealSizeRatio per currency in which both have won deals, the segment's average deal
 *     size divided by the baseline's
 * @param cycleDaysDifference the segment's average cycle in days minus the baseline's (negative
 *     means faster); empty unless both have closed deals
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SegmentDelta(
    Segment segment,
    Segment baseline,
    Optional<Double> opportunityRatio,
    Optional<Double> wonRatio,
    Optional<Double> winRateDifference,
    ImmutableMap<CurrencyUnit, Double> averageDealSizeRatio,
    Optional<Double> cycleDaysDifference) {

  /** Validates that nothing is missing. */
  public SegmentDelta {
    checkNotNull(segment, "segment");
    checkNotNull(baseline, "baseline");
    checkNotNull(opportunityRatio, "opportunityRatio");
    checkNotNull(wonRatio, "wonRatio");
    checkNotNull(winRateDifference, "winRateDifference");
    checkNotNull(averageDealSizeRatio, "averageDealSizeRatio");
    checkNotNull(cycleDaysDifference, "cycleDaysDifference");
  }
}
