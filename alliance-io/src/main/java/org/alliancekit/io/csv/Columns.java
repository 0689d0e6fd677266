package org.alliancekit.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
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

  /**
   * The records of a file that holds one row per child of a parent, such as one per competency of
   * each partner: parents in order, each parent's children in order.
   */
  static <P, C, R> ImmutableList<R> perChild(
      Iterable<? extends P> parents,
      Function<? super P, ? extends Iterable<? extends C>> children,
      BiFunction<? super P, ? super C, ? extends R> record) {
    ImmutableList.Builder<R> records = ImmutableList.builder();
    for (P parent : parents) {
      for (C child : children.apply(parent)) {
        records.add(record.apply(parent, child));
      }
    }
    return records.build();
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

  /**
   * Reads a file through a collector made for its name; a missing or unreadable file is reported as
   * a problem.
   */
  <T> ReadResult<T> read(Path path, Function<String, ? extends RowCollector<T>> collectors) {
    String file = String.valueOf(path.getFileName());
    RowCollector<T> collector = collectors.apply(file);
    table.read(path, file, collector.problems(), collector::accept);
    return collector.result();
  }

  /** Reads from a reader, which is left open, through a collector made for {@code file}. */
  <T> ReadResult<T> read(
      Reader in, String file, Function<String, ? extends RowCollector<T>> collectors) {
    RowCollector<T> collector = collectors.apply(file);
    table.read(in, file, collector.problems(), collector::accept);
    return collector.result();
  }

  /**
   * Reads rows already split into cells through a collector made for {@code file}: the same rules
   * as reading the file, each problem at the data row's line.
   */
  <T> ReadResult<T> read(
      List<CsvTableReader.DataRow> rows,
      String file,
      Function<String, ? extends RowCollector<T>> collectors) {
    RowCollector<T> collector = collectors.apply(file);
    readRows(rows, file, collector::accept);
    return collector.result();
  }

  /** Passes rows already split into cells on as rows of {@code file}. */
  void readRows(List<CsvTableReader.DataRow> rows, String file, Consumer<Row> consumer) {
    ImmutableSet<String> header = null;
    ImmutableMap<String, Integer> columns = null;
    SharedValues shared = new SharedValues();
    for (CsvTableReader.DataRow row : rows) {
      // Rows of one frame share their columns: the index is made once for them.
      if (header == null || !header.equals(row.cells().keySet())) {
        header = row.cells().keySet();
        columns = Row.columnIndex(header);
      }
      consumer.accept(Row.of(file, row, columns, shared));
    }
  }

  /** Reads the rows of a file, reporting a missing or unreadable file as a problem. */
  void read(Path path, String file, List<Problem> problems, Consumer<Row> rows) {
    table.read(path, file, problems, rows);
  }

  /** Reads the rows from a reader, which is left open. */
  void read(Reader in, String file, List<Problem> problems, Consumer<Row> rows) {
    table.read(in, file, problems, rows);
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
