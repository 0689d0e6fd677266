package org.alliancekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.io.csv.CsvTableReader;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;

/**
 * Reads a journeys file: one row per path of partner touches, with the columns {@code
 * path,conversions,value,nulls} and an optional {@code dates}.
 *
 * <ul>
 *   <li>{@code path}: partner ids joined by {@code >}, such as {@code isv>si>isv}, in the order of
 *       the touches;
 *   <li>{@code conversions} and {@code nulls}: how many journeys along the path converted and how
 *       many did not; whole numbers, not both zero;
 *   <li>{@code value}: the total value of the conversions, a plain decimal in the currency given,
 *       zero when nothing converted;
 *   <li>{@code dates} (optional): the day of each touch, ISO-8601, joined by {@code >} like the
 *       path, in date order. When the column is there, every row must fill it, and the time-decay
 *       model is computed too.
 * </ul>
 *
 * <p>Bad rows are reported with their line and left out.
 */
final class JourneysFile {
  static final String PATH = "path";
  static final String CONVERSIONS = "conversions";
  static final String VALUE = "value";
  static final String NULLS = "nulls";
  static final String DATES = "dates";

  private static final Splitter STEPS = Splitter.on('>').trimResults();

  /**
   * One good row.
   *
   * @param line its line
   * @param path the path with its counts and value
   * @param dates the day of each touch, when the file has dates
   */
  record Row(long line, JourneyPath path, Optional<ImmutableList<LocalDate>> dates) {}

  /**
   * What was read.
   *
   * @param rows the good rows in file order
   * @param dated whether the file has the dates column
   * @param problems every problem, in file order
   */
  record Journeys(ImmutableList<Row> rows, boolean dated, ImmutableList<Problem> problems) {}

  private JourneysFile() {}

  static Journeys read(Path file, CurrencyUnit currency) throws IOException {
    String name = file.getFileName().toString();
    try (Reader in = new InputStreamReader(Files.newInputStream(file), UTF_8)) {
      return read(in, name, currency);
    }
  }

  static Journeys read(Reader in, String file, CurrencyUnit currency) {
    CsvTableReader.Table table =
        CsvTableReader.read(in, file, List.of(PATH, CONVERSIONS, VALUE, NULLS), List.of(DATES));
    List<Problem> problems = new ArrayList<>(table.problems());
    boolean dated = !table.rows().isEmpty() && table.rows().get(0).has(DATES);
    List<Row> rows = new ArrayList<>();
    for (CsvTableReader.DataRow row : table.rows()) {
      List<Problem> found = new ArrayList<>();
      List<PartnerId> parties = parties(row, file, found);
      long conversions = count(row, CONVERSIONS, file, found);
      long nulls = count(row, NULLS, file, found);
      BigDecimal value = value(row, file, found);
      Optional<ImmutableList<LocalDate>> dates = Optional.empty();
      if (dated && !parties.isEmpty()) {
        dates = dates(row, parties.size(), file, found);
      }
      if (found.isEmpty()) {
        try {
          rows.add(
              new Row(
                  row.line(),
                  JourneyPath.of(parties, conversions, Money.of(value, currency), nulls),
                  dates));
        } catch (IllegalArgumentException e) {
          found.add(problem(file, row, "", ProblemKind.INVALID_VALUE, e.getMessage()));
        }
      }
      problems.addAll(found);
    }
    return new Journeys(ImmutableList.copyOf(rows), dated, ImmutableList.copyOf(problems));
  }

  private static List<PartnerId> parties(
      CsvTableReader.DataRow row, String file, List<Problem> found) {
    String text = row.get(PATH);
    if (text.isEmpty()) {
      found.add(problem(file, row, PATH, ProblemKind.MISSING_VALUE, "path is empty"));
      return List.of();
    }
    List<PartnerId> parties = new ArrayList<>();
    int position = 0;
    for (String step : STEPS.split(text)) {
      position++;
      try {
        parties.add(PartnerId.of(step));
      } catch (IllegalArgumentException e) {
        found.add(
            problem(
                file,
                row,
                PATH,
                ProblemKind.INVALID_VALUE,
                "touch "
                    + position
                    + " of path '"
                    + text
                    + "' is not a partner id: "
                    + e.getMessage()));
        return List.of();
      }
    }
    return parties;
  }

  private static long count(
      CsvTableReader.DataRow row, String column, String file, List<Problem> found) {
    String text = row.get(column);
    if (text.isEmpty()) {
      found.add(problem(file, row, column, ProblemKind.MISSING_VALUE, column + " is empty"));
      return 0;
    }
    try {
      long count = new BigDecimal(text).longValueExact();
      if (count < 0) {
        found.add(
            problem(
                file,
                row,
                column,
                ProblemKind.OUT_OF_RANGE,
                column + " " + text + " must not be negative"));
      }
      return count;
    } catch (NumberFormatException | ArithmeticException e) {
      found.add(
          problem(
              file,
              row,
              column,
              ProblemKind.INVALID_VALUE,
              column + " '" + text + "' is not a whole number"));
      return 0;
    }
  }

  private static BigDecimal value(CsvTableReader.DataRow row, String file, List<Problem> found) {
    String text = row.get(VALUE);
    if (text.isEmpty()) {
      found.add(problem(file, row, VALUE, ProblemKind.MISSING_VALUE, "value is empty"));
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() < 0) {
        found.add(
            problem(
                file,
                row,
                VALUE,
                ProblemKind.OUT_OF_RANGE,
                "value " + text + " must not be negative"));
      }
      return value;
    } catch (NumberFormatException e) {
      found.add(
          problem(
              file,
              row,
              VALUE,
              ProblemKind.INVALID_VALUE,
              "value '" + text + "' is not a plain decimal number"));
      return BigDecimal.ZERO;
    }
  }

  private static Optional<ImmutableList<LocalDate>> dates(
      CsvTableReader.DataRow row, int touches, String file, List<Problem> found) {
    String text = row.get(DATES);
    if (text.isEmpty()) {
      found.add(
          problem(
              file,
              row,
              DATES,
              ProblemKind.MISSING_VALUE,
              "dates is empty; a file with a dates column needs the day of every touch"));
      return Optional.empty();
    }
    List<LocalDate> dates = new ArrayList<>();
    for (String day : STEPS.split(text)) {
      try {
        LocalDate date = LocalDate.parse(day);
        if (!dates.isEmpty() && date.isBefore(dates.get(dates.size() - 1))) {
          found.add(
              problem(
                  file,
                  row,
                  DATES,
                  ProblemKind.INVALID_VALUE,
                  "touch date "
                      + date
                      + " is before the touch before it; dates must be in the order of the path"));
          return Optional.empty();
        }
        dates.add(date);
      } catch (DateTimeParseException e) {
        found.add(
            problem(
                file,
                row,
                DATES,
                ProblemKind.INVALID_VALUE,
                "'" + day + "' is not an ISO-8601 date such as 2026-03-31"));
        return Optional.empty();
      }
    }
    if (dates.size() != touches) {
      found.add(
          problem(
              file,
              row,
              DATES,
              ProblemKind.INCONSISTENT,
              "dates give " + dates.size() + " days for a path of " + touches + " touches"));
      return Optional.empty();
    }
    return Optional.of(ImmutableList.copyOf(dates));
  }

  private static Problem problem(
      String file, CsvTableReader.DataRow row, String column, ProblemKind kind, String message) {
    return Problem.inFile(file, row.line(), column, kind, message);
  }
}
