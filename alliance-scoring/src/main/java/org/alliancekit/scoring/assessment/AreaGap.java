package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.factor.FactorCategory;
import org.apiguardian.api.API;

/**
 * How differently the two sides of a relationship see one alignment area: the mean normalised value
 * each side gives the area's factors that both sides rated, and the {@linkplain #gap() gap} between
 * the two means. Part of a {@link PerceptionGap}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the alignment area
 * @param host the host side's mean over the compared factors, in [0, 1]
 * @param partner the partner side's mean over the same factors, in [0, 1]
 * @param factors how many of the area's factors both sides rated; at least 1
 */
@API(status = STABLE, since = "0.1")
public record AreaGap(FactorCategory category, double host, double partner, int factors) {

  /** Validates the two means and the number of factors. */
  public AreaGap {
    checkNotNull(category, "category");
    FactorGap.checkValue("host", host, category);
    FactorGap.checkValue("partner", partner, category);
    checkArgument(
        factors >= 1, "area %s compares %s factors; it must compare at least 1", category, factors);
  }

  /**
   * Returns the gap of one area.
   *
   * @throws IllegalArgumentException if a mean is not between 0 and 1 or {@code factors} is below 1
   */
  public static AreaGap of(FactorCategory category, double host, double partner, int factors) {
    return new AreaGap(category, host, partner, factors);
  }

  /**
   * The gap: the host's mean minus the partner's, from -1 to 1. Positive when the host side rates
   * the area higher than the partner side does.
   */
  public double gap() {
    return host - partner;
  }

  /** The size of the gap, whichever side rates higher: {@code |gap()|}, from 0 to 1. */
  public double absoluteGap() {
    return Math.abs(gap());
  }
}
