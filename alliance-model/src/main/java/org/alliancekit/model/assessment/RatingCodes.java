package org.alliancekit.model.assessment;

import java.util.List;
import org.alliancekit.model.factor.FactorCatalog;

/**
 * The known ratings of an assessment on a {@link NumericScale} with whole-number bounds at most
 * {@value #MAX_STEPS} apart, as one byte per catalog factor in catalog order: the rating minus the
 * scale's minimum plus one when that is a whole number, 0 for a factor without a known rating, -1
 * for a known rating between whole numbers. For any other scale there are no codes. Made with the
 * assessment; see {@link Assessment#copyRatingCodes(byte[], int)}.
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

  /**
   * The catalog column of the factor {@code code}, rated at position {@code at} of an assessment's
   * ratings: {@code at} itself when the ratings follow the catalog's order ({@code order}, the
   * catalog's codes), as they usually do, else the catalog's look-up; -1 for a code outside it.
   */
  static int columnOf(FactorCatalog catalog, List<String> order, int at, String code) {
    return at < order.size() && code.equals(order.get(at)) ? at : catalog.indexOf(code);
  }

  /**
   * The codes of the known ratings among {@code ratings}, in the catalog's order, on the given
   * scale; as {@link Assessment#knownValues()} does, the first known rating of a factor counts and
   * a code outside the catalog is passed over. Reads the ratings once.
   */
  static RatingCodes of(RatingScale scale, FactorCatalog catalog, List<Rating> ratings) {
    if (!(scale instanceof NumericScale)) {
      return NONE;
    }
    double min = scale.min();
    double max = scale.max();
    if (min != Math.rint(min) || max != Math.rint(max) || !(max - min <= MAX_STEPS)) {
      return NONE;
    }
    int steps = (int) (max - min);
    List<String> order = catalog.codes();
    int width = order.size();
    byte[] codes = new byte[width];
    for (int i = 0, size = ratings.size(); i < size; i++) {
      Rating rating = ratings.get(i);
      double value = rating.valueOrNaN();
      if (value != value) {
        continue;
      }
      String code = rating.code();
      int column = columnOf(catalog, order, i, code);
      if (column < 0 || codes[column] != 0) {
        continue;
      }
      // the whole number the value is, by its bits: -0.0 is not 0 (a rating never holds -0.0)
      int point = (int) (value - min);
      boolean whole =
          point >= 0
              && point <= steps
              && Double.doubleToRawLongBits(min + point) == Double.doubleToRawLongBits(value);
      codes[column] = (byte) (whole ? point + 1 : -1);
    }
    return new RatingCodes(codes);
  }
}
