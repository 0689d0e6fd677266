package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Writes a CSV table (a header row, then rows of the same width) through FastCSV, escaping every
 * cell that a spreadsheet would run as a formula.
 *
 * <p><b>Formula escaping.</b> A spreadsheet that opens a CSV file treats a cell starting with
 * {@code =}, {@code +}, {@code -} or {@code @} as a formula, and some also act on a leading tab or
 * carriage return; a value such as {@code =cmd|' /C calc'!A0} could then run a command on the
 * reader's machine. This writer therefore puts a single quote in front of such a cell ({@code
 * '=cmd|' /C calc'!A0}), which spreadsheets show as text. Two exceptions and one addition keep the
 * escaping exact and reversible:
 *
 * <ul>
 *   <li>a plain number such as {@code -12.5} or {@code +3} is no formula and is written as it is;
 *   <li>a cell that already starts with a single quote followed by one of the trigger characters or
 *       another single quote gets one more single quote, so that it reads back unchanged.
 * </ul>
 *
 * <p>{@link #unescapeFormula(String)} undoes {@link #escapeFormula(String)} for every string, and
 * the readers of this package apply it to every cell they read, so that a portfolio written and
 * read again gives back the same values.
 *
 * <p>Cells are quoted as RFC 4180 requires (when they hold a comma, a quote or a line break), and
 * rows end with CRLF. The writer is not thread-safe; {@link #close()} closes the underlying writer.
 *
 * <pre>{@code
 * Path file = dir.resolve("scores.csv");
 * try (CsvTableWriter out = CsvTableWriter.create(file, "relationship_id", "overall")) {
 *   out.row("acme", "0.62");
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class CsvTableWriter implements Closeable, Flushable {
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final CsvWriter csv;
  private final int width;

  private CsvTableWriter(CsvWriter csv, ImmutableList<String> header) {
    this.csv = csv;
    this.width = header.size();
    row(header);
  }

  /**
   * Returns a writer to {@code out} that has written the given header row.
   *
   * @throws IllegalArgumentException if the header is empty
   * @throws UncheckedIOException if writing fails
   */
  public static CsvTableWriter of(Writer out, List<String> header) {
    checkNotNull(out, "out");
    ImmutableList<String> columns = ImmutableList.copyOf(checkNotNull(header, "header"));
    checkArgument(!columns.isEmpty(), "a CSV table needs at least one column");
    return new CsvTableWriter(
        CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out), columns);
  }

  /**
   * Returns a writer to {@code out} that has written the given header row.
   *
   * @throws IllegalArgumentException if the header is empty
   * @throws UncheckedIOException if writing fails
   */
  public static CsvTableWriter of(Writer out, String... header) {
    return of(out, ImmutableList.copyOf(header));
  }

  /**
   * Creates (or truncates) a UTF-8 file and returns a writer to it that has written the header row.
   *
   * @throws IllegalArgumentException if the header is empty
   * @throws IOException if the file cannot be created or written
   */
  public static CsvTableWriter create(Path file, List<String> header) throws IOException {
    checkNotNull(file, "file");
    ImmutableList<String> columns = ImmutableList.copyOf(checkNotNull(header, "header"));
    checkArgument(!columns.isEmpty(), "a CSV table needs at least one column");
    Writer out = Files.newBufferedWriter(file, UTF_8);
    try {
      return new CsvTableWriter(
          CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out), columns);
    } catch (UncheckedIOException e) {
      out.close();
      throw e.getCause();
    }
  }

  /**
   * Creates (or truncates) a UTF-8 file and returns a writer to it that has written the header row.
   *
   * @throws IllegalArgumentException if the header is empty
   * @throws IOException if the file cannot be created or written
   */
  public static CsvTableWriter create(Path file, String... header) throws IOException {
    return create(file, ImmutableList.copyOf(header));
  }

  /**
   * Writes one row, escaping formula cells.
   *
   * @return this writer
   * @throws IllegalArgumentException if the row is not as wide as the header
   * @throws UncheckedIOException if writing fails
   */
  public CsvTableWriter row(List<String> cells) {
    checkNotNull(cells, "cells");
    checkArgument(
        cells.size() == width,
        "row has %s cells, but the table has %s columns",
        cells.size(),
        width);
    List<String> escaped = new ArrayList<>(cells.size());
    for (String cell : cells) {
      escaped.add(escapeFormula(checkNotNull(cell, "cell")));
    }
    csv.writeRecord(escaped);
    return this;
  }

  /**
   * Writes one row, escaping formula cells.
   *
   * @return this writer
   * @throws IllegalArgumentException if the row is not as wide as the header
   * @throws UncheckedIOException if writing fails
   */
  public CsvTableWriter row(String... cells) {
    return row(ImmutableList.copyOf(cells));
  }

  /** Flushes the written rows to the underlying writer. */
  @Override
  public void flush() throws IOException {
    csv.flush();
  }

  /** Flushes and closes the underlying writer. */
  @Override
  public void close() throws IOException {
    csv.close();
  }

  /**
   * Returns the cell as it must be written so that no spreadsheet runs it as a formula: with a
   * single quote in front when it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
   * a carriage return (unless it is a plain number), or when it starts with a single quote followed
   * by one of those or another single quote; otherwise unchanged.
   */
  public static String escapeFormula(String cell) {
    checkNotNull(cell, "cell");
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean escape =
        (isTrigger(first) && !PLAIN_NUMBER.matcher(cell).matches())
            || (first == '\'' && cell.length() > 1 && isEscaped(cell.charAt(1)));
    return escape ? "'" + cell : cell;
  }

  /**
   * Undoes {@link #escapeFormula(String)}: removes one leading single quote when a trigger
   * character or another single quote follows it; otherwise returns the cell unchanged.
   */
  public static String unescapeFormula(String cell) {
    checkNotNull(cell, "cell");
    return cell.length() > 1 && cell.charAt(0) == '\'' && isEscaped(cell.charAt(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static boolean isEscaped(char c) {
    return isTrigger(c) || c == '\'';
  }
}
