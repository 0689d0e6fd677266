package org.alliancekit.scoring.potential;

import static com.google.common.base.Preconditions.checkArgument;

/** Checks on score and fraction arguments shared by this package. */
final class Scores {
  private Scores() {}

  /**
   * Checks that {@code value} is a finite number between 0 and 1 inclusive.
   *
   * @return {@code value}
   */
  static double unit(String field, double value) {
    checkArgument(
        value >= 0.0 && value <= 1.0, "%s %s must be a number between 0 and 1", field, value);
    return value;
  }
}
