package org.alliancekit.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;

/**
 * The laws every CSV reader keeps, checked against the rows of its input as an independent CSV pass
 * finds them: nothing but documented problems, every problem inside the input, every data row
 * either read or reported at its line as an error, and no row both.
 */
final class ReadChecks {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private ReadChecks() {}

  /** Decodes bytes as the readers do when they open a file: UTF-8, bad bytes as U+FFFD. */
  static String decode(byte[] bytes) {
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), UTF_8)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits bytes at each NUL byte into at most {@code parts} parts, decoded as UTF-8. */
  static List<String> split(byte[] bytes, int parts) {
    List<String> texts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < bytes.length && texts.size() < parts - 1; i++) {
      if (bytes[i] == 0) {
        texts.add(decode(Arrays.copyOfRange(bytes, from, i)));
        from = i + 1;
      }
    }
    texts.add(decode(Arrays.copyOfRange(bytes, from, bytes.length)));
    return texts;
  }

  /**
   * The rows of a CSV text as an independent pass sees them: the line of the header, the starting
   * line of each data row that is not all blank, and the line count.
   *
   * @param header the line of the first row, 0 when there is none
   * @param rows the starting lines of the data rows, in order
   * @param broken whether the CSV syntax broke (an unclosed quote), after which rows are unknown
   * @param lastLine the number of lines of the text
   */
  record Rows(long header, ImmutableList<Long> rows, boolean broken, long lastLine) {}

  static Rows rows(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    long header = 0;
    List<Long> rows = new ArrayList<>();
    boolean broken = false;
    try {
      CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .allowUnclosedQuote(false)
              .skipEmptyLines(true)
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .ofCsvRecord(body);
      for (CsvRecord record : csv) {
        if (header == 0) {
          header = record.getStartingLineNumber();
        } else if (!record.getFields().stream().allMatch(String::isBlank)) {
          rows.add(record.getStartingLineNumber());
        }
      }
    } catch (CsvParseException e) {
      broken = true;
    }
    long lastLine = LINE_BREAK.splitAsStream(body + "\n").count();
    return new Rows(header, ImmutableList.copyOf(rows), broken, lastLine);
  }

  /** The lines of a file's error problems. */
  static ImmutableSet<Long> errorLines(List<Problem> problems, String file) {
    return problems.stream()
        .filter(problem -> problem.file().equals(file) && !problem.isWarning())
        .map(Problem::line)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Checks the problems of one file and returns the lines of its data rows that are good: not
   * reported as an error. Empty when the header made the file unreadable.
   */
  static ImmutableList<Long> goodRows(String file, String text, List<Problem> all) {
    Rows rows = rows(text);
    List<Problem> problems =
        all.stream().filter(problem -> problem.file().equals(file)).collect(Collectors.toList());
    for (Problem problem : problems) {
      assertFalse(problem.message().isBlank(), () -> "problem without a message: " + problem);
      assertTrue(
          problem.line() >= 1 && problem.line() <= rows.lastLine() + 1,
          () -> "problem outside the " + rows.lastLine() + " lines of the input: " + problem);
    }
    boolean headerUnusable =
        problems.stream()
            .anyMatch(
                problem ->
                    problem.kind() == ProblemKind.MISSING_COLUMN
                        || problem.kind() == ProblemKind.DUPLICATE_COLUMN);
    boolean stopped =
        problems.stream().anyMatch(problem -> problem.kind() == ProblemKind.UNREADABLE_FILE);
    if (rows.header() == 0 && !rows.broken()) {
      assertTrue(headerUnusable, () -> "input without a header row read without a problem");
    }
    if (headerUnusable) {
      // Nothing after an unusable header is read, so a later broken quote goes unseen.
      return ImmutableList.of();
    }
    assertEquals(rows.broken(), stopped, () -> "broken CSV syntax and reported: " + problems);
    Set<Long> errors = errorLines(problems, file);
    Set<Long> known = new HashSet<>(rows.rows());
    known.add(rows.header());
    for (Problem problem : problems) {
      if (!problem.isWarning() && problem.kind() != ProblemKind.UNREADABLE_FILE) {
        assertTrue(
            known.contains(problem.line()),
            () -> "error at line " + problem.line() + ", where no row starts: " + problem);
      }
    }
    return rows.rows().stream()
        .filter(line -> !errors.contains(line))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks a reader that makes one value of each good row: the values' lines are exactly the good
   * rows, in order.
   */
  static void checkOneValuePerRow(String file, String text, ReadResult<?> result) {
    ImmutableList<Long> good = goodRows(file, text, result.problems());
    assertEquals(
        good,
        result.lines(),
        () -> "good rows in and values out differ; problems: " + result.problems());
  }

  /** Asserts that reading the written values back gives the same values and no problem. */
  static <T> void checkRoundTrip(ReadResult<T> first, ReadResult<T> again) {
    if (!again.problems().isEmpty()) {
      fail("values written read back with problems " + again.problems());
    }
    assertEquals(first.values(), again.values(), "values written read back differently");
  }
}
