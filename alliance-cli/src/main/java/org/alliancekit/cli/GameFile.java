package org.alliancekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.alliancekit.io.csv.CsvTableReader;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;

/**
 * Reads a characteristic function: one row per coalition with the columns {@code coalition,value}.
 * The coalition is its members' partner ids joined by {@code ;} in any order (an empty cell is the
 * empty coalition, worth 0 unless given, and then it must be 0); the value is a decimal number.
 * Each coalition may be given once. Bad rows are reported with their line.
 */
final class GameFile {
  static final String COALITION = "coalition";
  static final String VALUE = "value";

  private static final Splitter MEMBERS = Splitter.on(';').trimResults();

  /**
   * What was read.
   *
   * @param values each good row's coalition and value, in file order
   * @param problems every problem, in file order
   */
  record Game(ImmutableMap<Set<PartnerId>, Double> values, ImmutableList<Problem> problems) {}

  private GameFile() {}

  static Game read(Path file) throws IOException {
    try (Reader in = new InputStreamReader(Files.newInputStream(file), UTF_8)) {
      return read(in, file.getFileName().toString());
    }
  }

  static Game read(Reader in, String file) {
    CsvTableReader.Table table =
        CsvTableReader.read(in, file, List.of(COALITION, VALUE), List.of());
    List<Problem> problems = new ArrayList<>(table.problems());
    Map<Set<PartnerId>, Double> values = new LinkedHashMap<>();
    Map<Set<PartnerId>, Long> lines = new HashMap<>();
    for (CsvTableReader.DataRow row : table.rows()) {
      Set<PartnerId> coalition = coalition(row, file, problems);
      if (coalition == null) {
        continue;
      }
      String text = row.get(VALUE);
      double value;
      try {
        value = new BigDecimal(text).doubleValue();
      } catch (NumberFormatException e) {
        problems.add(
            Problem.inFile(
                file,
                row.line(),
                VALUE,
                text.isEmpty() ? ProblemKind.MISSING_VALUE : ProblemKind.INVALID_VALUE,
                text.isEmpty()
                    ? "value is empty"
                    : "value '" + text + "' is not a decimal number"));
        continue;
      }
      if (!Double.isFinite(value)) {
        problems.add(
            Problem.inFile(
                file,
                row.line(),
                VALUE,
                ProblemKind.OUT_OF_RANGE,
                "value '" + text + "' is too large for a number of the game"));
        continue;
      }
      Long earlier = lines.putIfAbsent(coalition, row.line());
      if (earlier != null) {
        problems.add(
            Problem.inFile(
                file,
                row.line(),
                COALITION,
                ProblemKind.DUPLICATE,
                "coalition " + coalition + " is already given on line " + earlier));
        continue;
      }
      values.put(coalition, value);
    }
    return new Game(ImmutableMap.copyOf(values), ImmutableList.copyOf(problems));
  }

  private static Set<PartnerId> coalition(
      CsvTableReader.DataRow row, String file, List<Problem> problems) {
    String text = row.get(COALITION);
    Set<PartnerId> members = new TreeSet<>();
    if (text.isEmpty()) {
      return ImmutableSortedSet.of();
    }
    for (String member : MEMBERS.split(text)) {
      try {
        if (!members.add(PartnerId.of(member))) {
          problems.add(
              Problem.inFile(
                  file,
                  row.line(),
                  COALITION,
                  ProblemKind.DUPLICATE,
                  "coalition '" + text + "' names " + member + " twice"));
          return null;
        }
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.inFile(
                file,
                row.line(),
                COALITION,
                ProblemKind.INVALID_VALUE,
                "coalition '"
                    + text
                    + "' has a member that is not a partner id: "
                    + e.getMessage()));
        return null;
      }
    }
    return ImmutableSortedSet.copyOf(members);
  }
}
