package org.alliancekit.scoring.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.RatingScale;

/**
 * Normalises ratings of one {@link RatingScale} quickly: the normalised value of each whole-number
 * point of a {@link NumericScale} with whole-number bounds (at most {@value #MAX_POINTS} points) is
 * computed once, with the scale's own {@link RatingScale#normalize(double)}, and looked up; any
 * other value, and every value of another scale, goes to {@code normalize} itself. A looked-up
 * value is the result of the very same call, so the results are bit-for-bit those of {@code
 * normalize}.
 *
 * <p>Each point is given an index from 0 ({@link #index(double)}), so that callers can keep further
 * tables by point.
 *
 * <p>Immutable and thread-safe. Not part of the public API: the package is not exported.
 */
public final class ScalePoints {
  /** The largest number of points tabulated. */
  public static final int MAX_POINTS = 1024;

  private final RatingScale scale;
  private final double min;
  private final double[] values;

  private ScalePoints(RatingScale scale) {
    this.scale = scale;
    this.min = scale.min();
    double width = scale.max() - scale.min();
    if (scale instanceof NumericScale
        && min == Math.rint(min)
        && scale.max() == Math.rint(scale.max())
        && width < MAX_POINTS) {
      values = new double[(int) width + 1];
      for (int point = 0; point < values.length; point++) {
        values[point] = scale.normalize(min + point);
      }
    } else {
      values = new double[0];
    }
  }

  /** Returns the points of the given scale. */
  public static ScalePoints of(RatingScale scale) {
    return new ScalePoints(checkNotNull(scale, "scale"));
  }

  /** The scale. */
  public RatingScale scale() {
    return scale;
  }

  /** The number of tabulated points; 0 when the scale has none. */
  public int size() {
    return values.length;
  }

  /**
   * The index of the tabulated point that is exactly {@code value} (the same bits, so {@code -0.0}
   * is not the point 0), or -1 when there is none.
   */
  public int index(double value) {
    double offset = value - min;
    if (offset >= 0.0 && offset < values.length) {
      int point = (int) offset;
      if (Double.doubleToRawLongBits(min + point) == Double.doubleToRawLongBits(value)) {
        return point;
      }
    }
    return -1;
  }

  /**
   * Returns {@code index(value) + 1}: one more than the index of the tabulated point that is
   * exactly {@code value}, or 0 when there is none (NaN included), computed without a branch on the
   * value, for loops over values of which some are unknown.
   */
  public int code(double value) {
    // (int) NaN is 0 and an offset beyond the int range saturates: neither matches a point
    int point = (int) (value - min);
    boolean hit =
        point >= 0
            & point < values.length
            & Double.doubleToRawLongBits(min + point) == Double.doubleToRawLongBits(value);
    return hit ? point + 1 : 0;
  }

  /** The normalised value of the point with the given index. */
  public double value(int index) {
    return values[index];
  }

  /**
   * Returns {@code scale().normalize(value)}, looked up when {@code value} is a tabulated point.
   *
   * @throws IllegalArgumentException if the value is not on the scale
   */
  public double normalize(double value) {
    int point = index(value);
    return point >= 0 ? values[point] : scale.normalize(value);
  }
}
