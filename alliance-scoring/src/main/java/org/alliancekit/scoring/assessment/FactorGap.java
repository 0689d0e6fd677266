package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.factor.FactorCategory;
import org.apiguardian.api.API;

/**
 * How differently the two sides of a relationship see one success factor: each side's normalised
 * value, in [0, 1], and the {@linkplain #gap() gap} between them. Part of a {@link PerceptionGap}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the factor's code, such as "Co1"; not blank
 * @param category the factor's alignment area
 * @param host the host side's normalised value, in [0, 1]
 * @param partner the partner side's normalised value, in [0, 1]
 */
@API(status = STABLE, since = "0.1")
public record FactorGap(String code, FactorCategory category, double host, double partner) {

  /** Validates the code and the two values. */
  public FactorGap {
    checkNotNull(code, "code");
    checkNotNull(category, "category");
    checkArgument(!code.isBlank(), "factor code '%s' must not be blank", code);
    checkValue("host", host, code);
    checkValue("partner", partner, code);
  }

  /**
   * Returns the gap of one factor.
   *
   * @throws IllegalArgumentException if the code is blank or a value is not between 0 and 1
   */
  public static FactorGap of(String code, FactorCategory category, double host, double partner) {
    return new FactorGap(code, category, host, partner);
  }

  /**
   * The gap: the host's value minus the partner's, from -1 to 1. Positive when the host side rates
   * the factor higher than the partner side does.
   */
  public double gap() {
    return host - partner;
  }

  /** The size of the gap, whichever side rates higher: {@code |gap()|}, from 0 to 1. */
  public double absoluteGap() {
    return Math.abs(gap());
  }

  static void checkValue(String side, double value, Object of) {
    checkArgument(
        value >= 0 && value <= 1, "%s value %s of %s must be between 0 and 1", side, value, of);
  }
}
