package org.alliancekit.scoring.portfolio;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.internal.ScoreKernel;
import org.apiguardian.api.API;

/**
 * The scores of every row of a {@link RatingMatrix}, held column-wise in primitive arrays: the
 * overall score of each row and the score of each alignment area, plus a {@link Problem} for every
 * row that could not be scored.
 *
 * <p>Every row is accounted for: it is either {@linkplain #isValid(int) valid}, with an overall
 * score in [0, 1], or it has exactly one problem in {@link #problems()} (listed in row order). The
 * arrays never hold NaN: an invalid row's scores, and the score of an area that was not scored in a
 * valid row ({@link #isScored(int, FactorCategory)} false), are 0. The scores of a valid row are
 * bit-for-bit those that the matching object rule gives for the same normalised ratings.
 *
 * <p>Accessors by row take constant time; the array accessors return copies.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PortfolioScores {
  static final int VALID = 1 << ScoreKernel.AREAS;

  private final ImmutableList<RelationshipId> relationships;
  private final double[] overall;
  private final double[][] areas;
  private final byte[] flags;
  private final ImmutableList<Problem> problems;

  PortfolioScores(
      ImmutableList<RelationshipId> relationships,
      double[] overall,
      double[][] areas,
      byte[] flags,
      ImmutableList<Problem> problems) {
    this.relationships = relationships;
    this.overall = overall;
    this.areas = areas;
    this.flags = flags;
    this.problems = problems;
  }

  /** The number of rows, valid or not. */
  public int size() {
    return overall.length;
  }

  /** The relationship of each row, in row order. */
  public ImmutableList<RelationshipId> relationships() {
    return relationships;
  }

  /**
   * The relationship of the given row.
   *
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public RelationshipId relationship(int row) {
    return relationships.get(row);
  }

  /**
   * Whether the given row was scored; if not, {@link #problems()} says why.
   *
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public boolean isValid(int row) {
    checkElementIndex(row, size(), "row");
    return (flags[row] & VALID) != 0;
  }

  /**
   * The overall score of the given row, in [0, 1]; 0 for an invalid row.
   *
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double overall(int row) {
    checkElementIndex(row, size(), "row");
    return overall[row];
  }

  /** A copy of the overall scores of all rows, in row order; 0 for invalid rows. */
  public double[] overallScores() {
    return overall.clone();
  }

  /**
   * Whether the given area was scored in the given row; false for an invalid row.
   *
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public boolean isScored(int row, FactorCategory area) {
    checkNotNull(area, "area");
    checkElementIndex(row, size(), "row");
    return (flags[row] & (1 << area.ordinal())) != 0;
  }

  /**
   * The score of the given area in the given row, in [0, 1]; 0 when the area was not scored.
   *
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double area(int row, FactorCategory area) {
    checkNotNull(area, "area");
    checkElementIndex(row, size(), "row");
    return areas[area.ordinal()][row];
  }

  /** A copy of the scores of the given area in all rows, in row order; 0 where not scored. */
  public double[] areaScores(FactorCategory area) {
    return areas[checkNotNull(area, "area").ordinal()].clone();
  }

  /** The number of valid rows. */
  public int validCount() {
    return size() - problems.size();
  }

  /** The rows that could not be scored, one problem per row, in row order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Whether every row was scored. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** Two results are equal when their ids, scores, flags and problems are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PortfolioScores that
        && relationships.equals(that.relationships)
        && Arrays.equals(overall, that.overall)
        && Arrays.deepEquals(areas, that.areas)
        && Arrays.equals(flags, that.flags)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        relationships,
        Arrays.hashCode(overall),
        Arrays.deepHashCode(areas),
        Arrays.hashCode(flags),
        problems);
  }

  /** Returns a summary such as {@code PortfolioScores{rows=1000, valid=998, problems=[...]}}. */
  @Override
  public String toString() {
    return "PortfolioScores{rows="
        + size()
        + ", valid="
        + validCount()
        + ", problems="
        + (problems.size() <= 3 ? problems : problems.subList(0, 3) + " and more")
        + "}";
  }
}
