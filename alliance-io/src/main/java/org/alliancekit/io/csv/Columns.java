package org.alliancekit.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;

/**
 * The columns of one CSV file format in the order they are written: the single description from
 * which the header check ({@link CsvTable}), the reading of each cell ({@link Column#read}) and the
 * writing of each row follow. Adding a column to a format is adding it here.
 *
 * @param <R> the record a row is written from
 */
final class Columns<R> {
  private final ImmutableList<Column<? super R, ?>> columns;
  private final ImmutableList<String> names;
  private final CsvTable table;

  private Columns(ImmutableList<Column<? super R, ?>> columns) {
    this.columns = columns;
    this.names = columns.stream().map(Column::name).collect(ImmutableList.toImmutableList());
    this.table =
        new CsvTable(
            columns.stream()
                .filter(Column::isRequired)
                .map(Column::name)
                .collect(ImmutableList.toImmutableList()),
            columns.stream()
                .filter(column -> !column.isRequired())
                .map(Column::name)
                .collect(ImmutableList.toImmutableList()));
  }

  /** The columns in the order they are written. */
  @SafeVarargs
  static <R> Columns<R> of(Column<? super R, ?>... columns) {
    ImmutableList.Builder<Column<? super R, ?>> list = ImmutableList.builder();
    for (Column<? super R, ?> column : columns) {
      list.add(column);
    }
    return new Columns<>(list.build());
  }

  /** The column names in the order they are written. */
  ImmutableList<String> names() {
    return names;
  }

  /** The cells of one record's row, in column order. */
  List<String> cells(R record) {
    ImmutableList.Builder<String> cells = ImmutableList.builderWithExpectedSize(columns.size());
    for (Column<? super R, ?> column : columns) {
      cells.add(column.write(record));
    }
    return cells.build();
  }

  /** Reads the rows of a file, reporting a missing or unreadable file as a problem. */
  void read(Path path, String file, List<Problem> problems, Consumer<Row> rows) {
    table.read(path, file, problems, rows);
  }

  /** Reads the rows from a reader, which is left open. */
  void read(Reader in, String file, List<Problem> problems, Consumer<Row> rows) {
    table.read(in, file, problems, rows);
  }

  /** Reads the rows from a reader, which is left open, into a reading made for the file name. */
  <T> ReadResult<T> read(Reader in, String file, Function<String, ? extends Reading<T>> readingOf) {
    Reading<T> reading = readingOf.apply(file);
    read(in, file, reading.problems, reading::accept);
    return reading.result();
  }

  /** As {@link #read(Reader, String, Function)}, from a UTF-8 file named after its file name. */
  <T> ReadResult<T> read(Path path, Function<String, ? extends Reading<T>> readingOf) {
    String file = String.valueOf(path.getFileName());
    Reading<T> reading = readingOf.apply(file);
    read(path, file, reading.problems, reading::accept);
    return reading.result();
  }

  /**
   * Writes the header and one row per record to {@code out}, which is flushed and left open; every
   * row is made before anything is written.
   */
  void write(Writer out, Iterable<? extends R> records) throws IOException {
    CsvFiles.write(out, names, records, this::cells);
  }

  /** As {@link #write(Writer, Iterable)}, to a UTF-8 file created or truncated. */
  void write(Path file, Iterable<? extends R> records) throws IOException {
    CsvFiles.write(file, names, records, this::cells);
  }
}
