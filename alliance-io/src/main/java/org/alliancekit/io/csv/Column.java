package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.Function;

/**
 * One column of a CSV file format, declared once: its name, whether the header must have it, how a
 * cell is parsed and how a record's cell is written. A {@link Columns} lists them in the order they
 * are written; the header check, the reading and the writing of a file all follow from that list.
 *
 * <p>Parsers throw {@link BadCell} or {@link IllegalArgumentException} for a bad cell; {@link
 * Row#get} turns that into a problem at the row's line and column.
 *
 * @param <R> the record a row of the file is written from
 * @param <T> the value a cell is read as
 */
final class Column<R, T> {
  /** How blank and surrounding whitespace are treated. */
  private enum Kind {
    /** The header must have the column and a blank cell is a problem; the value is stripped. */
    REQUIRED,
    /** As {@link #REQUIRED}, but free text is parsed as written, surrounding whitespace kept. */
    REQUIRED_TEXT,
    /** The header must have the column, but a blank cell reads as empty. */
    REQUIRED_MAY_BE_BLANK,
    /** The header may leave the column out; a blank cell reads as empty. */
    OPTIONAL
  }

  private final String name;
  private final Kind kind;
  private final Function<String, T> parser;
  private final Function<? super R, String> writer;
  private final boolean shared;

  private Column(
      String name,
      Kind kind,
      Function<String, T> parser,
      Function<? super R, String> writer,
      boolean shared) {
    this.name = checkNotNull(name, "name");
    this.kind = kind;
    this.parser = checkNotNull(parser, "parser");
    this.writer = checkNotNull(writer, "writer");
    this.shared = shared;
  }

  private Column(
      String name, Kind kind, Function<String, T> parser, Function<? super R, String> writer) {
    this(name, kind, parser, writer, false);
  }

  /**
   * The column with values that repeat from row to row (ids, dates, codes): a read parses each
   * distinct cell text once per parser, and every cell with that text gets the same immutable
   * value. Columns that use the same parser object share their values, across the files of one
   * portfolio too: every id column names its kind of id through the one parser of {@link Cells}
   * ({@link Cells#PARTNER_ID} and the like), so each id text gives one id object in the result.
   * Rows hold fewer objects, the parser's checks run once per distinct text, and ids compare by
   * reference first. Only for parsers whose value depends on the text alone and is immutable.
   */
  static <R, T> Column<R, T> shared(Column<R, T> column) {
    checkArgument(
        column.kind != Kind.REQUIRED_TEXT, "free text column %s is not shared", column.name);
    return new Column<>(column.name, column.kind, column.parser, column.writer, true);
  }

  /** A column the header must have, whose cells must not be blank; cells are stripped. */
  static <R, T> Column<R, T> required(
      String name, Function<String, T> parser, Function<? super R, String> writer) {
    return new Column<>(name, Kind.REQUIRED, parser, writer);
  }

  /** A required column of free text, parsed as written (surrounding whitespace kept). */
  static <R, T> Column<R, T> requiredText(
      String name, Function<String, T> parser, Function<? super R, String> writer) {
    return new Column<>(name, Kind.REQUIRED_TEXT, parser, writer);
  }

  /** A column the header must have, whose blank cells read as empty and are written as "". */
  static <R, T> Column<R, T> mayBeBlank(
      String name, Function<String, T> parser, Function<? super R, String> writer) {
    return new Column<>(name, Kind.REQUIRED_MAY_BE_BLANK, parser, writer);
  }

  /** A column the header may leave out; a blank cell reads as empty and is written as "". */
  static <R, T> Column<R, T> optional(
      String name, Function<String, T> parser, Function<? super R, String> writer) {
    return new Column<>(name, Kind.OPTIONAL, parser, writer);
  }

  /** The column's name as the header spells it, in lower case. */
  String name() {
    return name;
  }

  /** Whether the header must have this column. */
  boolean isRequired() {
    return kind != Kind.OPTIONAL;
  }

  /** Reads the column's value of a row; a problem is recorded on the row and gives empty. */
  Optional<T> read(Row row) {
    switch (kind) {
      case REQUIRED:
        return row.required(name, parser, shared);
      case REQUIRED_TEXT:
        return row.requiredText(name, parser);
      default:
        return row.optional(name, parser, shared);
    }
  }

  /** The cell this column writes for a record. */
  String write(R record) {
    return checkNotNull(writer.apply(record), "cell of column %s", name);
  }

  @Override
  public String toString() {
    return name;
  }
}
