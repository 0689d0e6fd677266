package org.alliancekit.scoring.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.internal.KernelRule;
import org.alliancekit.scoring.internal.ScoreKernel;
import org.apiguardian.api.API;

/**
 * Scores a whole portfolio of assessments of one catalog at once, through primitive arrays: the
 * columnar face of the standard {@link ScoringRules}.
 *
 * <pre>{@code
 * PortfolioScorer scorer =
 *     PortfolioScorer.of(ScoringRules.allianceSalesScorecard(), FactorCatalogs.bestPractices());
 * PortfolioScores scores = scorer.score(matrix);        // or scorer.score(assessments)
 * double first = scores.overall(0);
 * scores.problems().forEach(System.out::println);     // rows with nothing to score, bad ratings
 * }</pre>
 *
 * <p>For each row the scorer runs the same arithmetic, in the same order, as the rule's object path
 * {@link ScoringRule#score(Assessment)}, so a row's overall and area scores are bit-for-bit the
 * doubles of the matching {@link org.alliancekit.scoring.assessment.Score}. A row is not scored,
 * and is reported as a {@link Problem} with its index and relationship id instead of throwing,
 * when:
 *
 * <ul>
 *   <li>it had a problem when the matrix was built (a raw rating off its scale, an assessment of
 *       another catalog): that problem is passed on;
 *   <li>a value is neither NaN nor in [0, 1] ({@link ProblemKind#OUT_OF_RANGE});
 *   <li>it has nothing to score: no area of positive weight has a known rating of positive weight
 *       ({@link ProblemKind#MISSING_VALUE}).
 * </ul>
 *
 * <p><b>Complexity.</b> Scoring {@code n} rows of a catalog of {@code w} factors takes {@code O(n
 * w)} time in one pass over the matrix, with no allocation per row: the results are six arrays of
 * {@code n} doubles and one of {@code n} bytes, allocated once, plus one {@link Problem} per bad
 * row. A float matrix is widened row by row into one reused buffer.
 *
 * <p>Immutable and thread-safe: one scorer may score many matrices, also concurrently.
 */
@API(status = EXPERIMENTAL)
public final class PortfolioScorer {
  private final ScoringRule rule;
  private final FactorCatalog catalog;
  private final ScoreKernel kernel;

  private PortfolioScorer(ScoringRule rule, FactorCatalog catalog, ScoreKernel kernel) {
    this.rule = rule;
    this.catalog = catalog;
    this.kernel = kernel;
  }

  /**
   * Returns a scorer that applies a standard rule to matrices of the given catalog.
   *
   * @param rule a rule made by {@link ScoringRules}
   * @throws IllegalArgumentException if the rule is not one of {@link ScoringRules}, does not apply
   *     to the catalog (the scorecard rule on a catalog without the scorecard codes), or its
   *     weights of what it scores in the catalog are all zero
   */
  public static PortfolioScorer of(ScoringRule rule, FactorCatalog catalog) {
    checkNotNull(rule, "rule");
    checkNotNull(catalog, "catalog");
    checkArgument(
        rule instanceof KernelRule,
        "rule %s is not a standard rule of ScoringRules; only those can score a portfolio",
        rule);
    return new PortfolioScorer(rule, catalog, ((KernelRule) rule).kernel(catalog));
  }

  /** The rule applied. */
  public ScoringRule rule() {
    return rule;
  }

  /** The catalog whose matrices this scorer scores. */
  public FactorCatalog catalog() {
    return catalog;
  }

  /**
   * Scores every row of the matrix.
   *
   * @throws IllegalArgumentException if the matrix is of another catalog
   */
  public PortfolioScores score(RatingMatrix matrix) {
    checkNotNull(matrix, "matrix");
    checkArgument(
        matrix.catalog().equals(catalog),
        "a rating matrix of catalog %s cannot be scored by a scorer of catalog %s",
        matrix.catalog().name(),
        catalog.name());
    int rows = matrix.rows();
    int width = matrix.width();
    ImmutableList<Problem> built = matrix.problems();
    double[] doubles = matrix.doubles();
    float[] floats = matrix.floats();
    double[] buffer = doubles == null ? new double[width] : null;

    double[] overall = new double[rows];
    double[][] areas = new double[ScoreKernel.AREAS][rows];
    byte[] flags = new byte[rows];
    double[] rowAreas = new double[ScoreKernel.AREAS];
    List<Problem> problems = new ArrayList<>();
    int nextBuilt = 0;
    long nextBuiltRow = built.isEmpty() ? -1 : built.get(0).row();

    for (int row = 0; row < rows; row++) {
      if (row == nextBuiltRow) {
        problems.add(built.get(nextBuilt++));
        nextBuiltRow = nextBuilt < built.size() ? built.get(nextBuilt).row() : -1;
        continue;
      }
      double[] values;
      int offset;
      if (doubles != null) {
        values = doubles;
        offset = row * width;
      } else {
        for (int column = 0, from = row * width; column < width; column++) {
          buffer[column] = floats[from + column];
        }
        values = buffer;
        offset = 0;
      }
      int invalid = kernel.firstInvalid(values, offset);
      if (invalid >= 0) {
        problems.add(
            problem(
                matrix,
                row,
                ProblemKind.OUT_OF_RANGE,
                "normalised rating "
                    + values[offset + invalid]
                    + " for "
                    + catalog.codes().get(invalid)
                    + " must be NaN (unknown) or a number between 0 and 1"));
        continue;
      }
      double score = kernel.score(values, offset, rowAreas, 0);
      if (Double.isNaN(score)) {
        problems.add(
            problem(
                matrix,
                row,
                ProblemKind.MISSING_VALUE,
                "nothing to score under "
                    + rule
                    + ": no factor of positive weight in an area of positive weight has a known"
                    + " rating"));
        continue;
      }
      overall[row] = score;
      int flag = PortfolioScores.VALID;
      for (int a = 0; a < ScoreKernel.AREAS; a++) {
        double area = rowAreas[a];
        if (area == area) {
          areas[a][row] = area;
          flag |= 1 << a;
        }
      }
      flags[row] = (byte) flag;
    }
    return new PortfolioScores(
        matrix.relationships(), overall, areas, flags, ImmutableList.copyOf(problems));
  }

  /**
   * Scores assessments by putting them into a {@link RatingMatrix} (see {@link
   * RatingMatrix.Builder#addRow(Assessment)}) and scoring that; row {@code i} is the {@code i}-th
   * assessment. An assessment of another catalog is reported as a problem of its row.
   */
  public PortfolioScores score(Iterable<? extends Assessment> assessments) {
    checkNotNull(assessments, "assessments");
    RatingMatrix.Builder matrix = RatingMatrix.builder(catalog);
    for (Assessment assessment : assessments) {
      matrix.addRow(assessment);
    }
    return score(matrix.build());
  }

  private static Problem problem(RatingMatrix matrix, int row, ProblemKind kind, String message) {
    return Problem.of(row, matrix.relationships().get(row).value(), kind, message);
  }

  /**
   * Returns the rule and the catalog, such as {@code
   * PortfolioScorer{allianceSalesScorecard(IGNORE), catalog=BEST_PRACTICES}}.
   */
  @Override
  public String toString() {
    return "PortfolioScorer{" + rule + ", catalog=" + catalog.name() + "}";
  }
}
