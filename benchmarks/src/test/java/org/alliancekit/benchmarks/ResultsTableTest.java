package org.alliancekit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTableTest {
  @TempDir Path directory;

  private static String result(
      String benchmark, String params, double score, String unit, double bytes) {
    return "{\"benchmark\":\""
        + benchmark
        + "\",\"mode\":\"avgt\",\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\","
        + "\"params\":{"
        + params
        + "},\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":0.5,\"scoreUnit\":\""
        + unit
        + "\"},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":"
        + bytes
        + ",\"scoreUnit\":\"B/op\"}}}";
  }

  @Test
  void dividesByTheBaselineOfTheSamePackageSizeAndThreads() throws IOException {
    String p = "org.alliancekit.benchmarks.portfolio.";
    Path json = directory.resolve("r.json");
    Files.writeString(
        json,
        "["
            + result(
                p + "BaselineBenchmark.baseline",
                "\"rows\":\"10\",\"threads\":\"1\"",
                40,
                "ms/op",
                100)
            + ","
            + result(
                p + "BaselineBenchmark.baseline",
                "\"rows\":\"10\",\"threads\":\"2\"",
                20,
                "ms/op",
                100)
            + ","
            + result(
                p + "ColumnarBenchmark.score", "\"rows\":\"10\"", 30000, "us/op", 3 * 1024 * 1024)
            + ","
            + result(
                p + "DuckDbBenchmark.score",
                "\"rows\":\"10\",\"threads\":\"2\"",
                200,
                "ms/op",
                2048)
            + ","
            + result(
                "org.alliancekit.benchmarks.attribution.ExactShapleyBenchmark.exact",
                "\"players\":\"20\"",
                0.25,
                "ms/op",
                10)
            + "]");
    String table = ResultsTable.render(List.of(json));
    List<String> lines = table.lines().toList();
    assertEquals(
        "| benchmark | parameters | ms/op | error (99.9%) | bytes/op | x baseline |", lines.get(0));
    assertEquals(
        "| ExactShapleyBenchmark.exact | players=20 | 0.2500 | ± 0.5000 | 10 B |  |", lines.get(2));
    assertEquals(
        "| BaselineBenchmark.baseline | rows=10, threads=1 | 40.00 | ± 0.50 | 100 B | 1.00 |",
        lines.get(3));
    assertEquals(
        "| ColumnarBenchmark.score | rows=10 | 30.00 | ± 0.00 | 3.0 MB | 0.75 |", lines.get(4));
    assertEquals(
        "| BaselineBenchmark.baseline | rows=10, threads=2 | 20.00 | ± 0.50 | 100 B | 1.00 |",
        lines.get(5));
    assertEquals(
        "| DuckDbBenchmark.score | rows=10, threads=2 | 200 | ± 1 | 2.0 KB | 10.00 |",
        lines.get(6));
    assertEquals("JDK: 17.0.15 OpenJDK 64-Bit Server VM", lines.get(8));
    assertTrue(
        lines.contains("- Exact Shapley values of 20 players in under a second (ms): 0.25 (met)"),
        table);
    assertTrue(
        lines.contains(
            "- Columnar path no slower than the baseline (time ratio <= 1.0): not measured in this"
                + " run"),
        table);
    assertTrue(
        lines.contains(
            "- Forecast columns by quarter and 1000 partner(s) within 2x of the long-minor-units"
                + " loop, exact to the cent as checked before timing (time ratio <= 2): not"
                + " measured in this run"),
        table);
  }

  private static final String PARAMS = "\"rows\":\"1000000\",\"partners\":\"1\"";

  @Test
  void checksTheForecastTargetAgainstItsOwnBaselineMethod() throws IOException {
    String f = "org.alliancekit.benchmarks.forecast.ForecastBenchmark.";
    Path json = directory.resolve("f.json");
    Files.writeString(
        json,
        "["
            + result(f + "baseline", PARAMS, 20, "ms/op", 100)
            + ","
            + result(f + "columns", PARAMS, 30, "ms/op", 100)
            + ","
            + result(f + "moneyPerRow", PARAMS, 900, "ms/op", 100)
            + "]");
    String table = ResultsTable.render(List.of(json));
    List<String> lines = table.lines().toList();
    // 30 / 20 = 1.5 and 900 / 20 = 45: the columns meet the 2x target.
    assertEquals(
        "| ForecastBenchmark.columns | partners=1, rows=1000000 | 30.00 | ± 0.50 | 100 B"
            + " | 1.50 |",
        lines.get(3));
    assertEquals(
        "| ForecastBenchmark.moneyPerRow | partners=1, rows=1000000 | 900 | ± 1 | 100 B"
            + " | 45.00 |",
        lines.get(4));
    assertTrue(
        lines.contains(
            "- Forecast columns by quarter and 1 partner(s) within 2x of the long-minor-units"
                + " loop, exact to the cent as checked before timing (time ratio <= 2): 1.50 (met)"),
        table);
  }

  @Test
  void checksTheReadingTargetAgainstTheFastCsvPass() throws IOException {
    String r = "org.alliancekit.benchmarks.io.ReadFolderBenchmark.";
    String params = "\"relationships\":\"10000\"";
    Path json = directory.resolve("io.json");
    Files.writeString(
        json,
        "["
            + result(r + "fastCsvPass", params, 400, "ms/op", 100)
            + ","
            + result(r + "readAndValidate", params, 1400, "ms/op", 100)
            + "]");
    String table = ResultsTable.render(List.of(json));
    // 1400 / 400 = 3.5: over the 3x target.
    assertTrue(
        table
            .lines()
            .toList()
            .contains(
                "- Reading a portfolio folder of 10,000 relationships within 3x of a FastCSV pass"
                    + " over the same text (time ratio <= 3): 3.50 (not met)"),
        table);
  }

  @Test
  void checksThePortfolioTargetsAtEqualThreads() throws IOException {
    String p = "org.alliancekit.benchmarks.portfolio.";
    String one = "\"factors\":\"52\",\"rows\":\"1000000\",\"threads\":\"1\"";
    String two = "\"factors\":\"52\",\"rows\":\"1000000\",\"threads\":\"2\"";
    Path json = directory.resolve("p.json");
    Files.writeString(
        json,
        "["
            + result(p + "BaselineBenchmark.baseline", one, 50, "ms/op", 100)
            + ","
            + result(p + "BaselineBenchmark.baseline", two, 45, "ms/op", 100)
            + ","
            + result(p + "ColumnarBenchmark.score", one, 60, "ms/op", 61_000_000)
            + ","
            + result(p + "ColumnarBenchmark.score", two, 40, "ms/op", 61_000_000)
            + ","
            + result(p + "DuckDbBenchmark.score", one, 420, "ms/op", 100)
            + ","
            + result(p + "DuckDbBenchmark.score", two, 200, "ms/op", 100)
            + "]");
    List<String> lines = ResultsTable.render(List.of(json)).lines().toList();
    // 60 / 50 = 1.2 and 40 / 45 = 0.89; DuckDB 420 / 60 = 7 on one thread, 200 / 40 = 5 on two.
    assertTrue(
        lines.contains(
            "- Columnar path no slower than the baseline (time ratio <= 1.0): 1.20 (not met)"),
        lines.toString());
    assertTrue(
        lines.contains(
            "- Columnar path no slower than the baseline on two threads (time ratio <= 1.0): 0.89"
                + " (met)"),
        lines.toString());
    assertTrue(
        lines.contains(
            "- Columnar path no slower than the baseline at 25 factors on two threads (time ratio"
                + " <= 1.0): not measured in this run"),
        lines.toString());
    assertTrue(
        lines.contains(
            "- Columnar path at least 6x faster than DuckDB on one thread (DuckDB / columnar >= 6):"
                + " 7.00 (met)"),
        lines.toString());
    assertTrue(
        lines.contains(
            "- Columnar path at least 6x faster than DuckDB on two threads (DuckDB / columnar >= 6):"
                + " 5.00 (not met)"),
        lines.toString());
  }

  @Test
  void checksTheAnalysisTargetsAcrossSizesAndAgainstReading() throws IOException {
    String a = "org.alliancekit.benchmarks.analysis.AnalysisBenchmark.";
    Path json = directory.resolve("a.json");
    Files.writeString(
        json,
        "["
            + result(a + "analyze", "\"relationships\":\"10000\"", 2000, "ms/op", 100)
            + ","
            + result(a + "analyze", "\"relationships\":\"40000\"", 10000, "ms/op", 100)
            + ","
            + result(a + "readFolder", "\"relationships\":\"10000\"", 1000, "ms/op", 100)
            + "]");
    List<String> lines = ResultsTable.render(List.of(json)).lines().toList();
    // 10000 / 2000 = 5 across sizes; 2000 / 1000 = 2 against reading.
    assertTrue(
        lines.contains(
            "- Whole analysis of 4x the portfolio (40,000 relationships) within 4.5x the time of"
                + " 10,000 (time ratio <= 4.5): 5.00 (not met)"),
        lines.toString());
    assertTrue(
        lines.contains(
            "- Whole analysis of 10,000 relationships within 3x the time of reading their folder"
                + " (time ratio <= 3): 2.00 (met)"),
        lines.toString());
  }

  private static String analysis(
      String relationships, double score, double analyses, double... ms) {
    StringBuilder metrics = new StringBuilder("\"analyses\":{\"score\":" + analyses + "}");
    String[] names = {"phaseMotionsMs", "phaseTrendsMs"};
    for (int i = 0; i < ms.length; i++) {
      metrics.append(",\"").append(names[i]).append("\":{\"score\":").append(ms[i]).append('}');
    }
    return "{\"benchmark\":\"org.alliancekit.benchmarks.analysis.AnalysisBenchmark.analyze\","
        + "\"params\":{\"relationships\":\""
        + relationships
        + "\"},\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":1,\"scoreUnit\":\"ms/op\"},\"secondaryMetrics\":{"
        + metrics
        + "}}";
  }

  @Test
  void showsEachPhasePerOperationAndItsGrowth() throws IOException {
    Path json = directory.resolve("a.json");
    // 10,000: 3 analyses spent 300 ms in motions, 30 in trends; 40,000: 2 analyses, 800 and 100.
    Files.writeString(
        json,
        "[" + analysis("40000", 900, 2, 800, 100) + "," + analysis("10000", 200, 3, 300, 30) + "]");
    List<String> lines = ResultsTable.render(List.of(json)).lines().toList();
    int header = lines.indexOf("| phase | relationships=10000 | relationships=40000 | growth |");
    assertTrue(header > 0, String.join("\n", lines));
    assertEquals("| Motions | 100 | 400 | 4.00 |", lines.get(header + 2));
    assertEquals("| Trends | 10.00 | 50.00 | 5.00 |", lines.get(header + 3));
  }
}
