package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.StageHistoryRow;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code stage_history.csv}: one row per stage an opportunity entered, the rows of
 * an opportunity in the order of its {@link Opportunity#stageHistory() stage history}.
 *
 * <table>
 *   <caption>Columns of stage_history.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>opportunity_id</td><td>the opportunity that entered the stage</td></tr>
 *   <tr><td>stage</td><td>a stage name of the stage model, ignoring case; by default {@link
 *       StageModels#coSell()}</td></tr>
 *   <tr><td>date</td><td>ISO-8601 date the opportunity entered the stage</td></tr>
 * </table>
 *
 * <p>A stage the stage model does not have is reported as {@link ProblemKind#UNKNOWN_REFERENCE}.
 * The rows are read as they are: joining them to opportunities, and checking the history against an
 * opportunity's creation and current stage, is the caller's. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class StageHistoryCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "stage_history.csv";

  /** Column {@code opportunity_id}. */
  public static final String OPPORTUNITY_ID = "opportunity_id";

  /** Column {@code stage}. */
  public static final String STAGE = "stage";

  /** Column {@code date}. */
  public static final String DATE = "date";

  private static final Column<StageHistoryRow, OpportunityId> OPPORTUNITY_COLUMN =
      Column.shared(
          Column.required(OPPORTUNITY_ID, Cells.OPPORTUNITY_ID, row -> row.opportunity().value()));

  /** Parsed by the reader's stage model. */
  private static final Column<StageHistoryRow, String> STAGE_COLUMN =
      Column.required(STAGE, text -> text, row -> row.change().stage().name());

  private static final Column<StageHistoryRow, LocalDate> DATE_COLUMN =
      Column.shared(Column.required(DATE, Cells::date, row -> row.change().date().toString()));
  private static final Columns<StageHistoryRow> TABLE =
      Columns.of(OPPORTUNITY_COLUMN, STAGE_COLUMN, DATE_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private StageHistoryCsv() {}

  /**
   * Reads stage history rows with the stages of {@link StageModels#coSell()} from {@code in}, which
   * is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<StageHistoryRow> read(Reader in, String fileName) {
    return read(in, fileName, StageModels.coSell());
  }

  /**
   * Reads stage history rows whose stages are named after the given stage model from {@code in},
   * which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<StageHistoryRow> read(Reader in, String fileName, StageModel stages) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    checkNotNull(stages, "stages");
    return TABLE.read(in, fileName, file -> new Collector(file, stages));
  }

  /**
   * Reads stage history rows whose stages are named after the given stage model from rows already
   * split into cells, such as the rows of a Spark DataFrame read from {@code stage_history.csv}:
   * the same rules as reading the file, each problem at its data row's line.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static ReadResult<StageHistoryRow> read(
      List<CsvTableReader.DataRow> rows, String fileName, StageModel stages) {
    checkNotNull(rows, "rows");
    checkNotNull(fileName, "fileName");
    checkNotNull(stages, "stages");
    return TABLE.read(rows, fileName, file -> new Collector(file, stages));
  }

  /**
   * Reads the rows of a stage history file into {@code into}, grouped by opportunity as they are
   * read (see {@link PortfolioReader}); the result has the file's problems and no values.
   */
  static ReadResult<StageHistoryRow> readInto(
      Reader in, String fileName, StageModel stages, StageHistories into) {
    return TABLE.read(in, fileName, file -> new Collector(file, stages, into));
  }

  /**
   * Gives each opportunity its stage history from the rows, as {@link PortfolioReader} joins the
   * two files: each history taken in date order (on one day, open stages by probability, then
   * closed ones), a row of an opportunity not among them reported, and an opportunity whose history
   * the model refuses kept without it, with a problem at the first line of its history. The
   * opportunities keep their order and lines; the problems are those of both results and of the
   * join.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static ReadResult<Opportunity> withHistories(
      ReadResult<Opportunity> opportunities, ReadResult<StageHistoryRow> rows) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(rows, "rows");
    List<Problem> problems = new ArrayList<>(opportunities.problems());
    problems.addAll(rows.problems());
    ImmutableList<Opportunity> joined =
        Joins.stageHistories(opportunities.values(), rows, problems);
    return ReadResult.of(joined, opportunities.lines(), problems);
  }

  /**
   * Reads stage history rows with the stages of {@link StageModels#coSell()} from a UTF-8 file; a
   * missing file is reported as a problem.
   */
  public static ReadResult<StageHistoryRow> read(Path file) {
    return read(file, StageModels.coSell());
  }

  /**
   * Reads stage history rows whose stages are named after the given stage model from a UTF-8 file;
   * a missing file is reported as a problem.
   */
  public static ReadResult<StageHistoryRow> read(Path file, StageModel stages) {
    checkNotNull(file, "file");
    checkNotNull(stages, "stages");
    return TABLE.read(file, name -> new Collector(name, stages));
  }

  /**
   * Writes one row per stage change of each opportunity, header first, to {@code out}, which is
   * flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Opportunity> opportunities) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(opportunities, "opportunities");
    TABLE.write(out, rows(opportunities));
  }

  /**
   * Writes one row per stage change of each opportunity, header first, to a UTF-8 file, which is
   * created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Opportunity> opportunities) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(opportunities, "opportunities");
    TABLE.write(file, rows(opportunities));
  }

  private static ImmutableList<StageHistoryRow> rows(Iterable<Opportunity> opportunities) {
    ImmutableList.Builder<StageHistoryRow> rows = ImmutableList.builder();
    for (Opportunity opportunity : opportunities) {
      for (StageChange change : opportunity.stageHistory()) {
        rows.add(StageHistoryRow.of(opportunity.id(), change));
      }
    }
    return rows.build();
  }

  /** Turns rows into stage history rows. */
  private static final class Collector extends RowCollector<StageHistoryRow> {
    final StageModel stages;
    // One change object per stage and date: histories of many opportunities share them.
    final Map<StageChange, StageChange> changes = new HashMap<>();
    // When not null, good rows go here instead of into the values.
    final StageHistories grouped;

    Collector(String file, StageModel stages) {
      this(file, stages, null);
    }

    Collector(String file, StageModel stages, StageHistories grouped) {
      super(file);
      this.stages = stages;
      this.grouped = grouped;
    }

    @Override
    void accept(Row row) {
      Optional<OpportunityId> opportunity = row.get(OPPORTUNITY_COLUMN);
      Optional<Stage> stage = row.get(STAGE_COLUMN, text -> Cells.stage(stages, text));
      Optional<LocalDate> date = row.get(DATE_COLUMN);
      if (rejected(row)) {
        return;
      }
      StageChange change = StageChange.of(date.orElseThrow(), stage.orElseThrow());
      change = changes.computeIfAbsent(change, c -> c);
      if (grouped != null) {
        grouped.add(opportunity.orElseThrow(), change, row.line());
      } else {
        add(StageHistoryRow.of(opportunity.orElseThrow(), change), row.line());
      }
    }
  }
}
