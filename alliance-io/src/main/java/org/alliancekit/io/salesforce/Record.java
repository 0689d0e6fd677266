package org.alliancekit.io.salesforce;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.alliancekit.io.csv.BadCell;
import org.alliancekit.io.csv.Cells;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.batch.ProblemLocation;

/**
 * One Salesforce record, from a CSV row or a REST query result, as text by API field name, with
 * where it came from. Problems are recorded at the field: a CSV column, or a JSON pointer below the
 * record's pointer ({@code /records/3/StageName}).
 */
final class Record {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]", Locale.ROOT);

  private final SalesforceObject object;
  private final String file;
  private final long line;
  private final Optional<String> pointer;
  private final ImmutableMap<String, String> fields;
  private final Sink sink;
  private int errors;

  /** Where a record's problems go, each at a CSV column or a JSON pointer. */
  interface Sink {
    /** Takes a problem at the given column or JSON pointer. */
    void report(String column, ProblemKind kind, String message);

    /** The sink of the rows of a CSV file, adding problems at the row's line to a list. */
    static Sink csv(String file, long line, List<Problem> problems) {
      return (column, kind, message) ->
          problems.add(Problem.of(new ProblemLocation.InFile(file, line, column), kind, message));
    }
  }

  /**
   * A record.
   *
   * @param pointer the JSON pointer of a REST record; empty for a CSV row
   * @param fields the stripped text by lower-case API field name
   * @param sink where problems go
   */
  Record(
      SalesforceObject object,
      String file,
      long line,
      Optional<String> pointer,
      ImmutableMap<String, String> fields,
      Sink sink) {
    this.object = object;
    this.file = file;
    this.line = line;
    this.pointer = pointer;
    this.fields = fields;
    this.sink = sink;
  }

  SalesforceObject object() {
    return object;
  }

  String file() {
    return file;
  }

  long line() {
    return line;
  }

  /** Where the record is, for messages: the file and line, or the file and JSON pointer. */
  String where() {
    return file + pointer.map(p -> " " + p).orElse(" line " + line);
  }

  /** The field's text, empty when blank or absent. */
  Optional<String> text(String field) {
    String text = fields.getOrDefault(field.toLowerCase(Locale.ROOT), "");
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** Parses a required field; a blank value or a parser's complaint is recorded. */
  <T> Optional<T> required(String field, Function<String, T> parser) {
    Optional<String> text = text(field);
    if (text.isEmpty()) {
      problem(field, ProblemKind.MISSING_VALUE, object.apiName() + "." + field + " is empty");
      return Optional.empty();
    }
    return parse(field, text.get(), parser);
  }

  /** Parses an optional field: empty when blank, or when the parser complains (recorded). */
  <T> Optional<T> optional(String field, Function<String, T> parser) {
    return text(field).flatMap(text -> parse(field, text, parser));
  }

  private <T> Optional<T> parse(String field, String text, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(text));
    } catch (BadCell e) {
      problem(field, e.kind(), object.apiName() + "." + field + " " + e.getMessage());
    } catch (IllegalArgumentException e) {
      problem(
          field,
          ProblemKind.INVALID_VALUE,
          object.apiName() + "." + field + " " + Cells.quote(text) + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Records a problem at a field of this record; the empty field for the whole record. */
  void problem(String field, ProblemKind kind, String message) {
    String column =
        pointer.map(p -> field.isEmpty() ? p : p + "/" + field.replace('.', '/')).orElse(field);
    sink.report(column, kind, message);
    if (!kind.isWarning()) {
      errors++;
    }
  }

  /** Whether an error was recorded for this record. */
  boolean hasErrors() {
    return errors > 0;
  }

  /**
   * Reads a Salesforce date ({@code 2026-03-31}) or date-time ({@code
   * 2026-03-31T09:15:00.000+0000}), a date-time on its UTC day.
   */
  static LocalDate date(String text) {
    if (text.length() <= 10) {
      return Cells.date(text);
    }
    try {
      return OffsetDateTime.parse(text, DATE_TIME)
          .withOffsetSameInstant(ZoneOffset.UTC)
          .toLocalDate();
    } catch (DateTimeParseException e) {
      throw new BadCell(
          ProblemKind.INVALID_VALUE,
          Cells.quote(text)
              + " is not a date such as 2026-03-31 nor a date-time such as"
              + " 2026-03-31T09:15:00.000+0000");
    }
  }

  /** Reads a checkbox: {@code true} or {@code false} (or 1 and 0), ignoring case. */
  static boolean bool(String text) {
    if (text.equalsIgnoreCase("true") || text.equals("1")) {
      return true;
    }
    if (text.equalsIgnoreCase("false") || text.equals("0")) {
      return false;
    }
    throw new BadCell(ProblemKind.INVALID_VALUE, Cells.quote(text) + " is neither true nor false");
  }
}
