package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.programme.SolutionNeed;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code solution_needs.csv}, the optional file of the competencies each solution
 * needs: one row per solution and competency.
 *
 * <table>
 *   <caption>Columns of solution_needs.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>solution_id</td><td>the solution, one of {@link SolutionsCsv}'s solutions</td></tr>
 *   <tr><td>competency</td><td>the name of a competency it needs, kept as written, such as
 *       {@code Data & AI}</td></tr>
 * </table>
 *
 * <p>A solution that is not there, and the same competency twice for a solution, are reported by
 * the portfolio's checks (see {@link PortfolioReader}). Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SolutionNeedsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "solution_needs.csv";

  /** Column {@code solution_id}. */
  public static final String SOLUTION_ID = "solution_id";

  /** Column {@code competency}. */
  public static final String COMPETENCY = "competency";

  private static final Column<SolutionNeed, SolutionId> SOLUTION_COLUMN =
      Column.required(SOLUTION_ID, SolutionId::parse, need -> need.solution().value());
  private static final Column<SolutionNeed, String> COMPETENCY_COLUMN =
      Column.requiredText(COMPETENCY, Cells::name, SolutionNeed::competency);
  private static final Columns<SolutionNeed> TABLE = Columns.of(SOLUTION_COLUMN, COMPETENCY_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private SolutionNeedsCsv() {}

  /**
   * Reads solution needs from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<SolutionNeed> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads solution needs from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<SolutionNeed> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes the solution needs, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<SolutionNeed> needs) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, ImmutableList.copyOf(checkNotNull(needs, "needs")));
  }

  /**
   * Writes the solution needs, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<SolutionNeed> needs) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, ImmutableList.copyOf(checkNotNull(needs, "needs")));
  }

  /** Turns rows into solution needs. */
  private static final class Collector extends RowCollector<SolutionNeed> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<SolutionId> solution = row.get(SOLUTION_COLUMN);
      Optional<String> competency = row.get(COMPETENCY_COLUMN);
      if (rejected(row)) {
        return;
      }
      build(row.line(), () -> SolutionNeed.of(solution.orElseThrow(), competency.orElseThrow()))
          .ifPresent(need -> add(need, row.line()));
    }
  }
}
