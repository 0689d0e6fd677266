package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.OptionalDouble;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.factor.FactorCategory;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How much each factor, and optionally each alignment area, counts in a weighted score.
 *
 * <p><b>Factor weights</b> map factor codes to a weight of zero or more; a factor that is not
 * listed weighs 1. A factor of weight zero is still listed in a {@link Score} but adds nothing to
 * its area. Codes that the scored catalog does not hold are ignored, so one set of weights can
 * serve both standard catalogs.
 *
 * <p><b>Area weights</b> are optional. Without them ({@link #hasCategoryWeights()} false) an area
 * weighs the sum of the weights of its factors that take part in the score, so the overall score is
 * a flat weighted average over factors: an area with ten rated factors counts twice as much as one
 * with five. With them, each area weighs what is given, whatever the number of its factors; once
 * any area weight is given, areas not listed weigh 1.
 *
 * <pre>{@code
 * Weights weights = Weights.builder()
 *     .putFactorWeight("Co1", 2)        // the value proposition counts double
 *     .putFactorWeight("O52", 0)        // issue escalation does not count
 *     .putCategoryWeight(FactorCategory.STRATEGIC, 2)
 *     .build();
 * }</pre>
 *
 * <p>Every weight must be a finite number of at least zero; {@code -0.0} is stored as {@code 0.0}.
 * Whether the weights of what a rule scores are all zero can only be told once the catalog is
 * known, so rules reject that when they score.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Weights implements WithWeights {
  private static final Weights EQUAL = builder().build();

  Weights() {}

  /** Weights of individual factors, by factor code; factors not listed weigh 1. */
  public abstract ImmutableMap<String, Double> factorWeights();

  /**
   * Explicit weights of alignment areas; empty when each area weighs the sum of its factors'
   * weights.
   */
  public abstract ImmutableMap<FactorCategory, Double> categoryWeights();

  /** Returns equal weights: every factor weighs 1 and every area the sum of its factors. */
  public static Weights equal() {
    return EQUAL;
  }

  /** Returns a new builder; with nothing set it builds {@link #equal()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Weights}. {@code build()} throws {@link IllegalArgumentException} naming the
   * factor or area of a negative, NaN or infinite weight.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableWeights.Builder {
    Builder() {}
  }

  /** Returns the weight of the factor with the given code: its listed weight, or 1. */
  public double factorWeight(String code) {
    return factorWeights().getOrDefault(checkNotNull(code, "code"), 1.0);
  }

  /** Whether explicit area weights are given. */
  public boolean hasCategoryWeights() {
    return !categoryWeights().isEmpty();
  }

  /**
   * Returns the explicit weight of the given area: its listed weight, or 1 when only other areas
   * are listed; empty when no area weights are given ({@link #hasCategoryWeights()} is false), as
   * each area then weighs the sum of its factors' weights.
   */
  public OptionalDouble categoryWeight(FactorCategory category) {
    checkNotNull(category, "category");
    if (!hasCategoryWeights()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(categoryWeights().getOrDefault(category, 1.0));
  }

  /**
   * Returns the weights as text, {@code Weights.equal()} or such as {@code
   * Weights{factors={Co1=2.0}, areas={STRATEGIC=2.0}}}.
   */
  @Override
  public String toString() {
    if (factorWeights().isEmpty() && categoryWeights().isEmpty()) {
      return "Weights.equal()";
    }
    return "Weights{factors=" + factorWeights() + ", areas=" + categoryWeights() + "}";
  }

  @Value.Check
  Weights check() {
    factorWeights()
        .forEach(
            (code, weight) -> {
              checkArgument(
                  !code.isBlank(), "factor code '%s' of a weight must not be blank", code);
              checkWeight("factor", code, weight);
            });
    categoryWeights().forEach((category, weight) -> checkWeight("area", category, weight));
    boolean negativeZero =
        factorWeights().values().stream().anyMatch(Weights::isNegativeZero)
            || categoryWeights().values().stream().anyMatch(Weights::isNegativeZero);
    if (!negativeZero) {
      return this;
    }
    return ImmutableWeights.builder()
        .factorWeights(Maps.transformValues(factorWeights(), weight -> weight + 0.0))
        .categoryWeights(Maps.transformValues(categoryWeights(), weight -> weight + 0.0))
        .build();
  }

  private static void checkWeight(String what, Object key, double weight) {
    checkArgument(
        weight >= 0 && Double.isFinite(weight),
        "weight %s of %s %s must be a finite number of at least 0",
        weight,
        what,
        key);
  }

  private static boolean isNegativeZero(double weight) {
    return Double.doubleToRawLongBits(weight) == Double.doubleToRawLongBits(-0.0);
  }
}
