package org.alliancekit.scoring.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
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
 * row. A float matrix is widened row by row into one reused buffer. A byte matrix ({@link
 * RatingMatrix#ofBytes}) is scored through small lookup tables per column, built once per call from
 * the scale's normalised points, with no branch per rating; reading one byte per rating instead of
 * eight, it is the fastest input. {@link #score(RatingMatrix, int)} spreads the rows over several
 * threads with the same result.
 *
 * <p>Immutable and thread-safe: one scorer may score many matrices, also concurrently.
 */
@API(status = EXPERIMENTAL, since = "0.1")
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
    return score(matrix, 1);
  }

  /**
   * Scores every row of the matrix on {@code threads} threads: the rows are split into that many
   * contiguous blocks of about equal size, the first scored by the calling thread and each other
   * one by a new thread started for this call. Rows are scored independently, so the result is
   * equal, bit for bit and problem for problem, to that of {@link #score(RatingMatrix)} whatever
   * the number of threads.
   *
   * @param threads the number of threads, at least 1; more threads than rows are not used
   * @throws IllegalArgumentException if the matrix is of another catalog or {@code threads} is
   *     below 1
   */
  public PortfolioScores score(RatingMatrix matrix, int threads) {
    checkNotNull(matrix, "matrix");
    checkArgument(
        matrix.catalog().equals(catalog),
        "a rating matrix of catalog %s cannot be scored by a scorer of catalog %s",
        matrix.catalog().name(),
        catalog.name());
    checkArgument(threads >= 1, "number of threads %s must be at least 1", threads);
    int rows = matrix.rows();
    Output out = new Output(rows);
    ScoreKernel.CodeTables tables =
        matrix.bytes() == null ? null : kernel.codeTables(matrix.byteValues());
    int blocks = Math.max(1, Math.min(threads, rows));
    List<List<Problem>> problems = new ArrayList<>(Collections.nCopies(blocks, null));
    if (blocks == 1) {
      problems.set(0, scoreRows(matrix, tables, 0, rows, out));
    } else {
      Thread[] workers = new Thread[blocks];
      Throwable[] failures = new Throwable[blocks];
      for (int b = 1; b < blocks; b++) {
        int block = b;
        int from = (int) ((long) rows * block / blocks);
        int to = (int) ((long) rows * (block + 1) / blocks);
        workers[block] =
            new Thread(
                () -> {
                  try {
                    problems.set(block, scoreRows(matrix, tables, from, to, out));
                  } catch (RuntimeException | Error e) {
                    failures[block] = e;
                  }
                },
                "portfolio-scorer-" + block);
        workers[block].start();
      }
      problems.set(0, scoreRows(matrix, tables, 0, rows / blocks, out));
      for (int b = 1; b < blocks; b++) {
        join(workers[b]);
        if (failures[b] != null) {
          throw new IllegalStateException("a scoring thread failed", failures[b]);
        }
      }
    }
    ImmutableList.Builder<Problem> all = ImmutableList.builder();
    for (List<Problem> part : problems) {
      all.addAll(part);
    }
    return new PortfolioScores(
        matrix.relationships(), out.overall, out.areas, out.flags, all.build());
  }

  private static void join(Thread worker) {
    boolean interrupted = false;
    while (true) {
      try {
        worker.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The output arrays, filled by blocks of rows that do not overlap. */
  private static final class Output {
    final double[] overall;
    final double[][] areas;
    final byte[] flags;

    Output(int rows) {
      overall = new double[rows];
      areas = new double[ScoreKernel.AREAS][rows];
      flags = new byte[rows];
    }
  }

  /**
   * Scores rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out} and returns
   * their problems in row order. Allocates only a row buffer (for float storage) and the problems.
   */
  private List<Problem> scoreRows(
      RatingMatrix matrix, ScoreKernel.CodeTables tables, int from, int to, Output out) {
    int width = matrix.width();
    ImmutableList<Problem> built = matrix.problems();
    double[] doubles = matrix.doubles();
    float[] floats = matrix.floats();
    byte[] bytes = matrix.bytes();
    double[] buffer = floats != null ? new double[width] : null;
    double[] overall = out.overall;
    double[][] areas = out.areas;
    byte[] flags = out.flags;
    double[] rowAreas = new double[ScoreKernel.AREAS];
    List<Problem> problems = new ArrayList<>();
    int nextBuilt = 0;
    while (nextBuilt < built.size() && built.get(nextBuilt).row().orElseThrow() < from) {
      nextBuilt++;
    }
    long nextBuiltRow = nextBuilt < built.size() ? built.get(nextBuilt).row().orElseThrow() : -1;

    for (int row = from; row < to; row++) {
      if (row == nextBuiltRow) {
        problems.add(built.get(nextBuilt++));
        nextBuiltRow = nextBuilt < built.size() ? built.get(nextBuilt).row().orElseThrow() : -1;
        continue;
      }
      double score;
      if (bytes != null) {
        score = tables.score(bytes, row * width, 1, rowAreas, 0);
      } else {
        double[] values;
        int offset;
        if (doubles != null) {
          values = doubles;
          offset = row * width;
        } else {
          for (int column = 0, at = row * width; column < width; column++) {
            buffer[column] = floats[at + column];
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
        score = kernel.score(values, offset, rowAreas, 0);
      }
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
    return problems;
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
    return Problem.atRow(row, matrix.relationships().get(row).value(), kind, message);
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
