package org.alliancekit.scoring.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;

/**
 * The arithmetic of the standard scoring rules on primitive arrays, shared by the object rules and
 * the columnar portfolio path so that both give bit-identical results.
 *
 * <p>A kernel is set up once for one catalog layout: the row width (the catalog's size), for each
 * column the ordinal of its alignment area ({@code -1} for a column the rule leaves out) and its
 * weight, optional explicit area weights, the missing-rating policy and, for the weakest-link rule,
 * a margin. It then scores rows of normalised values (in [0, 1], {@code NaN} for a factor without a
 * known rating) without allocating.
 *
 * <p>Per area {@code a}, over the area's columns in catalog order, with {@code kw} the summed
 * weight of known values, {@code kwv} the summed weight times value of known values and {@code mw}
 * the summed weight of missing values:
 *
 * <ul>
 *   <li>IGNORE: mean {@code kwv / kw}, defined when {@code kw > 0}; flat area weight {@code kw}.
 *   <li>SCALE_MINIMUM: mean {@code kwv / (kw + mw)}, defined when {@code kw + mw > 0}; flat area
 *       weight {@code kw + mw}.
 *   <li>AREA_MEAN: mean {@code kwv / kw}, defined when {@code kw > 0}; flat area weight {@code kw +
 *       mw} (the missing factors take the mean and keep their weight).
 * </ul>
 *
 * <p>The area's weight is its explicit weight when area weights are given, else the flat weight.
 * The area score is the mean, or with a margin {@code m} the smaller of the mean and {@code low +
 * m}, where {@code low} is the lowest value among the area's factors of positive weight (a missing
 * one counting 0 under SCALE_MINIMUM). An area is scored when its mean is defined and its weight is
 * greater than zero. The overall score is {@code sum(weight * score) / sum(weight)} over the scored
 * areas in {@link org.alliancekit.model.factor.FactorCategory} order, and {@code NaN} when no area
 * is scored. Since every value is in [0, 1] and floating-point sums and products are monotone, the
 * results are in [0, 1] as well.
 *
 * <p>Immutable and thread-safe. Not part of the public API: the package is not exported.
 */
public final class ScoreKernel {
  /** Number of alignment areas, the length of an area-score block. */
  public static final int AREAS = 5;

  private final int width;
  private final int[] areaStart;
  private final int[] columns;
  private final double[] weights;
  private final int[] slotOfColumn;
  private final double[] categoryWeights;
  private final MissingRatingPolicy policy;
  private final double margin;

  private ScoreKernel(
      int width,
      int[] categories,
      double[] columnWeights,
      double[] categoryWeights,
      MissingRatingPolicy policy,
      double margin) {
    this.width = width;
    this.categoryWeights = categoryWeights == null ? null : categoryWeights.clone();
    this.policy = policy;
    this.margin = margin;
    int[] counts = new int[AREAS];
    for (int column = 0; column < width; column++) {
      if (categories[column] >= 0) {
        counts[categories[column]]++;
      }
    }
    areaStart = new int[AREAS + 1];
    for (int a = 0; a < AREAS; a++) {
      areaStart[a + 1] = areaStart[a] + counts[a];
    }
    int slots = areaStart[AREAS];
    columns = new int[slots];
    weights = new double[slots];
    slotOfColumn = new int[width];
    Arrays.fill(slotOfColumn, -1);
    int[] next = Arrays.copyOf(areaStart, AREAS);
    for (int column = 0; column < width; column++) {
      int area = categories[column];
      if (area >= 0) {
        int slot = next[area]++;
        columns[slot] = column;
        weights[slot] = columnWeights[column];
        slotOfColumn[column] = slot;
      }
    }
  }

  /**
   * Returns a kernel for rows of {@code categories.length} values.
   *
   * @param categories for each column, the ordinal of its area (0 to 4), or -1 to leave it out
   * @param weights for each column, its weight: a finite number of at least 0 (ignored for columns
   *     left out)
   * @param categoryWeights null for flat weighting, else the five explicit area weights, each a
   *     finite number of at least 0
   * @param policy what to do with missing values
   * @param margin NaN for a plain weighted average, else the weakest-link margin in [0, 1]
   * @throws IllegalArgumentException if an argument breaks these rules
   */
  public static ScoreKernel of(
      int[] categories,
      double[] weights,
      double[] categoryWeights,
      MissingRatingPolicy policy,
      double margin) {
    checkNotNull(categories, "categories");
    checkNotNull(weights, "weights");
    checkNotNull(policy, "policy");
    checkArgument(
        categories.length == weights.length,
        "%s categories but %s weights",
        categories.length,
        weights.length);
    for (int column = 0; column < categories.length; column++) {
      checkArgument(
          categories[column] >= -1 && categories[column] < AREAS,
          "area ordinal %s of column %s must be from -1 to %s",
          categories[column],
          column,
          AREAS - 1);
      checkArgument(
          weights[column] >= 0 && Double.isFinite(weights[column]),
          "weight %s of column %s must be a finite number of at least 0",
          Double.valueOf(weights[column]),
          column);
    }
    if (categoryWeights != null) {
      checkArgument(
          categoryWeights.length == AREAS,
          "%s area weights given, not %s",
          categoryWeights.length,
          AREAS);
      for (int a = 0; a < AREAS; a++) {
        checkArgument(
            categoryWeights[a] >= 0 && Double.isFinite(categoryWeights[a]),
            "weight %s of area %s must be a finite number of at least 0",
            Double.valueOf(categoryWeights[a]),
            a);
      }
    }
    checkArgument(
        Double.isNaN(margin) || (margin >= 0 && margin <= 1),
        "weakest-link margin %s must be NaN or a number between 0 and 1",
        margin);
    return new ScoreKernel(
        categories.length, categories, weights.clone(), categoryWeights, policy, margin);
  }

  /** The number of values in a row: the catalog's size. */
  public int width() {
    return width;
  }

  /** The number of columns the rule considers. */
  public int considered() {
    return columns.length;
  }

  /** The number of considered columns in the area with the given ordinal. */
  public int areaSize(int area) {
    return areaStart[area + 1] - areaStart[area];
  }

  /** Whether the rule considers the given column. */
  public boolean considers(int column) {
    return slotOfColumn[column] >= 0;
  }

  /** The weight of the given considered column. */
  public double weight(int column) {
    int slot = slotOfColumn[column];
    checkArgument(slot >= 0, "column %s is not considered", column);
    return weights[slot];
  }

  /**
   * Returns the first column of the row whose value is neither NaN nor in [0, 1], or -1 when all
   * are valid. Every column is checked, considered or not.
   */
  public int firstInvalid(double[] values, int offset) {
    for (int column = 0; column < width; column++) {
      double value = values[offset + column];
      if (value == value && !(value >= 0.0 && value <= 1.0)) {
        return column;
      }
    }
    return -1;
  }

  /**
   * Scores one row, writing the five area scores to {@code areaScores[areaOffset..areaOffset + 4]}
   * (NaN for an area not scored).
   *
   * @param values normalised values, the row starting at {@code offset}; each NaN or in [0, 1]
   * @return the overall score, or NaN when no area is scored
   */
  public double score(double[] values, int offset, double[] areaScores, int areaOffset) {
    return score(values, offset, areaScores, areaOffset, null, null);
  }

  /**
   * Scores one row as {@link #score(double[], int, double[], int)} does, also writing each area's
   * weight and the weighted mean of its values (before any weakest-link cap; NaN when undefined) to
   * the five slots of {@code areaWeights} and {@code areaMeans} from {@code areaOffset} on, when
   * those arrays are not null.
   */
  public double score(
      double[] values,
      int offset,
      double[] areaScores,
      int areaOffset,
      double[] areaWeights,
      double[] areaMeans) {
    double total = 0.0;
    double totalWeight = 0.0;
    boolean weakestLink = margin == margin;
    boolean scaleMinimum = policy == MissingRatingPolicy.SCALE_MINIMUM;
    for (int a = 0; a < AREAS; a++) {
      double knownWeight = 0.0;
      double weightedSum = 0.0;
      double missingWeight = 0.0;
      double low = Double.POSITIVE_INFINITY;
      for (int slot = areaStart[a], end = areaStart[a + 1]; slot < end; slot++) {
        double value = values[offset + columns[slot]];
        double weight = weights[slot];
        if (value == value) {
          knownWeight += weight;
          weightedSum += weight * value;
          if (weight > 0.0 && value < low) {
            low = value;
          }
        } else {
          missingWeight += weight;
          if (scaleMinimum && weight > 0.0) {
            low = 0.0;
          }
        }
      }
      double mean;
      double flatWeight;
      switch (policy) {
        case SCALE_MINIMUM:
          flatWeight = knownWeight + missingWeight;
          mean = flatWeight > 0.0 ? weightedSum / flatWeight : Double.NaN;
          break;
        case AREA_MEAN:
          flatWeight = knownWeight + missingWeight;
          mean = knownWeight > 0.0 ? weightedSum / knownWeight : Double.NaN;
          break;
        case IGNORE:
        default:
          flatWeight = knownWeight;
          mean = knownWeight > 0.0 ? weightedSum / knownWeight : Double.NaN;
          break;
      }
      double weight = categoryWeights == null ? flatWeight : categoryWeights[a];
      double score = weakestLink ? Math.min(mean, low + margin) : mean;
      boolean scored = mean == mean && weight > 0.0;
      if (scored) {
        total += weight * score;
        totalWeight += weight;
      }
      areaScores[areaOffset + a] = scored ? score : Double.NaN;
      if (areaWeights != null) {
        areaWeights[areaOffset + a] = weight;
      }
      if (areaMeans != null) {
        areaMeans[areaOffset + a] = mean;
      }
    }
    return totalWeight > 0.0 ? total / totalWeight : Double.NaN;
  }

  /**
   * Returns lookup tables that score rows of small integer codes, such as the bytes of a byte
   * rating matrix, bit-for-bit as {@link #score(double[], int, double[], int)} scores the rows of
   * their normalised values.
   *
   * @param valueOfCode the normalised value of each code from 0 on, NaN for a code meaning unknown;
   *     each NaN or in [0, 1]
   * @throws IllegalArgumentException if a value is neither NaN nor in [0, 1], or there are none
   */
  public CodeTables codeTables(double[] valueOfCode) {
    checkNotNull(valueOfCode, "valueOfCode");
    checkArgument(valueOfCode.length > 0, "at least one code is needed");
    for (int code = 0; code < valueOfCode.length; code++) {
      double value = valueOfCode[code];
      checkArgument(
          value != value || (value >= 0.0 && value <= 1.0),
          "value %s of code %s must be NaN or between 0 and 1",
          Double.valueOf(value),
          code);
    }
    return new CodeTables(this, valueOfCode.clone());
  }

  /**
   * Scores rows of integer codes through per-column lookup tables, without a branch per value: for
   * each considered column and code the tables hold the weight times the value and the weight of a
   * known value (both 0 for an unknown one), the weight of a missing value (0 for a known one) and,
   * for the weakest-link rule, the value's contribution to the area's lowest value. A known value
   * adds the same product and weight as in {@link ScoreKernel#score(double[], int, double[], int)},
   * in the same order, and an unknown one adds {@code +0.0}, which leaves the non-negative sums
   * unchanged, so the results are bit-for-bit equal.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class CodeTables {
    private final ScoreKernel kernel;
    private final int stride;
    private final int[] columns;
    private final int[] base;
    private final boolean inOrder;
    private final boolean needsMissing;
    private final boolean scaleMinimum;
    private final double[] weightedValue;
    private final double[] knownWeight;
    private final double[] missingWeight;
    private final double[] lowest;
    private final boolean plain;

    private CodeTables(ScoreKernel kernel, double[] valueOfCode) {
      this.kernel = kernel;
      this.stride = valueOfCode.length;
      this.columns = kernel.columns;
      int slots = kernel.columns.length;
      base = new int[slots];
      boolean identity = true;
      for (int slot = 0; slot < slots; slot++) {
        base[slot] = slot * stride;
        identity &= kernel.columns[slot] == slot;
      }
      inOrder = identity;
      needsMissing = kernel.policy != MissingRatingPolicy.IGNORE;
      scaleMinimum = kernel.policy == MissingRatingPolicy.SCALE_MINIMUM;
      weightedValue = new double[slots * stride];
      knownWeight = new double[slots * stride];
      missingWeight = new double[slots * stride];
      lowest = kernel.margin == kernel.margin ? new double[slots * stride] : null;
      plain = inOrder && !needsMissing && lowest == null && kernel.categoryWeights == null;
      for (int slot = 0; slot < slots; slot++) {
        double weight = kernel.weights[slot];
        for (int code = 0; code < stride; code++) {
          int at = slot * stride + code;
          double value = valueOfCode[code];
          boolean known = value == value;
          weightedValue[at] = known ? weight * value : 0.0;
          knownWeight[at] = known ? weight : 0.0;
          missingWeight[at] = known ? 0.0 : weight;
          if (lowest != null) {
            lowest[at] =
                weight > 0.0
                    ? (known ? value : scaleMinimum ? 0.0 : Double.POSITIVE_INFINITY)
                    : Double.POSITIVE_INFINITY;
          }
        }
      }
    }

    /** The number of codes, from 0 on, that the tables cover. */
    public int codes() {
      return stride;
    }

    /**
     * Whether the rule is of the plain shape that {@link #scoreRows} scores: missing ratings
     * ignored, no weakest-link margin, flat area weights, and the considered columns the first ones
     * of a row, in catalog order (so each area is a contiguous run of columns).
     */
    public boolean isPlain() {
      return plain;
    }

    /**
     * Scores the rows {@code from} (inclusive) to {@code to} (exclusive) of a row-major matrix of
     * codes {@code width} wide, each code the byte plus {@code shift}, straight into the output
     * arrays: for a scored row its overall score, the score of each scored area (0 for an area not
     * scored) and its flags, bit {@code a} set for each scored area {@code a} plus {@code
     * validFlag}; for a row with nothing to score, zeros everywhere. The numbers are bit-for-bit
     * those of {@link #score(byte[], int, int, double[], int)}: each row's sums are the same
     * additions in the same order. Rows are scored four at a time, their sums interleaved, so that
     * the additions of different rows overlap instead of waiting on one another.
     *
     * @return the number of rows with nothing to score (their flags are 0)
     * @throws IllegalStateException if the tables are not {@linkplain #isPlain() plain}
     */
    public int scoreRows(
        byte[] codes,
        int width,
        int shift,
        int from,
        int to,
        double[] overall,
        double[][] areas,
        byte[] flags,
        int validFlag) {
      return scoreRows(codes, width, shift, from, to, overall, areas, flags, validFlag, null);
    }

    /**
     * Scores rows as {@link #scoreRows(byte[], int, int, int, int, double[], double[][], byte[],
     * int)} does, also writing each area's weight, the known weight of its rated factors (0 for an
     * area without one), to {@code weights[a][row]} when {@code weights} is not null.
     */
    public int scoreRows(
        byte[] codes,
        int width,
        int shift,
        int from,
        int to,
        double[] overall,
        double[][] areas,
        byte[] flags,
        int validFlag,
        double[][] weights) {
      if (!plain) {
        throw new IllegalStateException("the tables of a rule that is not plain score row by row");
      }
      int unscored = 0;
      int row = from;
      for (; row + 3 < to; row += 4) {
        unscored += scoreFour(codes, width, shift, row, overall, areas, flags, validFlag, weights);
      }
      for (; row < to; row++) {
        unscored += scoreOne(codes, width, shift, row, overall, areas, flags, validFlag, weights);
      }
      return unscored;
    }

    /** Scores four consecutive rows of a plain rule; returns how many had nothing to score. */
    private int scoreFour(
        byte[] codes,
        int width,
        int shift,
        int row,
        double[] overall,
        double[][] areas,
        byte[] flags,
        int validFlag,
        double[][] weights) {
      int[] areaStart = kernel.areaStart;
      double[] knownWeight = this.knownWeight;
      double[] weightedValue = this.weightedValue;
      int stride = this.stride;
      int o0 = row * width;
      int o1 = o0 + width;
      int o2 = o1 + width;
      int o3 = o2 + width;
      double t0 = 0.0;
      double t1 = 0.0;
      double t2 = 0.0;
      double t3 = 0.0;
      double w0 = 0.0;
      double w1 = 0.0;
      double w2 = 0.0;
      double w3 = 0.0;
      int f0 = 0;
      int f1 = 0;
      int f2 = 0;
      int f3 = 0;
      for (int a = 0; a < AREAS; a++) {
        int start = areaStart[a];
        int end = areaStart[a + 1];
        double k0 = 0.0;
        double k1 = 0.0;
        double k2 = 0.0;
        double k3 = 0.0;
        double v0 = 0.0;
        double v1 = 0.0;
        double v2 = 0.0;
        double v3 = 0.0;
        for (int column = start, cells = start * stride + shift;
            column < end;
            column++, cells += stride) {
          int c0 = cells + codes[o0 + column];
          int c1 = cells + codes[o1 + column];
          int c2 = cells + codes[o2 + column];
          int c3 = cells + codes[o3 + column];
          k0 += knownWeight[c0];
          v0 += weightedValue[c0];
          k1 += knownWeight[c1];
          v1 += weightedValue[c1];
          k2 += knownWeight[c2];
          v2 += weightedValue[c2];
          k3 += knownWeight[c3];
          v3 += weightedValue[c3];
        }
        // an area is scored when its known weight is positive; an unscored area adds +0.0 to the
        // non-negative sums, which leaves them as they were
        double[] out = areas[a];
        int bit = 1 << a;
        boolean s0 = k0 > 0.0;
        double m0 = v0 / k0;
        out[row] = s0 ? m0 : 0.0;
        t0 += s0 ? k0 * m0 : 0.0;
        w0 += k0;
        f0 |= s0 ? bit : 0;
        boolean s1 = k1 > 0.0;
        double m1 = v1 / k1;
        out[row + 1] = s1 ? m1 : 0.0;
        t1 += s1 ? k1 * m1 : 0.0;
        w1 += k1;
        f1 |= s1 ? bit : 0;
        boolean s2 = k2 > 0.0;
        double m2 = v2 / k2;
        out[row + 2] = s2 ? m2 : 0.0;
        t2 += s2 ? k2 * m2 : 0.0;
        w2 += k2;
        f2 |= s2 ? bit : 0;
        boolean s3 = k3 > 0.0;
        double m3 = v3 / k3;
        out[row + 3] = s3 ? m3 : 0.0;
        t3 += s3 ? k3 * m3 : 0.0;
        w3 += k3;
        f3 |= s3 ? bit : 0;
        if (weights != null) {
          double[] weight = weights[a];
          weight[row] = k0;
          weight[row + 1] = k1;
          weight[row + 2] = k2;
          weight[row + 3] = k3;
        }
      }
      return finish(row, t0, w0, f0, overall, flags, validFlag)
          + finish(row + 1, t1, w1, f1, overall, flags, validFlag)
          + finish(row + 2, t2, w2, f2, overall, flags, validFlag)
          + finish(row + 3, t3, w3, f3, overall, flags, validFlag);
    }

    /** Scores one row of a plain rule; returns 1 when it had nothing to score, else 0. */
    private int scoreOne(
        byte[] codes,
        int width,
        int shift,
        int row,
        double[] overall,
        double[][] areas,
        byte[] flags,
        int validFlag,
        double[][] weights) {
      int[] areaStart = kernel.areaStart;
      int offset = row * width;
      double total = 0.0;
      double totalWeight = 0.0;
      int flag = 0;
      for (int a = 0; a < AREAS; a++) {
        int start = areaStart[a];
        int end = areaStart[a + 1];
        double known = 0.0;
        double weightedSum = 0.0;
        for (int column = start, cells = start * stride + shift;
            column < end;
            column++, cells += stride) {
          int cell = cells + codes[offset + column];
          known += knownWeight[cell];
          weightedSum += weightedValue[cell];
        }
        boolean scored = known > 0.0;
        double mean = weightedSum / known;
        areas[a][row] = scored ? mean : 0.0;
        total += scored ? known * mean : 0.0;
        totalWeight += known;
        flag |= scored ? 1 << a : 0;
        if (weights != null) {
          weights[a][row] = known;
        }
      }
      return finish(row, total, totalWeight, flag, overall, flags, validFlag);
    }

    /** Writes a row's overall score and flags; returns 1 when it had nothing to score, else 0. */
    private static int finish(
        int row,
        double total,
        double totalWeight,
        int flag,
        double[] overall,
        byte[] flags,
        int validFlag) {
      boolean valid = totalWeight > 0.0;
      overall[row] = valid ? total / totalWeight : 0.0;
      flags[row] = (byte) (valid ? flag | validFlag : 0);
      return valid ? 0 : 1;
    }

    /**
     * Scores one row of codes, each the byte at its index plus {@code shift}, which must lie in [0,
     * {@link #codes()}), writing the five area scores as {@link ScoreKernel#score(double[], int,
     * double[], int)} does.
     *
     * @return the overall score, or NaN when no area is scored
     */
    public double score(byte[] row, int offset, int shift, double[] areaScores, int areaOffset) {
      return score(row, offset, shift, areaScores, areaOffset, null, null);
    }

    /**
     * Scores one row of codes as {@link #score(byte[], int, int, double[], int)} does, also writing
     * each area's weight and the weighted mean of its values (before any weakest-link cap; NaN when
     * undefined) to the five slots of {@code areaWeights} and {@code areaMeans} from {@code
     * areaOffset} on, when those arrays are not null, as {@link ScoreKernel#score(double[], int,
     * double[], int, double[], double[])} writes them.
     *
     * @return the overall score, or NaN when no area is scored
     */
    public double score(
        byte[] row,
        int offset,
        int shift,
        double[] areaScores,
        int areaOffset,
        double[] areaWeights,
        double[] areaMeans) {
      ScoreKernel k = kernel;
      int stride = this.stride;
      int[] areaStart = k.areaStart;
      int[] columns = this.columns;
      int[] base = this.base;
      double[] weightedValue = this.weightedValue;
      double[] knownWeight = this.knownWeight;
      double[] missingWeight = this.missingWeight;
      double[] lowest = this.lowest;
      double[] categoryWeights = k.categoryWeights;
      double margin = k.margin;
      boolean needsMissing = this.needsMissing;
      boolean scaleMinimum = this.scaleMinimum;
      double total = 0.0;
      double totalWeight = 0.0;
      for (int a = 0; a < AREAS; a++) {
        double known = 0.0;
        double weightedSum = 0.0;
        double missing = 0.0;
        double low = Double.POSITIVE_INFINITY;
        int start = areaStart[a];
        int end = areaStart[a + 1];
        if (inOrder) {
          // the considered columns are the first ones, in catalog order: no column look-up
          for (int at = offset + start, last = offset + end, cells = start * stride + shift;
              at < last;
              at++, cells += stride) {
            int cell = cells + row[at];
            known += knownWeight[cell];
            weightedSum += weightedValue[cell];
          }
        } else {
          for (int slot = start; slot < end; slot++) {
            int cell = base[slot] + row[offset + columns[slot]] + shift;
            known += knownWeight[cell];
            weightedSum += weightedValue[cell];
          }
        }
        if (needsMissing) {
          for (int slot = start; slot < end; slot++) {
            missing += missingWeight[base[slot] + row[offset + columns[slot]] + shift];
          }
        }
        if (lowest != null) {
          for (int slot = start; slot < end; slot++) {
            low = Math.min(low, lowest[base[slot] + row[offset + columns[slot]] + shift]);
          }
        }
        double mean;
        double flatWeight;
        if (!needsMissing) {
          // IGNORE, the usual policy: no switch in the common case
          flatWeight = known;
          mean = known > 0.0 ? weightedSum / known : Double.NaN;
        } else if (scaleMinimum) {
          flatWeight = known + missing;
          mean = flatWeight > 0.0 ? weightedSum / flatWeight : Double.NaN;
        } else {
          // AREA_MEAN
          flatWeight = known + missing;
          mean = known > 0.0 ? weightedSum / known : Double.NaN;
        }
        double weight = categoryWeights == null ? flatWeight : categoryWeights[a];
        double score = lowest != null ? Math.min(mean, low + margin) : mean;
        boolean scored = mean == mean && weight > 0.0;
        if (scored) {
          total += weight * score;
          totalWeight += weight;
        }
        areaScores[areaOffset + a] = scored ? score : Double.NaN;
        if (areaWeights != null) {
          areaWeights[areaOffset + a] = weight;
        }
        if (areaMeans != null) {
          areaMeans[areaOffset + a] = mean;
        }
      }
      return totalWeight > 0.0 ? total / totalWeight : Double.NaN;
    }
  }
}
