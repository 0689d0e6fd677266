package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * One data row of a CSV file, its values looked up by column name, collecting the problems its
 * values have. Values are formula-unescaped ({@link CsvTableWriter#unescapeFormula}); {@link #text}
 * gives them verbatim, {@link #token} stripped of surrounding whitespace.
 *
 * <p>Public only so that the co-sell importers of this module can share it; not part of the API.
 */
@API(status = INTERNAL, since = "0.1")
public final class Row {
  private final String file;
  private final long line;
  private final ImmutableMap<String, Integer> columns;
  private final String[] fields;
  private final SharedValues shared;
  private List<Problem> problems = List.of();

  Row(
      String file,
      long line,
      ImmutableMap<String, Integer> columns,
      String[] fields,
      SharedValues shared) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.fields = fields;
    this.shared = checkNotNull(shared, "shared");
  }

  /**
   * A row of cells split elsewhere, such as a row of a Spark DataFrame read from a CSV file: its
   * columns are the data row's cells, indexed by {@code columns} (see {@link #columnIndex}), its
   * line the data row's line.
   */
  static Row of(
      String file,
      CsvTableReader.DataRow data,
      ImmutableMap<String, Integer> columns,
      SharedValues shared) {
    return new Row(
        file, data.line(), columns, data.cells().values().toArray(new String[0]), shared);
  }

  /** The index of each column name, in the order given. */
  static ImmutableMap<String, Integer> columnIndex(Iterable<String> names) {
    ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
    int index = 0;
    for (String column : names) {
      columns.put(column, index++);
    }
    return columns.buildOrThrow();
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The line the row starts at. */
  public long line() {
    return line;
  }

  /** The value verbatim, or the empty string when the file has no such column. */
  String text(String column) {
    Integer index = columns.get(column);
    return index == null ? "" : CsvTableWriter.unescapeFormula(fields[index]);
  }

  /** The value without surrounding whitespace, or empty when it is blank or the column absent. */
  Optional<String> token(String column) {
    String token = text(column).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  /** The value without surrounding whitespace; the empty string when blank or absent. */
  String stripped(String column) {
    return text(column).strip();
  }

  /**
   * Parses a required value; records {@link ProblemKind#MISSING_VALUE} when it is blank and the
   * parser's problem when it fails. Empty in both cases.
   */
  <T> Optional<T> required(String column, Function<String, T> parser) {
    return required(column, parser, false);
  }

  /**
   * As {@link #required(String, Function)}; when {@code share}, the value is looked up among the
   * values the same parser already gave for the same text in this read (see {@link
   * Column#shared()}).
   */
  <T> Optional<T> required(String column, Function<String, T> parser, boolean share) {
    String token = stripped(column);
    if (token.isEmpty()) {
      problem(column, ProblemKind.MISSING_VALUE, column + " must not be empty");
      return Optional.empty();
    }
    return share ? parseShared(column, token, parser) : parse(column, token, parser);
  }

  /**
   * The stripped values of the given columns that the header has, by column name, in the order
   * given.
   */
  public ImmutableMap<String, String> cells(List<String> known) {
    ImmutableMap.Builder<String, String> cells = ImmutableMap.builder();
    for (String column : known) {
      if (columns.containsKey(column)) {
        cells.put(column, text(column).strip());
      }
    }
    return cells.buildOrThrow();
  }

  /** The accounts the rows of this read name (see {@link SharedAccounts}). */
  SharedAccounts accounts() {
    return shared.accounts();
  }

  /** Reads a column's value as its declaration says; a problem is recorded and gives empty. */
  <T> Optional<T> get(Column<?, T> column) {
    return column.read(this);
  }

  /**
   * Reads a column's value and parses it further, such as by a reader's stage model; a problem is
   * recorded at the column and gives empty.
   */
  <T, U> Optional<U> get(Column<?, T> column, Function<? super T, U> then) {
    return get(column).flatMap(value -> parse(column.name(), value, then));
  }

  /** Parses an optional value: empty when blank, or when the parser fails (recorded). */
  <T> Optional<T> optional(String column, Function<String, T> parser) {
    return optional(column, parser, false);
  }

  /** As {@link #optional(String, Function)}, sharing values as {@link Column#shared()} says. */
  <T> Optional<T> optional(String column, Function<String, T> parser, boolean share) {
    String token = stripped(column);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    return share ? parseShared(column, token, parser) : parse(column, token, parser);
  }

  /** Parses a token once per parser and read: a text met before gives the same value again. */
  private <T> Optional<T> parseShared(String column, String token, Function<String, T> parser) {
    Optional<T> known = shared.get(parser, token);
    if (known != null) {
      return known;
    }
    Optional<T> parsed = parse(column, token, parser);
    if (parsed.isPresent()) {
      shared.put(parser, token, parsed);
    }
    return parsed;
  }

  /** Parses a required free-text value as given, keeping surrounding whitespace. */
  <T> Optional<T> requiredText(String column, Function<String, T> parser) {
    String text = text(column);
    if (text.isBlank()) {
      problem(column, ProblemKind.MISSING_VALUE, column + " must not be empty");
      return Optional.empty();
    }
    return parse(column, text, parser);
  }

  private <V, T> Optional<T> parse(String column, V value, Function<? super V, T> parser) {
    try {
      return Optional.of(parser.apply(value));
    } catch (BadCell e) {
      problem(column, e.kind(), column + " " + e.getMessage());
    } catch (IllegalArgumentException e) {
      problem(column, ProblemKind.INVALID_VALUE, e.getMessage());
    }
    return Optional.empty();
  }

  /** Records a problem of this row. */
  void problem(String column, ProblemKind kind, String message) {
    if (problems.isEmpty()) {
      problems = new ArrayList<>();
    }
    problems.add(Problem.inFile(file, line, column, kind, message));
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  ImmutableList<Problem> problems() {
    return ImmutableList.copyOf(problems);
  }
}
