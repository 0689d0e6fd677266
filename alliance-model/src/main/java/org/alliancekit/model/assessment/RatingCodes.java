package org.alliancekit.model.assessment;

import com.google.common.primitives.ImmutableDoubleArray;

/**
 * The known ratings of an assessment on a {@link NumericScale} with whole-number bounds at most
 * {@value #MAX_STEPS} apart, as one byte per catalog factor in catalog order: the rating minus the
 * scale's minimum plus one when that is a whole number, 0 for a factor without a known rating, -1
 * for a known rating between whole numbers. For any other scale there are no codes. Made once with
 * the assessment; see {@link Assessment#copyRatingCodes(byte[], int)}.
 *
 * <p>Immutable. Not part of the public API.
 */
final class RatingCodes {
  /** The most whole-number steps a scale's bounds may lie apart for its ratings to be coded. */
  static final int MAX_STEPS = 125;

  /** The codes of a scale that has none. */
  static final RatingCodes NONE = new RatingCodes(null);

  /** One code per catalog factor, or null when the scale has no codes. */
  final byte[] codes;

  private RatingCodes(byte[] codes) {
    this.codes = codes;
  }

  /** The codes of the given known values, in catalog order, on the given scale. */
  static RatingCodes of(RatingScale scale, ImmutableDoubleArray values) {
    if (!(scale instanceof NumericScale)) {
      return NONE;
    }
    double min = scale.min();
    double max = scale.max();
    if (min != Math.rint(min) || max != Math.rint(max) || !(max - min <= MAX_STEPS)) {
      return NONE;
    }
    int steps = (int) (max - min);
    byte[] codes = new byte[values.length()];
    for (int column = 0; column < codes.length; column++) {
      double value = values.get(column);
      if (value == value) {
        // the whole number the value is, by its bits: -0.0 is not 0 (a rating never holds -0.0)
        int point = (int) (value - min);
        boolean whole =
            point >= 0
                && point <= steps
                && Double.doubleToRawLongBits(min + point) == Double.doubleToRawLongBits(value);
        codes[column] = (byte) (whole ? point + 1 : -1);
      }
    }
    return new RatingCodes(codes);
  }
}
