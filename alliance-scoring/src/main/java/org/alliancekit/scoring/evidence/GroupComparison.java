package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One measure compared between the relationships with an agreed alliance sales process and those
 * without: each group's mean over its relationships, the difference (agreed minus none) and its 90%
 * bootstrap interval. See {@link SalesProcessComparison}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param measure the measure's name, such as {@code win_rate}
 * @param agreed the mean over the relationships with an agreed process; empty when none has a value
 * @param none the mean over the relationships without one; empty likewise
 * @param difference {@code agreed - none}; empty when either is
 * @param ciLow the 5th percentile of the bootstrap differences; empty when the difference is
 * @param ciHigh the 95th percentile; empty likewise
 * @param agreedRelationships how many relationships with an agreed process have a value
 * @param noneRelationships how many without one have a value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GroupComparison(
    String measure,
    OptionalDouble agreed,
    OptionalDouble none,
    OptionalDouble difference,
    OptionalDouble ciLow,
    OptionalDouble ciHigh,
    int agreedRelationships,
    int noneRelationships) {
  /** Checks the values. */
  public GroupComparison {
    checkNotNull(measure, "measure");
    checkNotNull(agreed, "agreed");
    checkNotNull(none, "none");
    checkNotNull(difference, "difference");
    checkNotNull(ciLow, "ciLow");
    checkNotNull(ciHigh, "ciHigh");
    checkArgument(
        agreedRelationships >= 0 && noneRelationships >= 0, "counts must not be negative");
  }
}
