package org.alliancekit.model.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A rating scale that accepts any number from {@code min} to {@code max} inclusive, such as 0..10,
 * a 1..5 Likert scale or 0..100 percent. Create one with {@link RatingScale#numeric(double,
 * double)} or {@link RatingScale#parse(String)}.
 *
 * <p>A value {@code v} normalizes to {@code (v - min) / (max - min)}. The text form is {@code
 * "min..max"}, integral bounds without a decimal point (for example {@code "0..10"}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param min the lowest value; finite
 * @param max the highest value; finite and greater than {@code min}
 */
@API(status = STABLE, since = "0.1")
public record NumericScale(double min, double max) implements RatingScale {
  static final NumericScale ZERO_TO_TEN = new NumericScale(0, 10);
  static final NumericScale LIKERT_5 = new NumericScale(1, 5);
  static final NumericScale PERCENT = new NumericScale(0, 100);

  /**
   * Validates the bounds; a bound of {@code -0.0} is stored as {@code 0.0}.
   *
   * @throws IllegalArgumentException if a bound is not finite, {@code min >= max}, or the width
   *     {@code max - min} is not a finite number
   */
  public NumericScale {
    checkArgument(Double.isFinite(min), "rating scale min %s must be a finite number", min);
    checkArgument(Double.isFinite(max), "rating scale max %s must be a finite number", max);
    checkArgument(
        min < max,
        "rating scale min %s must be less than max %s",
        Numbers.format(min),
        Numbers.format(max));
    checkArgument(
        Double.isFinite(max - min),
        "rating scale %s..%s is too wide: max - min must be a finite number",
        Numbers.format(min),
        Numbers.format(max));
    min = min + 0.0;
    max = max + 0.0;
  }

  @Override
  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  @Override
  public double normalize(double value) {
    if (!contains(value)) { // the message is formatted only on failure: normalize is on hot paths
      throw new IllegalArgumentException(
          "value " + Numbers.format(value) + " is outside scale " + this);
    }
    return (value - min) / (max - min);
  }

  /** Returns the text form {@code "min..max"}, such as {@code "0..10"}. */
  @Override
  public String toString() {
    return Numbers.format(min) + ".." + Numbers.format(max);
  }
}
