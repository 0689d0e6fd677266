package org.alliancekit.scoring.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.internal.ScalePoints;
import org.apiguardian.api.API;

/**
 * The normalised ratings of many assessments in one table: one row per assessment, one column per
 * factor of a {@link FactorCatalog}, the input of {@link PortfolioScorer}.
 *
 * <p><b>Layout.</b> The values are stored row-major in one primitive array: the value of row {@code
 * r} and column {@code c} sits at index {@code r * width() + c}, where column {@code c} is the
 * catalog factor {@code catalog().codes().get(c)}. A value is a rating normalised to [0, 1] (see
 * {@link RatingScale#normalize(double)}), and {@code NaN} stands for a factor without a known
 * rating (rated unknown or not rated). Each row carries the id of the relationship assessed; ids
 * may repeat, as a relationship may be assessed several times.
 *
 * <p>A matrix is made from an array of normalised values ({@link #of(FactorCatalog, List,
 * double[])}, or {@link #of(FactorCatalog, List, float[])} at half the memory), from an array of
 * raw integer ratings stored as bytes ({@link #ofBytes(FactorCatalog, List, byte[], NumericScale)},
 * at an eighth of the memory), or with a {@link Builder} that takes raw ratings on a {@link
 * RatingScale}, or whole {@link Assessment}s, and normalises them. None of these throws for a bad
 * row: a value outside [0, 1] in a given array of normalised values is reported by the scorer, and
 * a raw rating off its scale or an assessment of another catalog is stored as a row of unknowns and
 * recorded as a {@link #problems() problem} of that row.
 *
 * <p>Memory: 8 bytes per cell for double storage, 4 for float storage, 1 for byte storage, plus the
 * row ids. The factories copy the given array, so the matrix stays immutable.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RatingMatrix {
  /** The byte that stands for an unknown rating in a byte matrix. */
  public static final int UNKNOWN = -1;

  private final FactorCatalog catalog;
  private final ImmutableList<RelationshipId> relationships;
  private final double[] doubles;
  private final float[] floats;
  private final byte[] bytes;
  private final NumericScale byteScale;
  private final double[] byteValues;
  private final ImmutableList<Problem> problems;

  private RatingMatrix(
      FactorCatalog catalog,
      ImmutableList<RelationshipId> relationships,
      double[] doubles,
      float[] floats,
      ImmutableList<Problem> problems) {
    this(catalog, relationships, doubles, floats, null, null, problems);
  }

  private RatingMatrix(
      FactorCatalog catalog,
      ImmutableList<RelationshipId> relationships,
      double[] doubles,
      float[] floats,
      byte[] bytes,
      NumericScale byteScale,
      ImmutableList<Problem> problems) {
    this.catalog = catalog;
    this.relationships = relationships;
    this.doubles = doubles;
    this.floats = floats;
    this.bytes = bytes;
    this.byteScale = byteScale;
    this.byteValues = byteScale == null ? null : byteValues(byteScale);
    this.problems = problems;
  }

  /**
   * Returns a matrix of normalised values stored as doubles, copied from {@code values} in
   * row-major order (see the class documentation).
   *
   * @param relationships the relationship of each row; its size is the number of rows
   * @param values {@code relationships.size() * catalog.size()} values, each in [0, 1] or NaN for
   *     unknown; values outside [0, 1] are reported as problems when the matrix is scored
   * @throws IllegalArgumentException if the number of values does not match
   */
  public static RatingMatrix of(
      FactorCatalog catalog, List<RelationshipId> relationships, double[] values) {
    ImmutableList<RelationshipId> ids = checkShape(catalog, relationships, values.length);
    return new RatingMatrix(catalog, ids, values.clone(), null, ImmutableList.of());
  }

  /**
   * Returns a matrix of normalised values stored as floats, copied from {@code values} in row-major
   * order (see the class documentation). The scorer widens each float to a double; the scores then
   * equal the object rules' scores for assessments whose normalised ratings are those widened
   * floats.
   *
   * @param relationships the relationship of each row; its size is the number of rows
   * @param values {@code relationships.size() * catalog.size()} values, each in [0, 1] or NaN for
   *     unknown; values outside [0, 1] are reported as problems when the matrix is scored
   * @throws IllegalArgumentException if the number of values does not match
   */
  public static RatingMatrix of(
      FactorCatalog catalog, List<RelationshipId> relationships, float[] values) {
    ImmutableList<RelationshipId> ids = checkShape(catalog, relationships, values.length);
    return new RatingMatrix(catalog, ids, null, values.clone(), ImmutableList.of());
  }

  /**
   * Returns a matrix of raw integer ratings stored as one byte each, copied from {@code ratings} in
   * row-major order (see the class documentation), with {@value #UNKNOWN} for a factor without a
   * known rating. This is the most compact form: one byte per rating, an eighth of double storage.
   *
   * <p>The scale must be a {@link NumericScale} whose bounds are whole numbers from 0 to 127, such
   * as {@link RatingScale#zeroToTen()}. Each rating is normalised with the same {@link
   * RatingScale#normalize(double)} call the object rules use (through a table of the scale's
   * points, built once per matrix), so the scores are bit-for-bit those of the object rules for
   * assessments with the same ratings on the same scale.
   *
   * <p>A row with a byte that is neither {@value #UNKNOWN} nor a point of the scale is stored as a
   * row of unknowns and recorded as an {@link ProblemKind#OUT_OF_RANGE} problem naming every such
   * rating; it is reported again, with that problem, when the matrix is scored.
   *
   * @param relationships the relationship of each row; its size is the number of rows
   * @param ratings {@code relationships.size() * catalog.size()} ratings
   * @param scale the scale of the ratings
   * @throws IllegalArgumentException if the number of ratings does not match, or the scale's bounds
   *     are not whole numbers from 0 to 127
   */
  public static RatingMatrix ofBytes(
      FactorCatalog catalog,
      List<RelationshipId> relationships,
      byte[] ratings,
      NumericScale scale) {
    checkNotNull(ratings, "ratings");
    checkNotNull(scale, "scale");
    ImmutableList<RelationshipId> ids = checkShape(catalog, relationships, ratings.length);
    checkArgument(
        scale.min() == Math.rint(scale.min())
            && scale.max() == Math.rint(scale.max())
            && scale.min() >= 0
            && scale.max() <= Byte.MAX_VALUE,
        "scale %s of a byte rating matrix must have whole-number bounds from 0 to %s",
        scale,
        Byte.MAX_VALUE);
    byte[] copy = ratings.clone();
    int width = catalog.size();
    int low = (int) scale.min();
    int high = (int) scale.max();
    List<Problem> problems = new ArrayList<>();
    for (int row = 0, offset = 0; row < ids.size(); row++, offset += width) {
      boolean bad = false;
      for (int i = offset, end = offset + width; i < end; i++) {
        int rating = copy[i];
        bad |= rating != UNKNOWN & (rating < low | rating > high);
      }
      if (bad) {
        List<String> offScale = new ArrayList<>();
        for (int column = 0; column < width; column++) {
          int rating = copy[offset + column];
          if (rating != UNKNOWN && (rating < low || rating > high)) {
            offScale.add(
                "rating "
                    + rating
                    + " for "
                    + catalog.codes().get(column)
                    + " is outside scale "
                    + scale);
          }
        }
        Arrays.fill(copy, offset, offset + width, (byte) UNKNOWN);
        problems.add(
            Problem.atRow(
                row, ids.get(row).value(), ProblemKind.OUT_OF_RANGE, String.join("; ", offScale)));
      }
    }
    return new RatingMatrix(catalog, ids, null, null, copy, scale, ImmutableList.copyOf(problems));
  }

  /**
   * The normalised value of each byte code {@code b + 1} of a byte matrix on the given scale: NaN
   * at code 0 (unknown) and below the scale's lowest point, {@code scale.normalize(b)} for each
   * point {@code b} of the scale.
   */
  private static double[] byteValues(NumericScale scale) {
    int high = (int) scale.max();
    double[] values = new double[high + 2];
    Arrays.fill(values, Double.NaN);
    for (int rating = (int) scale.min(); rating <= high; rating++) {
      values[rating + 1] = scale.normalize(rating);
    }
    return values;
  }

  private static ImmutableList<RelationshipId> checkShape(
      FactorCatalog catalog, List<RelationshipId> relationships, int length) {
    checkNotNull(catalog, "catalog");
    ImmutableList<RelationshipId> ids = ImmutableList.copyOf(relationships);
    long needed = (long) ids.size() * catalog.size();
    checkArgument(
        length == needed,
        "rating matrix has %s values; %s rows of the %s factors of catalog %s need %s",
        length,
        ids.size(),
        catalog.size(),
        catalog.name(),
        needed);
    return ids;
  }

  /** Returns a builder of a matrix over the given catalog, normalising raw ratings as it goes. */
  public static Builder builder(FactorCatalog catalog) {
    return new Builder(catalog);
  }

  /** The catalog whose factors are the columns. */
  public FactorCatalog catalog() {
    return catalog;
  }

  /** The number of rows. */
  public int rows() {
    return relationships.size();
  }

  /** The number of columns: the catalog's size. */
  public int width() {
    return catalog.size();
  }

  /** The relationship of each row, in row order. */
  public ImmutableList<RelationshipId> relationships() {
    return relationships;
  }

  /**
   * The normalised value at the given row and column, NaN for unknown.
   *
   * @throws IndexOutOfBoundsException if the row or column is out of range
   */
  public double value(int row, int column) {
    checkElementIndex(row, rows(), "row");
    checkElementIndex(column, width(), "column");
    int index = row * width() + column;
    if (bytes != null) {
      return byteValues[bytes[index] + 1];
    }
    return doubles != null ? doubles[index] : floats[index];
  }

  /**
   * The normalised value of the factor with the given code in the given row, NaN for unknown.
   *
   * @throws IllegalArgumentException if the catalog has no factor with that code
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double value(int row, String code) {
    int column = catalog.indexOf(checkNotNull(code, "code"));
    checkArgument(column >= 0, "factor code %s is not in catalog %s", code, catalog.name());
    return value(row, column);
  }

  /** Whether the values are stored as floats rather than doubles. */
  public boolean isFloat() {
    return floats != null;
  }

  /**
   * The scale of the raw ratings when they are stored as bytes ({@link #ofBytes(FactorCatalog,
   * List, byte[], NumericScale)}); empty when normalised values are stored.
   */
  public Optional<NumericScale> byteScale() {
    return Optional.ofNullable(byteScale);
  }

  /**
   * The rows that could not be filled while building, one problem per row, in row order; empty for
   * a matrix made from an array. Such a row holds only NaN and is reported again, with this
   * problem, when the matrix is scored.
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The double storage, or null; shared with the scorer, never modified. */
  double[] doubles() {
    return doubles;
  }

  /** The float storage, or null; shared with the scorer, never modified. */
  float[] floats() {
    return floats;
  }

  /** The byte storage, or null; shared with the scorer, never modified. */
  byte[] bytes() {
    return bytes;
  }

  /**
   * For byte storage, the normalised value of each code {@code b + 1} (see {@link
   * #ofBytes(FactorCatalog, List, byte[], NumericScale)}), else null; never modified.
   */
  double[] byteValues() {
    return byteValues;
  }

  /**
   * Two matrices are equal when catalog, row ids, storage type (and for byte storage the scale),
   * stored values and problems are equal.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RatingMatrix that
        && catalog.equals(that.catalog)
        && relationships.equals(that.relationships)
        && Arrays.equals(doubles, that.doubles)
        && Arrays.equals(floats, that.floats)
        && Arrays.equals(bytes, that.bytes)
        && Objects.equals(byteScale, that.byteScale)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        catalog,
        relationships,
        Arrays.hashCode(doubles),
        Arrays.hashCode(floats),
        Arrays.hashCode(bytes),
        byteScale,
        problems);
  }

  /** Returns a summary such as {@code RatingMatrix{catalog=SALES_SCORECARD, rows=3, double}}. */
  @Override
  public String toString() {
    return "RatingMatrix{catalog="
        + catalog.name()
        + ", rows="
        + rows()
        + (bytes != null ? ", bytes on " + byteScale : isFloat() ? ", float" : ", double")
        + (problems.isEmpty() ? "" : ", problems=" + problems.size())
        + "}";
  }

  /**
   * Builds a {@link RatingMatrix} of doubles row by row, normalising raw ratings with their scale.
   * A bad row is stored as NaN and recorded as a problem, never thrown; only a wrong number of
   * values (a caller error in the call itself) throws.
   *
   * <p>Not thread-safe; the matrix it builds is.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private static final int INITIAL_ROWS = 16;
    private static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    private final FactorCatalog catalog;
    private final int width;
    private final List<RelationshipId> relationships = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private double[] values;
    private ScalePoints points;

    private Builder(FactorCatalog catalog) {
      this.catalog = checkNotNull(catalog, "catalog");
      this.width = catalog.size();
      this.values = new double[INITIAL_ROWS * width];
    }

    /**
     * Adds a row of raw ratings on the given scale, one per catalog column in catalog order, NaN
     * for unknown. Each known rating is normalised with {@link RatingScale#normalize(double)}; if
     * any is off the scale, the row is stored as NaN and recorded as an {@link
     * ProblemKind#OUT_OF_RANGE} problem naming every such rating.
     *
     * @throws IllegalArgumentException if {@code ratings} does not hold one value per catalog
     *     factor
     */
    public Builder addRow(RelationshipId relationship, RatingScale scale, double... ratings) {
      checkNotNull(relationship, "relationship");
      checkNotNull(scale, "scale");
      checkArgument(
          ratings.length == width,
          "row of relationship %s has %s ratings; catalog %s has %s factors",
          relationship,
          ratings.length,
          catalog.name(),
          width);
      int offset = newRow(relationship);
      List<String> offScale = new ArrayList<>();
      for (int column = 0; column < width; column++) {
        double rating = ratings[column];
        if (Double.isNaN(rating)) {
          continue;
        }
        if (scale.contains(rating)) {
          values[offset + column] = points(scale).normalize(rating);
        } else {
          offScale.add(
              "rating "
                  + format(rating)
                  + " for "
                  + catalog.codes().get(column)
                  + " is outside scale "
                  + scale);
        }
      }
      if (!offScale.isEmpty()) {
        Arrays.fill(values, offset, offset + width, Double.NaN);
        problems.add(
            Problem.atRow(
                relationships.size() - 1,
                relationship.value(),
                ProblemKind.OUT_OF_RANGE,
                String.join("; ", offScale)));
      }
      return this;
    }

    /**
     * Adds a row with the normalised known ratings of an assessment. An assessment of a catalog
     * other than the matrix's is stored as NaN and recorded as an {@link
     * ProblemKind#UNKNOWN_REFERENCE} problem.
     */
    public Builder addRow(Assessment assessment) {
      checkNotNull(assessment, "assessment");
      int offset = newRow(assessment.relationship());
      if (!assessment.catalog().equals(catalog)) {
        problems.add(
            Problem.atRow(
                relationships.size() - 1,
                assessment.relationship().value(),
                ProblemKind.UNKNOWN_REFERENCE,
                "assessment "
                    + assessment.id()
                    + " uses catalog "
                    + assessment.catalog().name()
                    + ", not the matrix's catalog "
                    + catalog.name()));
        return this;
      }
      ScalePoints points = points(assessment.scale());
      for (Rating rating : assessment.ratings()) {
        if (rating.isKnown()) {
          values[offset + catalog.indexOf(rating.code())] =
              points.normalize(rating.value().getAsDouble());
        }
      }
      return this;
    }

    /**
     * The points of the given scale, kept from the last call: normalising through them gives the
     * scale's own {@link RatingScale#normalize(double)} results.
     */
    private ScalePoints points(RatingScale scale) {
      if (points == null || !points.scale().equals(scale)) {
        points = ScalePoints.of(scale);
      }
      return points;
    }

    /** Formats a rating as the model does: integral values without a trailing ".0". */
    private static String format(double value) {
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return Double.toString(value);
    }

    /** Appends a row of NaN and returns the offset of its first value. */
    private int newRow(RelationshipId relationship) {
      int row = relationships.size();
      int offset = row * width;
      long needed = (long) offset + width;
      if (needed > values.length) {
        checkArgument(
            needed <= MAX_VALUES,
            "rating matrix of catalog %s cannot hold more than %s rows",
            catalog.name(),
            row);
        values =
            Arrays.copyOf(values, (int) Math.min(MAX_VALUES, Math.max(2L * values.length, needed)));
      }
      Arrays.fill(values, offset, offset + width, Double.NaN);
      relationships.add(relationship);
      return offset;
    }

    /** Returns the matrix of the rows added so far. */
    public RatingMatrix build() {
      return new RatingMatrix(
          catalog,
          ImmutableList.copyOf(relationships),
          Arrays.copyOf(values, relationships.size() * width),
          null,
          ImmutableList.copyOf(problems));
    }
  }
}
