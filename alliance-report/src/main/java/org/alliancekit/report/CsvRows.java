package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * Reads a small CSV file with a header row into rows of named cells, following the rules of the
 * portfolio files ({@link org.alliancekit.io.csv.PortfolioReader}): UTF-8 with an optional byte
 * order mark, column names matched ignoring case and surrounding whitespace, in any order, unknown
 * columns reported as warnings and ignored, blank rows skipped, cells stripped of surrounding
 * whitespace and of the formula escape of {@link CsvTableWriter}.
 *
 * <p>A missing required column, a column named twice or a missing header is a problem of the file,
 * and no row is read; a row with a different number of fields than the header is reported at its
 * line and left out; a CSV syntax error (a broken quote) ends the reading at its line. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CsvRows {
  private CsvRows() {}

  /**
   * One data row.
   *
   * <p>Immutable and thread-safe.
   *
   * @param line the line the row starts on, counting from 1
   * @param cells the row's cells by lower-case column name; every known column of the header is
   *     present
   */
  public record Row(long line, ImmutableMap<String, String> cells) {
    /** Checks that the cells are present. */
    public Row {
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
  public record Table(ImmutableList<Row> rows, ImmutableList<Problem> problems) {
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
    checkNotNull(required, "required");
    checkNotNull(optional, "optional");
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    long line = 0;
    try {
      CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .allowUnclosedQuote(false)
              .skipEmptyLines(true)
              .ofCsvRecord(withoutBom(in));
      Map<String, Integer> header = null;
      int width = 0;
      for (CsvRecord record : csv) {
        line = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (header == null) {
          width = fields.size();
          header = header(file, line, fields, required, optional, problems);
          if (header == null) {
            return new Table(ImmutableList.of(), ImmutableList.copyOf(problems));
          }
          continue;
        }
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (fields.size() != width) {
          problems.add(
              Problem.inFile(
                  file,
                  line,
                  "",
                  ProblemKind.MALFORMED_ROW,
                  "row has " + fields.size() + " fields, but the header has " + width));
          continue;
        }
        ImmutableMap.Builder<String, String> cells = ImmutableMap.builder();
        for (Map.Entry<String, Integer> column : header.entrySet()) {
          cells.put(
              column.getKey(),
              CsvTableWriter.unescapeFormula(fields.get(column.getValue()).strip()));
        }
        rows.add(new Row(line, cells.buildOrThrow()));
      }
      if (header == null) {
        problems.add(
            Problem.inFile(
                file,
                1,
                "",
                ProblemKind.MISSING_COLUMN,
                "file has no header row; expected the columns " + String.join(",", required)));
      }
    } catch (CsvParseException e) {
      problems.add(
          Problem.inFile(
              file,
              line + 1,
              "",
              ProblemKind.UNREADABLE_FILE,
              "CSV syntax error, reading stopped here: " + e.getMessage()));
    } catch (UncheckedIOException e) {
      problems.add(
          Problem.inFile(
              file,
              line + 1,
              "",
              ProblemKind.UNREADABLE_FILE,
              "file cannot be read, reading stopped here: " + e.getCause().getMessage()));
    }
    return new Table(ImmutableList.copyOf(rows), ImmutableList.copyOf(problems));
  }

  private static Map<String, Integer> header(
      String file,
      long line,
      List<String> names,
      List<String> required,
      List<String> optional,
      List<Problem> problems) {
    Map<String, Integer> all = new HashMap<>();
    boolean usable = true;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (all.putIfAbsent(name, i) != null) {
        problems.add(
            Problem.inFile(
                file,
                line,
                name,
                ProblemKind.DUPLICATE_COLUMN,
                "header names column '" + name + "' more than once"));
        usable = false;
      }
    }
    for (String column : required) {
      if (!all.containsKey(column)) {
        problems.add(
            Problem.inFile(
                file,
                line,
                column,
                ProblemKind.MISSING_COLUMN,
                "required column " + column + " is missing from the header"));
        usable = false;
      }
    }
    if (!usable) {
      return null;
    }
    Map<String, Integer> known = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (required.contains(name) || optional.contains(name)) {
        known.put(name, i);
      } else {
        problems.add(
            Problem.inFile(
                file,
                line,
                name,
                ProblemKind.UNKNOWN_COLUMN,
                name.isEmpty()
                    ? "column " + (i + 1) + " has no name; its values are ignored"
                    : "unknown column '" + name + "' is ignored"));
      }
    }
    return known;
  }

  private static Reader withoutBom(Reader in) {
    PushbackReader pushback = new PushbackReader(in, 1);
    try {
      int first = pushback.read();
      if (first >= 0 && first != '\uFEFF') {
        pushback.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pushback;
  }
}
