package org.alliancekit.scoring.assessment;

import static com.google.common.base.Strings.lenientFormat;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.OptionalDouble;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.factor.FactorCategory;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The part one catalog factor plays in a {@link Score}: its normalised rating, whether that value
 * was imputed under the rule's {@link MissingRatingPolicy}, and its weight.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class FactorScore {
  FactorScore() {}

  /** The factor's code, such as "Co1". */
  @Value.Parameter
  public abstract String code();

  /** The factor's alignment area. */
  @Value.Parameter
  public abstract FactorCategory category();

  /**
   * The value the rule used, in [0, 1]: the normalised rating, or the value imputed for a missing
   * one; empty when the factor was left out.
   */
  @Value.Parameter
  public abstract OptionalDouble value();

  /** Whether {@link #value()} was imputed rather than rated. */
  @Value.Parameter
  public abstract boolean imputed();

  /** The factor's weight within its area; zero or more. */
  @Value.Parameter
  public abstract double weight();

  /** Returns the score of one factor. */
  public static FactorScore of(
      String code, FactorCategory category, OptionalDouble value, boolean imputed, double weight) {
    return ImmutableFactorScore.of(code, category, value, imputed, weight);
  }

  /** Whether the factor was rated with a known value (not imputed, not left out). */
  public boolean isRated() {
    return value().isPresent() && !imputed();
  }

  @Value.Check
  void check() {
    OptionalDouble value = value();
    if (value.isPresent()) {
      double v = value.getAsDouble();
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(
            lenientFormat("value %s of factor %s must be between 0 and 1", v, code()));
      }
    } else if (imputed()) {
      throw new IllegalArgumentException(
          lenientFormat("factor %s is imputed but has no value", code()));
    }
    double weight = weight();
    if (!(weight >= 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException(
          lenientFormat(
              "weight %s of factor %s must be a finite number of at least 0", weight, code()));
    }
  }
}
