package org.alliancekit.scoring.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.internal.KernelRule;
import org.alliancekit.scoring.internal.ScoreKernel;
import org.apiguardian.api.API;

/**
 * Scores a whole portfolio of assessments of one catalog at once, through primitive arrays: the
 * columnar face of the {@link ScoringRule}s.
 *
 * <pre>{@code
 * PortfolioScorer scorer =
 *     PortfolioScorer.of(ScoringRules.allianceSalesScorecard(), FactorCatalogs.bestPractices());
 * PortfolioScores scores = scorer.score(matrix);        // or scorer.score(assessments)
 * double first = scores.overall(0);
 * scores.problems().forEach(System.out::println);     // rows with nothing to score, bad ratings
 * }</pre>
 *
 * <p><b>Two paths, the same numbers.</b> A scorer runs any rule. A standard rule of {@link
 * ScoringRules} is compiled into a columnar kernel: for each row the scorer runs the same
 * arithmetic, in the same order, as the rule's object path {@link ScoringRule#score(Assessment)},
 * so a row's overall and area scores are bit-for-bit the doubles of the matching {@link
 * org.alliancekit.scoring.assessment.Score}. Any other rule, such as a user's own, cannot be
 * compiled and runs through its own {@link ScoringRule#score(Assessment)} method, one row at a
 * time: the overall and area scores are then those of the {@link
 * org.alliancekit.scoring.assessment.Score} it returns, so they are the object API's numbers by
 * construction, but each row costs an {@link Assessment} and a {@code Score}, which makes this path
 * many times slower than the kernel. Through that path, {@link #score(Iterable)} hands each
 * assessment itself to the rule; {@link #score(RatingMatrix)} hands the rule, for each row, an
 * assessment of the matrix's catalog on the scale 0 to 1 ({@code RatingScale.numeric(0, 1)}) that
 * rates each factor with a known value with that normalised value and leaves the others unrated,
 * with a placeholder id ({@code row-<index>}), assessor, side and date: a rule whose score depends
 * only on the normalised ratings, as scores should, gives the same numbers for it as for the
 * original assessment.
 *
 * <p>A row is not scored, and is reported as a {@link Problem} with its index and relationship id
 * instead of throwing, when:
 *
 * <ul>
 *   <li>it had a problem when the matrix was built (a raw rating off its scale, an assessment of
 *       another catalog): that problem is passed on;
 *   <li>a value is neither NaN nor in [0, 1] ({@link ProblemKind#OUT_OF_RANGE});
 *   <li>it has nothing to score: under a standard rule, no area of positive weight has a known
 *       rating of positive weight ({@link ProblemKind#MISSING_VALUE});
 *   <li>under any other rule, the rule throws an {@link IllegalArgumentException} for it: {@link
 *       ProblemKind#MISSING_VALUE} when the row has no known rating, else {@link
 *       ProblemKind#UNDEFINED}, with the rule's message. Any other exception of the rule
 *       propagates.
 * </ul>
 *
 * <p><b>Complexity.</b> Scoring {@code n} rows of a catalog of {@code w} factors takes {@code O(n
 * w)} time in one pass over the matrix. Under a standard rule there is no allocation per row: the
 * results are six arrays of {@code n} doubles and one of {@code n} bytes, allocated once, plus one
 * {@link Problem} per bad row. A float matrix is widened row by row into one reused buffer. A byte
 * matrix ({@link RatingMatrix#ofBytes}) is scored through small lookup tables per column, built
 * once per call from the scale's normalised points, with no branch per rating; reading one byte per
 * rating instead of eight, it is the fastest input. Under a rule of the common shape (missing
 * ratings ignored, flat area weights, no weakest-link margin, on a catalog whose columns are
 * grouped by area) a byte matrix is scored four rows at a time, the rows' sums interleaved but each
 * row's additions in its own order, straight into the result arrays. {@link #score(RatingMatrix,
 * int)} spreads the rows over several threads with the same result, on either path.
 *
 * <p>Immutable and thread-safe: one scorer may score many matrices, also concurrently.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PortfolioScorer {
  /** The scale of the assessments a rule without a kernel is given for the rows of a matrix. */
  private static final NumericScale NORMALISED = RatingScale.numeric(0, 1);

  private static final Assessor MATRIX_ROW = Assessor.of("RatingMatrix", "row");

  private final ScoringRule rule;
  private final FactorCatalog catalog;

  /** The kernel of a standard rule; null for a rule that runs through its object path. */
  private final ScoreKernel kernel;

  private PortfolioScorer(ScoringRule rule, FactorCatalog catalog, ScoreKernel kernel) {
    this.rule = rule;
    this.catalog = catalog;
    this.kernel = kernel;
  }

  /**
   * Returns a scorer that applies the rule to matrices of the given catalog: through the columnar
   * kernel for a standard rule of {@link ScoringRules}, through the rule's own {@link
   * ScoringRule#score(Assessment)} for any other (see the class documentation).
   *
   * @throws IllegalArgumentException if the rule is a standard rule that does not apply to the
   *     catalog (the scorecard rule on a catalog without the scorecard codes), or whose weights of
   *     what it scores in the catalog are all zero
   */
  public static PortfolioScorer of(ScoringRule rule, FactorCatalog catalog) {
    checkNotNull(rule, "rule");
    checkNotNull(catalog, "catalog");
    ScoreKernel kernel = rule instanceof KernelRule standard ? standard.kernel(catalog) : null;
    return new PortfolioScorer(rule, catalog, kernel);
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
    if (kernel == null) {
      IntFunction<Assessment> rows = row -> rowAssessment(matrix, row);
      return scoreInBlocks(
          matrix, threads, (from, to, out) -> scoreRowsByRule(matrix, rows, from, to, out));
    }
    ScoreKernel.CodeTables tables =
        matrix.bytes() == null ? null : kernel.codeTables(matrix.byteValues());
    return scoreInBlocks(
        matrix, threads, (from, to, out) -> scoreRows(matrix, tables, from, to, out));
  }

  /** Scores the rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out}. */
  @FunctionalInterface
  private interface RowScorer {
    /** Returns the problems of the rows, in row order. */
    List<Problem> score(int from, int to, Output out);
  }

  /**
   * Splits the rows into {@code threads} contiguous blocks (fewer when there are fewer rows),
   * scores the first on the calling thread and each other one on a new thread, and collects the
   * results.
   */
  private static PortfolioScores scoreInBlocks(RatingMatrix matrix, int threads, RowScorer scorer) {
    int rows = matrix.rows();
    Output out = new Output(rows);
    int blocks = Math.max(1, Math.min(threads, rows));
    List<List<Problem>> problems = new ArrayList<>(Collections.nCopies(blocks, null));
    if (blocks == 1) {
      problems.set(0, scorer.score(0, rows, out));
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
                    problems.set(block, scorer.score(from, to, out));
                  } catch (RuntimeException | Error e) {
                    failures[block] = e;
                  }
                },
                "portfolio-scorer-" + block);
        workers[block].start();
      }
      problems.set(0, scorer.score(0, rows / blocks, out));
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
    if (tables != null && tables.isPlain()) {
      return scorePlainRows(matrix, tables, from, to, out);
    }
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
          problems.add(outOfRange(matrix, row, invalid, values[offset + invalid]));
          continue;
        }
        score = kernel.score(values, offset, rowAreas, 0);
      }
      if (Double.isNaN(score)) {
        problems.add(nothingToScore(matrix, row));
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
   * Scores rows {@code from} (inclusive) to {@code to} (exclusive) of a byte matrix under a plain
   * rule ({@link ScoreKernel.CodeTables#isPlain()}) straight into {@code out}, and returns their
   * problems in row order. A row with a problem from building holds only unknown ratings, so under
   * a plain rule it has nothing to score and is left at zero like any other such row; only when the
   * block has such rows are their flags searched, so clean rows cost no bookkeeping.
   */
  private List<Problem> scorePlainRows(
      RatingMatrix matrix, ScoreKernel.CodeTables tables, int from, int to, Output out) {
    int unscored =
        tables.scoreRows(
            matrix.bytes(),
            matrix.width(),
            1,
            from,
            to,
            out.overall,
            out.areas,
            out.flags,
            PortfolioScores.VALID);
    if (unscored == 0) {
      return List.of();
    }
    ImmutableList<Problem> built = matrix.problems();
    int nextBuilt = 0;
    while (nextBuilt < built.size() && built.get(nextBuilt).row().orElseThrow() < from) {
      nextBuilt++;
    }
    List<Problem> problems = new ArrayList<>(unscored);
    byte[] flags = out.flags;
    for (int row = from; row < to && problems.size() < unscored; row++) {
      if (flags[row] != 0) {
        continue;
      }
      if (nextBuilt < built.size() && built.get(nextBuilt).row().orElseThrow() == row) {
        problems.add(built.get(nextBuilt++));
      } else {
        problems.add(nothingToScore(matrix, row));
      }
    }
    return problems;
  }

  /** The problem of a row that has nothing to score under a standard rule. */
  private Problem nothingToScore(RatingMatrix matrix, int row) {
    return problem(
        matrix,
        row,
        ProblemKind.MISSING_VALUE,
        "nothing to score under "
            + rule
            + ": no factor of positive weight in an area of positive weight has a known rating");
  }

  /**
   * Scores rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out} with the rule's
   * own {@link ScoringRule#score(Assessment)}, given the assessment of each row, and returns their
   * problems in row order.
   */
  private List<Problem> scoreRowsByRule(
      RatingMatrix matrix, IntFunction<Assessment> assessments, int from, int to, Output out) {
    int width = matrix.width();
    ImmutableList<Problem> built = matrix.problems();
    List<Problem> problems = new ArrayList<>();
    int nextBuilt = 0;
    while (nextBuilt < built.size() && built.get(nextBuilt).row().orElseThrow() < from) {
      nextBuilt++;
    }
    for (int row = from; row < to; row++) {
      if (nextBuilt < built.size() && built.get(nextBuilt).row().orElseThrow() == row) {
        problems.add(built.get(nextBuilt++));
        continue;
      }
      int known = 0;
      int invalid = -1;
      for (int column = 0; column < width && invalid < 0; column++) {
        double value = matrix.value(row, column);
        if (value == value) {
          known++;
          invalid = value >= 0.0 && value <= 1.0 ? -1 : column;
        }
      }
      if (invalid >= 0) {
        problems.add(outOfRange(matrix, row, invalid, matrix.value(row, invalid)));
        continue;
      }
      Score score;
      try {
        score = rule.score(assessments.apply(row));
      } catch (IllegalArgumentException e) {
        problems.add(
            problem(
                matrix,
                row,
                known > 0 ? ProblemKind.UNDEFINED : ProblemKind.MISSING_VALUE,
                "rule " + rule + " cannot score the row: " + e.getMessage()));
        continue;
      }
      out.overall[row] = score.overall();
      int flag = PortfolioScores.VALID;
      for (CategoryScore area : score.categories()) {
        int a = area.category().ordinal();
        out.areas[a][row] = area.score();
        flag |= 1 << a;
      }
      out.flags[row] = (byte) flag;
    }
    return problems;
  }

  /**
   * The assessment a rule without a kernel scores for a row of a matrix: the row's known normalised
   * values as ratings on the scale 0 to 1, the others unrated.
   */
  private Assessment rowAssessment(RatingMatrix matrix, int row) {
    List<Rating> ratings = new ArrayList<>();
    for (int column = 0; column < matrix.width(); column++) {
      double value = matrix.value(row, column);
      if (value == value) {
        ratings.add(Rating.of(catalog.codes().get(column), value));
      }
    }
    return Assessment.builder()
        .id(AssessmentId.of("row-" + row))
        .relationship(matrix.relationships().get(row))
        .catalog(catalog)
        .scale(NORMALISED)
        .assessor(MATRIX_ROW)
        .side(Side.HOST)
        .date(LocalDate.EPOCH)
        .ratings(ratings)
        .build();
  }

  /**
   * Scores assessments by putting them into a {@link RatingMatrix} (see {@link
   * RatingMatrix.Builder#addRow(Assessment)}) and scoring that; row {@code i} is the {@code i}-th
   * assessment. An assessment of another catalog is reported as a problem of its row. A rule
   * without a kernel is given each assessment itself, so its scores are those of {@link
   * ScoringRule#score(Assessment)} for every assessment.
   */
  public PortfolioScores score(Iterable<? extends Assessment> assessments) {
    checkNotNull(assessments, "assessments");
    RatingMatrix.Builder builder = RatingMatrix.builder(catalog);
    List<Assessment> rows = kernel == null ? new ArrayList<>() : null;
    for (Assessment assessment : assessments) {
      builder.addRow(assessment);
      if (rows != null) {
        rows.add(assessment);
      }
    }
    RatingMatrix matrix = builder.build();
    if (rows == null) {
      return score(matrix);
    }
    return scoreInBlocks(
        matrix, 1, (from, to, out) -> scoreRowsByRule(matrix, rows::get, from, to, out));
  }

  private Problem outOfRange(RatingMatrix matrix, int row, int column, double value) {
    return problem(
        matrix,
        row,
        ProblemKind.OUT_OF_RANGE,
        "normalised rating "
            + value
            + " for "
            + catalog.codes().get(column)
            + " must be NaN (unknown) or a number between 0 and 1");
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
