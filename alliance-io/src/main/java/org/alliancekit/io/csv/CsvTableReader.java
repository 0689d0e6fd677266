package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.alliancekit.model.batch.Problem;
import org.apiguardian.api.API;

/**
 * Reads a CSV file of a caller's own format into rows of named cells, by the same rules as the
 * portfolio files: UTF-8 with an optional byte order mark, column names matched ignoring case and
 * surrounding whitespace, in any order, a column the caller did not name reported as a warning and
 * ignored, blank rows skipped, cells stripped of surrounding whitespace and of the formula escape
 * of {@link CsvTableWriter}.
 *
 * <p>A missing required column, a column named twice or a missing header is a problem of the file,
 * and no row is read; a row with another number of fields than the header, or with bytes that are
 * not UTF-8, is reported at its line and left out; a CSV syntax error (a broken quote) ends the
 * reading at its line. The caller parses the cells and reports its own problems with {@link
 * Problem#inFile(String, long, String, org.alliancekit.model.batch.ProblemKind, String)}.
 *
 * <pre>{@code
 * CsvTableReader.Table table =
 *     CsvTableReader.read(in, "game.csv", List.of("coalition", "value"), List.of());
 * for (CsvTableReader.DataRow row : table.rows()) {
 *   String value = row.get("value");
 * }
 * }</pre>
 *
 * <p>Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CsvTableReader {
  private CsvTableReader() {}

  /**
   * One data row.
   *
   * <p>Immutable and thread-safe.
   *
   * @param line the line the row starts on, counting from 1
   * @param cells the row's cells by lower-case column name, stripped; every named column the header
   *     has is present
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record DataRow(long line, ImmutableMap<String, String> cells) {
    /** Checks that the cells are present. */
    public DataRow {
      checkNotNull(cells, "cells");
    }

    /** The cell of a column, or the empty string when the header does not have the column. */
    public String get(String column) {
      return cells.getOrDefault(checkNotNull(column, "column"), "");
    }

    /** Whether the header has the column. */
    public boolean has(String column) {
      return cells.containsKey(checkNotNull(column, "column"));
    }
  }

  /**
   * The rows of a file and the problems met reading it.
   *
   * <p>Immutable and thread-safe.
   *
   * @param rows the well-formed data rows, in file order
   * @param problems the problems, in file order
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Table(ImmutableList<DataRow> rows, ImmutableList<Problem> problems) {
    /** Checks that the values are present. */
    public Table {
      checkNotNull(rows, "rows");
      checkNotNull(problems, "problems");
    }
  }

  /**
   * Reads a CSV file; the reader is left open.
   *
   * @param in the file's text
   * @param file the file name, used in problems
   * @param required the lower-case columns that must be in the header
   * @param optional the lower-case columns that may be in the header
   */
  public static Table read(Reader in, String file, List<String> required, List<String> optional) {
    checkNotNull(in, "in");
    checkNotNull(file, "file");
    ImmutableList<String> requiredColumns = ImmutableList.copyOf(required);
    ImmutableList<String> optionalColumns = ImmutableList.copyOf(optional);
    ImmutableList<String> known =
        ImmutableList.<String>builder().addAll(requiredColumns).addAll(optionalColumns).build();
    List<DataRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new CsvTable(requiredColumns, optionalColumns)
        .read(in, file, problems, row -> rows.add(new DataRow(row.line(), row.cells(known))));
    return new Table(ImmutableList.copyOf(rows), ImmutableList.copyOf(problems));
  }
}
