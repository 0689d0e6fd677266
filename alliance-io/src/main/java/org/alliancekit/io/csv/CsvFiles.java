package org.alliancekit.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Writing helpers shared by the file formats of this package. */
final class CsvFiles {
  private CsvFiles() {}

  /**
   * Turns every value into cells first (so that a value the format cannot hold fails before
   * anything is written), then writes the header and the rows to {@code out}, which is flushed and
   * left open.
   */
  static <T> void write(
      Writer out, List<String> header, Iterable<T> values, Function<? super T, List<String>> cells)
      throws IOException {
    ImmutableList<List<String>> rows = rows(values, cells);
    try (CsvTableWriter table = CsvTableWriter.of(new KeepOpen(out), header)) {
      for (List<String> row : rows) {
        table.row(row);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /** As {@link #write(Writer, List, Iterable, Function)}, to a UTF-8 file created or truncated. */
  static <T> void write(
      Path file, List<String> header, Iterable<T> values, Function<? super T, List<String>> cells)
      throws IOException {
    ImmutableList<List<String>> rows = rows(values, cells);
    try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
      write(out, header, rows, row -> row);
    }
  }

  private static <T> ImmutableList<List<String>> rows(
      Iterable<T> values, Function<? super T, List<String>> cells) {
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    for (T value : values) {
      rows.add(cells.apply(value));
    }
    return rows.build();
  }

  /** A writer that passes everything on but ignores {@link #close()}. */
  private static final class KeepOpen extends FilterWriter {
    KeepOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
