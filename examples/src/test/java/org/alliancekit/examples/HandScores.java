package org.alliancekit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alliancekit.report.sample.SamplePortfolio;

/**
 * The report's default scoring worked out again, straight from the sample's CSV lines and without
 * the library, so that the examples' output can be checked against numbers computed another way.
 * The sample's files hold no quoted cells, so a line splits on commas.
 */
final class HandScores {
  /** A date's calendar half-year as one number: 2026-H1 is 4052, 2026-H2 is 4053. */
  private static int half(String date) {
    int year = Integer.parseInt(date.substring(0, 4));
    int month = Integer.parseInt(date.substring(5, 7));
    return year * 2 + (month > 6 ? 1 : 0);
  }

  /** The area of a factor code: the letters before its number. */
  static String area(String code) {
    return code.replaceAll("[0-9]", "");
  }

  /** The lines of a sample file after its header, split on commas. */
  static List<String[]> rows(String file) {
    InputStream in = HandScores.class.getResourceAsStream(SamplePortfolio.RESOURCE_FOLDER + file);
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows.add(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * Each assessed relationship's normalised factor values: for each factor, the mean of (value -
   * min) / (max - min) over the known ratings of the relationship's latest round of assessments.
   */
  static Map<String, Map<String, Double>> factorValues() {
    // A relationship is scored on its latest survey round: the calendar half-year (the sample's
    // host starts its fiscal year in January) of its latest assessment.
    Map<String, Integer> latestHalf = new TreeMap<>();
    for (String[] row : rows("assessments.csv")) {
      latestHalf.merge(row[1], half(row[4]), Math::max);
    }
    Map<String, Map<String, List<Double>>> known = new LinkedHashMap<>();
    for (String[] row : rows("assessments.csv")) {
      String relationship = row[1];
      if (half(row[4]) != latestHalf.get(relationship)) {
        continue;
      }
      String[] scale = row[6].split("\\.\\.");
      double min = Double.parseDouble(scale[0]);
      double max = Double.parseDouble(scale[1]);
      Map<String, List<Double>> factors = known.computeIfAbsent(relationship, r -> new TreeMap<>());
      List<Double> values = factors.computeIfAbsent(row[7], c -> new ArrayList<>());
      if (!row[8].isEmpty()) {
        values.add((Double.parseDouble(row[8]) - min) / (max - min));
      }
    }
    Map<String, Map<String, Double>> means = new LinkedHashMap<>();
    known.forEach(
        (relationship, factors) -> {
          Map<String, Double> values = new TreeMap<>();
          factors.forEach(
              (code, list) -> {
                if (!list.isEmpty()) {
                  values.put(
                      code, list.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
                }
              });
          means.put(relationship, values);
        });
    return means;
  }

  /** The mean of the rated factors of each area, by area prefix (Co, T, S, Cu, O). */
  static Map<String, Double> areaScores(Map<String, Double> factors) {
    Map<String, List<Double>> byArea = new TreeMap<>();
    factors.forEach(
        (code, value) -> byArea.computeIfAbsent(area(code), a -> new ArrayList<>()).add(value));
    Map<String, Double> areas = new TreeMap<>();
    byArea.forEach(
        (area, values) ->
            areas.put(
                area, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
    return areas;
  }

  /** The weighted mean of the area scores; areas not in {@code weights} weigh 1. */
  static double overall(Map<String, Double> areas, Map<String, Double> weights) {
    double sum = 0;
    double total = 0;
    for (Map.Entry<String, Double> area : areas.entrySet()) {
      double weight = weights.getOrDefault(area.getKey(), 1.0);
      sum += weight * area.getValue();
      total += weight;
    }
    return sum / total;
  }

  /** Each assessed relationship's overall score under equal area weights. */
  static Map<String, Double> overallScores() {
    return overallScores(Map.of());
  }

  /** Each assessed relationship's overall score under the given area weights. */
  static Map<String, Double> overallScores(Map<String, Double> weights) {
    Map<String, Double> scores = new LinkedHashMap<>();
    factorValues()
        .forEach(
            (relationship, factors) ->
                scores.put(relationship, overall(areaScores(factors), weights)));
    return scores;
  }

  /** Each relationship's alliance revenue in pounds at the sample's rates. */
  static Map<String, BigDecimal> revenueInPounds() {
    Map<String, BigDecimal> toPounds = new TreeMap<>();
    toPounds.put("GBP", BigDecimal.ONE);
    for (String[] row : rows("rates.csv")) {
      if (row[1].equals("GBP")) {
        toPounds.put(row[0], new BigDecimal(row[2]));
      }
    }
    Map<String, BigDecimal> revenue = new LinkedHashMap<>();
    for (String[] row : rows("relationships.csv")) {
      revenue.put(row[0], new BigDecimal(row[7]).multiply(toPounds.get(row[8])));
    }
    return revenue;
  }

  /** The uplift in pounds when half the gap to 100% is closed, to the penny. */
  static BigDecimal uplift(BigDecimal revenue, double current) {
    double attainable = current + 0.5 * (1 - current);
    return revenue
        .multiply(BigDecimal.valueOf(attainable).subtract(BigDecimal.valueOf(current)))
        .divide(BigDecimal.valueOf(current), 2, RoundingMode.HALF_EVEN);
  }

  private HandScores() {}
}
