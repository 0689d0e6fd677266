package org.alliancekit.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * Reads a CSV file with a header row through FastCSV and hands each data row to a consumer.
 *
 * <p>The header's column names are matched ignoring case and surrounding whitespace. A missing
 * required column, a column named twice, or no header at all is a file-level problem, and no row is
 * read. A column the format does not know is reported as a warning and ignored. Rows whose fields
 * are all blank are skipped; a row with another number of fields than the header, or with bytes
 * that are not UTF-8 (decoded as U+FFFD), is reported and skipped. A CSV syntax error (a broken
 * quote) ends the reading at that row, since the rest cannot be split into rows reliably.
 *
 * <p>Public only so that the co-sell importers of this module can share it; not part of the API.
 */
@API(status = INTERNAL, since = "0.1")
public final class CsvTable {
  private static final char BOM = '\uFEFF';
  private static final char REPLACEMENT = '\uFFFD';
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private final ImmutableList<String> required;
  private final ImmutableList<String> optional;

  /** A table of the given required and optional columns, in lower case. */
  public CsvTable(List<String> required, List<String> optional) {
    this.required = ImmutableList.copyOf(required);
    this.optional = ImmutableList.copyOf(optional);
  }

  /** The known columns: the required ones, then the optional ones. */
  ImmutableList<String> columns() {
    return ImmutableList.<String>builder().addAll(required).addAll(optional).build();
  }

  /** Opens a file as UTF-8 text; undecodable bytes become U+FFFD and are reported per row. */
  static Reader open(Path path) throws IOException {
    return new InputStreamReader(Files.newInputStream(path), UTF_8);
  }

  /** Reads a file, reporting a missing or unreadable file as a problem. */
  public void read(Path path, String file, List<Problem> problems, Consumer<Row> rows) {
    try (Reader in = open(path)) {
      read(in, file, problems, rows);
    } catch (NoSuchFileException e) {
      problems.add(
          Problem.inFile(file, ProblemKind.UNREADABLE_FILE, "file " + file + " is missing"));
    } catch (IOException e) {
      problems.add(
          Problem.inFile(
              file, ProblemKind.UNREADABLE_FILE, "file " + file + " cannot be read: " + e));
    }
  }

  /** Reads from a reader, which is left open. */
  public void read(Reader in, String file, List<Problem> problems, Consumer<Row> rows) {
    long lastLine = 0;
    SharedValues shared = SharedValues.carriedBy(in);
    try {
      CsvReader<FileRecords.Record> csv = records(in);
      Optional<ImmutableMap<String, Integer>> header = Optional.empty();
      int width = 0;
      for (FileRecords.Record record : csv) {
        lastLine = record.line();
        String[] fields = record.fields();
        if (header.isEmpty()) {
          width = fields.length;
          header = header(file, lastLine, fields, problems);
          if (header.isEmpty()) {
            return;
          }
          continue;
        }
        ImmutableMap<String, Integer> columns = header.get();
        if (allBlank(fields)) {
          continue;
        }
        if (fields.length != width) {
          problems.add(
              Problem.inFile(
                  file,
                  lastLine,
                  "",
                  ProblemKind.MALFORMED_ROW,
                  "row has " + fields.length + " fields, but the header has " + width));
          continue;
        }
        int undecodable = indexOfUndecodable(fields);
        if (undecodable >= 0) {
          problems.add(
              Problem.inFile(
                  file,
                  lastLine,
                  nameOf(columns, undecodable),
                  ProblemKind.MALFORMED_ROW,
                  "row holds bytes that are not valid UTF-8: re-encode the file as UTF-8 (in a"
                      + " spreadsheet, save it as \"CSV UTF-8\")"));
          continue;
        }
        Row row = new Row(file, lastLine, columns, fields, shared);
        rows.accept(row);
      }
      if (header.isEmpty()) {
        problems.add(
            Problem.inFile(
                file,
                1,
                "",
                ProblemKind.MISSING_COLUMN,
                "file has no header row; expected the columns " + Joiner.on(',').join(columns())));
      }
    } catch (CsvParseException e) {
      problems.add(
          Problem.inFile(
              file,
              lineOf(e, lastLine + 1),
              "",
              ProblemKind.UNREADABLE_FILE,
              "CSV syntax error, reading stopped here: " + e.getMessage()));
    } catch (UncheckedIOException e) {
      problems.add(
          Problem.inFile(
              file,
              lastLine + 1,
              "",
              ProblemKind.UNREADABLE_FILE,
              "file cannot be read, reading stopped here: " + e.getCause()));
    }
  }

  /**
   * FastCSV reading the records of {@code in} after a byte order mark: empty lines skipped, records
   * of any width (the width is checked here, to report it), a quote left open an error.
   */
  static CsvReader<FileRecords.Record> records(Reader in) {
    return CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false)
        .skipEmptyLines(true)
        .build(new FileRecords(), withoutBom(in));
  }

  private Optional<ImmutableMap<String, Integer>> header(
      String file, long line, String[] names, List<Problem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    boolean usable = true;
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip().toLowerCase(Locale.ROOT);
      if (columns.containsKey(name)) {
        problems.add(
            Problem.inFile(
                file,
                line,
                name,
                ProblemKind.DUPLICATE_COLUMN,
                "header names column " + Cells.quote(name) + " more than once"));
        usable = false;
      } else {
        columns.put(known(name), i);
      }
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
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
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip().toLowerCase(Locale.ROOT);
      if (!required.contains(name) && !optional.contains(name) && columns.get(name) == i) {
        problems.add(
            Problem.inFile(
                file,
                line,
                name,
                ProblemKind.UNKNOWN_COLUMN,
                name.isEmpty()
                    ? "column " + (i + 1) + " has no name; its values are ignored"
                    : "unknown column " + Cells.quote(name) + " is ignored"));
      }
    }
    return usable ? Optional.of(ImmutableMap.copyOf(columns)) : Optional.empty();
  }

  /**
   * The format's own name object for a header name it knows, else the name: rows look their cells
   * up by the format's column constants, which then match the header's keys by reference.
   */
  private String known(String name) {
    int index = required.indexOf(name);
    if (index >= 0) {
      return required.get(index);
    }
    index = optional.indexOf(name);
    return index >= 0 ? optional.get(index) : name;
  }

  private static String nameOf(Map<String, Integer> columns, int index) {
    return columns.entrySet().stream()
        .filter(entry -> entry.getValue() == index)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  private static boolean allBlank(String[] fields) {
    for (String field : fields) {
      if (!field.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfUndecodable(String[] fields) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].indexOf(REPLACEMENT) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static long lineOf(CsvParseException e, long fallback) {
    Matcher matcher = LINE.matcher(String.valueOf(e.getMessage()));
    return matcher.find() ? Long.parseLong(matcher.group(1)) : fallback;
  }

  /** Skips a leading byte order mark, as written by some spreadsheet programs. */
  static Reader withoutBom(Reader in) {
    PushbackReader pushback = new PushbackReader(in, 1);
    try {
      int first = pushback.read();
      if (first >= 0 && first != BOM) {
        pushback.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pushback;
  }
}
