package org.alliancekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * Turns JMH's JSON results ({@code -rf json}) into a Markdown table: one row per benchmark and
 * parameter set, with the time per operation and its error, the bytes allocated per operation (from
 * {@code -prof gc}; blank without it) and the ratio of the time to the baseline's.
 *
 * <p><b>Baselines.</b> A benchmark method named {@code baseline} is the baseline of every result in
 * the same Java package whose parameters include all of the baseline's with equal values, a result
 * without a {@code threads} parameter counting as one thread. So the portfolio implementations are
 * divided by the hand-written loop at the same size and thread count, and a package without a
 * {@code baseline} method gets no ratios. Only results of the same run should be put in one table:
 * ratios across runs mean little.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.alliancekit.benchmarks.ResultsTable OUT.md
 * RESULT.json...}; {@code -} as {@code OUT.md} writes to standard output.
 */
public final class ResultsTable {
  private static final String ALLOCATION = "gc.alloc.rate.norm";
  private static final String THREADS = "threads";
  private static final String ANALYSES = "analyses";

  private ResultsTable() {}

  /**
   * Reads the JSON files given after the output path and writes the table.
   *
   * @param args the output path ({@code -} for standard output) and one or more JMH JSON files
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ResultsTable OUT.md|- RESULT.json...");
      System.exit(2);
      return;
    }
    List<Path> inputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      inputs.add(Path.of(args[i]));
    }
    String table = render(inputs);
    if (args[0].equals("-")) {
      System.out.print(table);
    } else {
      Files.writeString(Path.of(args[0]), table, StandardCharsets.UTF_8);
    }
  }

  /**
   * Renders the results of the given JMH JSON files as Markdown.
   *
   * @throws IOException if a file cannot be read or is not a JMH JSON result list
   */
  public static String render(List<Path> inputs) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Result> results = new ArrayList<>();
    String jdk = "";
    for (Path input : inputs) {
      JsonNode root = json.readTree(input.toFile());
      if (root == null || !root.isArray()) {
        throw new IOException(input + " is not a JMH JSON result list");
      }
      for (JsonNode node : root) {
        results.add(Result.of(node));
        jdk = node.path("jdkVersion").asText("") + " " + node.path("vmName").asText("");
      }
    }
    results.sort(ORDER);
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | parameters | ms/op | error (99.9%) | bytes/op | x baseline |\n");
    out.append("|---|---|---:|---:|---:|---:|\n");
    for (Result result : results) {
      Result baseline = baselineOf(result, results);
      out.append("| ")
          .append(result.name())
          .append(" | ")
          .append(result.parameterText())
          .append(" | ")
          .append(number(result.millis, result.millis))
          .append(" | ")
          .append(Double.isNaN(result.error) ? "" : "± " + number(result.error, result.millis))
          .append(" | ")
          .append(Double.isNaN(result.bytes) ? "" : bytes(result.bytes))
          .append(" | ")
          .append(
              baseline == null
                  ? ""
                  : String.format(Locale.ROOT, "%.2f", result.millis / baseline.millis))
          .append(" |\n");
    }
    if (!jdk.isBlank()) {
      out.append("\nJDK: ").append(jdk.strip()).append('\n');
    }
    out.append(phases(results));
    out.append(targets(results));
    return out.toString();
  }

  /**
   * The milliseconds per operation of each phase of the results that time their phases (the whole
   * analysis: secondary results {@code phase...Ms} summed over the iterations, divided by the
   * secondary result {@code analyses}), one column per parameter set, and the growth from the first
   * column to the last; empty when no result has phases.
   */
  private static String phases(List<Result> results) {
    List<Result> timed = results.stream().filter(r -> !r.phases().isEmpty()).toList();
    if (timed.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n**Phases** (ms per operation of ");
    out.append(timed.get(0).name()).append(")\n\n| phase |");
    for (Result result : timed) {
      out.append(' ').append(result.parameterText()).append(" |");
    }
    boolean growth = timed.size() > 1;
    out.append(growth ? " growth |\n|---|" : "\n|---|");
    out.append("---:|".repeat(timed.size() + (growth ? 1 : 0))).append('\n');
    for (String phase : timed.get(0).phases().keySet()) {
      out.append("| ").append(phase).append(" |");
      for (Result result : timed) {
        double millis = result.phases().getOrDefault(phase, Double.NaN);
        out.append(' ').append(number(millis, millis)).append(" |");
      }
      if (growth) {
        double first = timed.get(0).phases().getOrDefault(phase, Double.NaN);
        double last = timed.get(timed.size() - 1).phases().getOrDefault(phase, Double.NaN);
        out.append(String.format(Locale.ROOT, " %.2f |", last / first));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * The targets, where this run measured them: the portfolio's at one million relationships
   * of 52 factors, the forecast's at one million opportunities.
   */
  private static String targets(List<Result> results) {
    String portfolio = "org.alliancekit.benchmarks.portfolio";
    Map<String, String> large = Map.of("rows", "1000000", "factors", "52");
    Map<String, String> scorecard = Map.of("rows", "1000000", "factors", "25");
    Result baseline = find(results, portfolio, "BaselineBenchmark.baseline", large, "1");
    Result baselineTwo = find(results, portfolio, "BaselineBenchmark.baseline", large, "2");
    Result columnar = find(results, portfolio, "ColumnarBenchmark.score", large, "1");
    Result columnarTwo = find(results, portfolio, "ColumnarBenchmark.score", large, "2");
    Result duckDbTwo = find(results, portfolio, "DuckDbBenchmark.score", large, "2");
    Result object = find(results, portfolio, "ObjectApiBenchmark.score", large, null);
    Result duckDb = find(results, portfolio, "DuckDbBenchmark.score", large, "1");
    Result shapley =
        find(
            results,
            "org.alliancekit.benchmarks.attribution",
            "ExactShapleyBenchmark.exact",
            Map.of("players", "20"),
            null);
    String forecast = "org.alliancekit.benchmarks.forecast";
    Map<String, String> byQuarter = Map.of("rows", "1000000", "partners", "1");
    Map<String, String> byPartner = Map.of("rows", "1000000", "partners", "1000");
    StringBuilder out =
        new StringBuilder(
            "\n**Targets** (portfolio at one million relationships of 52 factors, forecast at one"
                + " million opportunities, analysis at 10,000 and 40,000 relationships):\n\n");
    target(
        out,
        "Columnar path no slower than the baseline (time ratio <= 1.0)",
        columnar,
        baseline,
        (c, b) -> c.millis / b.millis,
        ratio -> ratio <= 1.0);
    target(
        out,
        "Columnar path no slower than the baseline on two threads (time ratio <= 1.0)",
        columnarTwo,
        baselineTwo,
        (c, b) -> c.millis / b.millis,
        ratio -> ratio <= 1.0);
    for (String threads : List.of("1", "2")) {
      target(
          out,
          "Columnar path no slower than the baseline at 25 factors on "
              + (threads.equals("1") ? "one thread" : "two threads")
              + " (time ratio <= 1.0)",
          find(results, portfolio, "ColumnarBenchmark.score", scorecard, threads),
          find(results, portfolio, "BaselineBenchmark.baseline", scorecard, threads),
          (c, b) -> c.millis / b.millis,
          ratio -> ratio <= 1.0);
    }
    target(
        out,
        "Columnar path at least 6x faster than DuckDB on one thread (DuckDB / columnar >= 6)",
        duckDb,
        columnar,
        (d, c) -> d.millis / c.millis,
        ratio -> ratio >= 6);
    target(
        out,
        "Columnar path at least 6x faster than DuckDB on two threads (DuckDB / columnar >= 6)",
        duckDbTwo,
        columnarTwo,
        (d, c) -> d.millis / c.millis,
        ratio -> ratio >= 6);
    target(
        out,
        "Columnar path allocates no more than its output arrays, "
            + COLUMNAR_OUTPUT_BYTES_PER_ROW
            + " bytes a row (bytes/op / rows)",
        columnar,
        columnar,
        (c, unused) -> c.bytes / Double.parseDouble(large.get("rows")),
        perRow -> perRow <= COLUMNAR_OUTPUT_BYTES_PER_ROW + 1);
    target(
        out,
        "Object API within 5x of the baseline (time ratio <= 5)",
        object,
        baseline,
        (o, b) -> o.millis / b.millis,
        ratio -> ratio <= 5);
    for (Map<String, String> groups : List.of(byQuarter, byPartner)) {
      target(
          out,
          "Forecast columns by quarter and "
              + groups.get("partners")
              + " partner(s) within 2x of the long-minor-units loop, exact to the cent as checked"
              + " before timing (time ratio <= 2)",
          find(results, forecast, "ForecastBenchmark.columns", groups, null),
          find(results, forecast, "ForecastBenchmark.baseline", groups, null),
          (c, b) -> c.millis / b.millis,
          ratio -> ratio <= 2);
    }
    String io = "org.alliancekit.benchmarks.io";
    Map<String, String> folder = Map.of("relationships", "10000");
    target(
        out,
        "Reading a portfolio folder of 10,000 relationships within 3x of a FastCSV pass over the"
            + " same text (time ratio <= 3)",
        find(results, io, "ReadFolderBenchmark.readAndValidate", folder, null),
        find(results, io, "ReadFolderBenchmark.fastCsvPass", folder, null),
        (r, f) -> r.millis / f.millis,
        ratio -> ratio <= 3);
    String attribution = "org.alliancekit.benchmarks.attribution";
    Map<String, String> million = Map.of("deals", "1000000");
    target(
        out,
        "Role-weighted split of 1M deals given as columns within 5x of the long-cents loop, equal"
            + " to the object API to the cent as checked before timing (time ratio <= 5)",
        find(results, attribution, "RoleSplitBenchmark.columns", million, null),
        find(results, attribution, "RoleSplitBenchmark.baseline", million, null),
        (c, b) -> c.millis / b.millis,
        ratio -> ratio <= 5);
    String mapping = "org.alliancekit.benchmarks.mapping";
    Map<String, String> accounts = Map.of("accounts", "100000");
    for (String method : List.of("mapping", "keys")) {
      target(
          out,
          "Account "
              + method
              + " of 100,000 accounts a side within 2x of the hand-written loop, hashing included on"
              + " both sides (time ratio <= 2)",
          find(results, mapping, "MappingBenchmark." + method, accounts, null),
          find(results, mapping, "MappingBenchmark.baseline", accounts, null),
          (m, b) -> m.millis / b.millis,
          ratio -> ratio <= 2);
    }
    String analysis = "org.alliancekit.benchmarks.analysis";
    Result analysisOne =
        find(
            results, analysis, "AnalysisBenchmark.analyze", Map.of("relationships", "10000"), null);
    Result analysisFour =
        find(
            results, analysis, "AnalysisBenchmark.analyze", Map.of("relationships", "40000"), null);
    Result readOne =
        find(
            results,
            analysis,
            "AnalysisBenchmark.readFolder",
            Map.of("relationships", "10000"),
            null);
    target(
        out,
        "Whole analysis of 4x the portfolio (40,000 relationships) within 4.5x the time of 10,000"
            + " (time ratio <= 4.5)",
        analysisFour,
        analysisOne,
        (four, one) -> four.millis / one.millis,
        ratio -> ratio <= 4.5);
    target(
        out,
        "Whole analysis of 10,000 relationships within 3x the time of reading their folder"
            + " (time ratio <= 3)",
        analysisOne,
        readOne,
        (a, r) -> a.millis / r.millis,
        ratio -> ratio <= 3);
    target(
        out,
        "Exact Shapley values of 20 players in under a second (ms)",
        shapley,
        shapley,
        (s, unused) -> s.millis,
        millis -> millis < 1000);
    return out.toString();
  }

  /**
   * Bytes the columnar path must allocate per row for its output: the scorer's overall score, five
   * area scores (doubles) and flags (a byte), plus the uplift estimate (a double).
   */
  static final int COLUMNAR_OUTPUT_BYTES_PER_ROW = 6 * Double.BYTES + 1 + Double.BYTES;

  private static void target(
      StringBuilder out,
      String what,
      Result first,
      Result second,
      ToDoubleBiFunction<Result, Result> measure,
      DoublePredicate met) {
    out.append("- ").append(what).append(": ");
    if (first == null || second == null) {
      out.append("not measured in this run\n");
      return;
    }
    double value = measure.applyAsDouble(first, second);
    out.append(String.format(Locale.ROOT, "%.2f", value))
        .append(met.test(value) ? " (met)" : " (not met)")
        .append('\n');
  }

  private static Result find(
      List<Result> results,
      String pkg,
      String name,
      Map<String, String> parameters,
      String threads) {
    for (Result result : results) {
      if (result.pkg.equals(pkg)
          && result.name().equals(name)
          && parameters.entrySet().stream()
              .allMatch(p -> p.getValue().equals(result.parameters.get(p.getKey())))
          && (threads == null || threads.equals(result.parameter(THREADS)))) {
        return result;
      }
    }
    return null;
  }

  private static Result baselineOf(Result result, List<Result> results) {
    for (Result candidate : results) {
      if (candidate.method.equals("baseline")
          && candidate.pkg.equals(result.pkg)
          && candidate.parameters.entrySet().stream()
              .allMatch(p -> p.getValue().equals(result.parameter(p.getKey())))) {
        return candidate;
      }
    }
    return null;
  }

  /** Formats a value with as many decimals as the magnitude of {@code scale} calls for. */
  private static String number(double value, double scale) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (scale >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (scale >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static String bytes(double value) {
    if (value < 1024) {
      return String.format(Locale.ROOT, "%.0f B", value);
    }
    if (value < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", value / 1024);
    }
    if (value < 1024.0 * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", value / (1024 * 1024));
    }
    return String.format(Locale.ROOT, "%.2f GB", value / (1024.0 * 1024 * 1024));
  }

  /** Package, then the parameters (numbers by value, threads last), then class and method. */
  private static final Comparator<Result> ORDER =
      (a, b) -> {
        int byPackage = a.pkg.compareTo(b.pkg);
        if (byPackage != 0) {
          return byPackage;
        }
        TreeSet<String> names = new TreeSet<>(a.parameters.keySet());
        names.addAll(b.parameters.keySet());
        names.remove(THREADS);
        for (String name : names) {
          int byParameter = compareValues(a.parameters.get(name), b.parameters.get(name));
          if (byParameter != 0) {
            return byParameter;
          }
        }
        int byThreads = compareValues(a.parameter(THREADS), b.parameter(THREADS));
        if (byThreads != 0) {
          return byThreads;
        }
        return a.name().compareTo(b.name());
      };

  private static int compareValues(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  /** One result: benchmark, parameters, time per operation in ms, error and bytes per operation. */
  private record Result(
      String pkg,
      String simpleClass,
      String method,
      Map<String, String> parameters,
      double millis,
      double error,
      double bytes,
      Map<String, Double> phases) {

    static Result of(JsonNode node) throws IOException {
      String benchmark = node.path("benchmark").asText();
      int lastDot = benchmark.lastIndexOf('.');
      int classDot = benchmark.lastIndexOf('.', lastDot - 1);
      if (lastDot < 0 || classDot < 0) {
        throw new IOException("benchmark name " + benchmark + " is not package.Class.method");
      }
      Map<String, String> parameters = new TreeMap<>();
      for (Map.Entry<String, JsonNode> entry : node.path("params").properties()) {
        parameters.put(entry.getKey(), entry.getValue().asText());
      }
      JsonNode primary = node.path("primaryMetric");
      double scale = toMillis(primary.path("scoreUnit").asText(), benchmark);
      JsonNode allocation = node.path("secondaryMetrics").path(ALLOCATION);
      Map<String, Double> phases = new LinkedHashMap<>();
      double analyses = node.path("secondaryMetrics").path(ANALYSES).path("score").asDouble(0);
      for (Map.Entry<String, JsonNode> metric : node.path("secondaryMetrics").properties()) {
        String key = metric.getKey();
        if (analyses > 0 && key.startsWith("phase") && key.endsWith("Ms")) {
          phases.put(
              key.substring("phase".length(), key.length() - "Ms".length()),
              metric.getValue().path("score").asDouble(Double.NaN) / analyses);
        }
      }
      return new Result(
          benchmark.substring(0, classDot),
          benchmark.substring(classDot + 1, lastDot),
          benchmark.substring(lastDot + 1),
          parameters,
          primary.path("score").asDouble(Double.NaN) * scale,
          primary.path("scoreError").asDouble(Double.NaN) * scale,
          allocation.isMissingNode() ? Double.NaN : allocation.path("score").asDouble(Double.NaN),
          phases);
    }

    private static double toMillis(String unit, String benchmark) throws IOException {
      switch (unit) {
        case "ns/op":
          return 1e-6;
        case "us/op":
          return 1e-3;
        case "ms/op":
          return 1;
        case "s/op":
          return 1e3;
        default:
          throw new IOException(
              "benchmark " + benchmark + " reports in " + unit + "; run it in average-time mode");
      }
    }

    String name() {
      return simpleClass + "." + method;
    }

    String parameter(String key) {
      String value = parameters.get(key);
      return value == null && key.equals(THREADS) ? "1" : value;
    }

    String parameterText() {
      StringBuilder text = new StringBuilder();
      parameters.forEach(
          (key, value) ->
              text.append(text.length() == 0 ? "" : ", ").append(key).append('=').append(value));
      return text.toString();
    }
  }
}
