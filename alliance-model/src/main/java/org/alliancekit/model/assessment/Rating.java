package org.alliancekit.model.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.OptionalDouble;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The rating of one success factor in an {@link Assessment}: the factor's code, the value given on
 * the assessment's {@link RatingScale}, and optionally the evidence behind it.
 *
 * <p>A rating may be explicitly unknown ({@link #unknown(String)}): the assessor was asked and
 * could not say. An unknown rating has an empty {@link #value()}; it is never treated as zero, and
 * it differs from a factor that was not rated at all.
 *
 * <pre>{@code
 * Rating trust = Rating.of("Cu31", 7).withEvidence("Shared forecast reviewed every month");
 * Rating audit = Rating.unknown("O40");
 * }</pre>
 *
 * <p>Whether the value lies on the scale is checked by the {@link Assessment} that holds the
 * rating, since the rating alone does not know its scale. A value of {@code -0.0} is stored as
 * {@code 0.0}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Rating implements WithRating {
  Rating() {}

  /** The code of the rated factor, such as {@code "Co1"}. */
  @Value.Parameter
  public abstract String code();

  /** The value given, or empty when the rating is explicitly unknown. Always finite. */
  @Value.Parameter
  public abstract OptionalDouble value();

  /** What the rating is based on, such as a document or an observation, if recorded. */
  public abstract Optional<String> evidence();

  /**
   * The value given, or NaN when the rating is explicitly unknown: {@link #value()} as a primitive,
   * kept in the rating, for loops that read many ratings without an {@link OptionalDouble} each.
   * Not part of equality, the hash code or the text of a rating, since {@link #value()} is.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Value.Derived
  @Value.Auxiliary
  public double valueOrNaN() {
    OptionalDouble value = value();
    return value.isPresent() ? value.getAsDouble() : Double.NaN;
  }

  /** Whether a value was given. */
  public boolean isKnown() {
    return value().isPresent();
  }

  /**
   * Returns a rating with the given value and no evidence.
   *
   * @throws IllegalArgumentException if the code is not a valid id or the value is not finite
   */
  public static Rating of(String code, double value) {
    return ImmutableRating.of(code, OptionalDouble.of(value));
  }

  /**
   * Returns an explicitly unknown rating of the given factor.
   *
   * @throws IllegalArgumentException if the code is not a valid id
   */
  public static Rating unknown(String code) {
    return ImmutableRating.of(code, OptionalDouble.empty());
  }

  /** Returns a new builder; {@code code} is required, the value is unknown unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Rating}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRating.Builder {
    Builder() {}
  }

  @Value.Check
  Rating check() {
    Checks.id("rating code", code());
    if (value().isPresent()) {
      double value = value().getAsDouble();
      checkArgument(
          Double.isFinite(value), "rating value %s for %s must be a finite number", value, code());
      if (Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0)) {
        return ImmutableRating.copyOf(this).withValue(0.0);
      }
    }
    evidence().ifPresent(text -> Checks.name("rating evidence", text));
    return this;
  }
}
