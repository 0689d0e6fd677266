package org.alliancekit.model.assessment;

/** Text form of rating values and scale bounds: integral values without a trailing ".0". */
final class Numbers {
  private static final double LARGEST_PLAIN_INTEGER = 1e15;

  private Numbers() {}

  /**
   * Formats a value so that {@link Double#parseDouble} reads back the same value: {@code 10.0} as
   * "10", {@code 2.5} as "2.5".
   */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_INTEGER) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
