package org.alliancekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributeCommandTest {
  /** Journey data shared by the developers' machines, never copied into the repository. */
  private static final Path TEN_THOUSAND =
      Path.of(System.getProperty("user.dir")).resolve("../../shared/datasets/journeys-10k.csv");

  private static final String JOURNEYS =
      "path,conversions,value,nulls\n" + "a>b,1,10,0\n" + "b,1,6,1\n" + "a>b>c,2,30,0\n";

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, UTF_8);
  }

  private static Map<String, String> byPartnerAndModel(List<String> lines) {
    Map<String, String> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      rows.put(cells[0] + "/" + cells[1], cells[2] + "," + cells[3]);
    }
    return rows;
  }

  @Test
  void attributesByEveryModel(@TempDir Path dir) throws IOException {
    Path journeys = Files.writeString(dir.resolve("journeys.csv"), JOURNEYS, UTF_8);
    Path out = dir.resolve("out");

    Run run = Run.of("attribute", "--journeys", journeys.toString(), "--out", out.toString());

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    List<String> lines = lines(out.resolve("attribution.csv"));
    assertEquals("partner,model,conversions,value", lines.get(0));
    // Six models (no dates, so no time decay), three partners each.
    assertEquals(1 + 6 * 3, lines.size(), lines::toString);
    Map<String, String> rows = byPartnerAndModel(lines);
    // First touch: a opens a>b (1 conversion, 10) and a>b>c (2, 30); b opens b (1, 6).
    assertEquals("3.000000,40.00", rows.get("a/first_touch"));
    assertEquals("1.000000,6.00", rows.get("b/first_touch"));
    assertEquals("0.000000,0.00", rows.get("c/first_touch"));
    // Last touch: b closes a>b and b, c closes a>b>c.
    assertEquals("0.000000,0.00", rows.get("a/last_touch"));
    assertEquals("2.000000,16.00", rows.get("b/last_touch"));
    assertEquals("2.000000,30.00", rows.get("c/last_touch"));
    // Linear: halves of a>b, all of b, thirds of a>b>c.
    assertEquals("1.166667,15.00", rows.get("a/linear"));
    assertEquals("2.166667,21.00", rows.get("b/linear"));
    assertEquals("0.666667,10.00", rows.get("c/linear"));
    // Position based 40/20/40: a>b splits 50/50; a>b>c gives a 0.4, b 0.2, c 0.4.
    assertEquals("1.300000,17.00", rows.get("a/position_based"));
    assertEquals("1.900000,17.00", rows.get("b/position_based"));
    assertEquals("0.800000,12.00", rows.get("c/position_based"));
    // Simplified Shapley: each converting path shared equally by its distinct partners.
    assertEquals("1.166667,15.00", rows.get("a/simplified_shapley"));
    assertEquals("2.166667,21.00", rows.get("b/simplified_shapley"));
    assertEquals("0.666667,10.00", rows.get("c/simplified_shapley"));
    // Markov: every partner listed, conversions and value adding up to the totals.
    double conversions = 0;
    BigDecimal value = BigDecimal.ZERO;
    for (String partner : List.of("a", "b", "c")) {
      String[] cells = rows.get(partner + "/markov").split(",");
      conversions += Double.parseDouble(cells[0]);
      value = value.add(new BigDecimal(cells[1]));
    }
    assertEquals(4.0, conversions, 1e-5);
    assertEquals(new BigDecimal("46.00"), value);
    assertTrue(
        run.out().contains("time_decay skipped: the file has no dates column"), run::toString);
    assertEquals(List.of("file,line,column,reason"), lines(out.resolve("problems.csv")));
  }

  @Test
  void attributesByTimeDecayWhenTouchesAreDated(@TempDir Path dir) throws IOException {
    Path journeys =
        Files.writeString(
            dir.resolve("dated.csv"),
            "path,conversions,value,nulls,dates\na>b,1,10,0,2026-01-01>2026-01-08\n",
            UTF_8);
    Path out = dir.resolve("out");

    Run run =
        Run.of(
            "attribute",
            "--journeys",
            journeys.toString(),
            "--out",
            out.toString(),
            "--half-life-days",
            "7");

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    Map<String, String> rows = byPartnerAndModel(lines(out.resolve("attribution.csv")));
    // a is one half-life older than b: weights 1/2 and 1, shares 1/3 and 2/3; 10.00 splits into
    // 3.33 and 6.67.
    assertEquals("0.333333,3.33", rows.get("a/time_decay"));
    assertEquals("0.666667,6.67", rows.get("b/time_decay"));
  }

  @Test
  void listsBadRowsWithTheirLinesAndAttributesTheRest(@TempDir Path dir) throws IOException {
    Path journeys =
        Files.writeString(
            dir.resolve("journeys.csv"),
            JOURNEYS + "a>c,many,5,0\n" + "c,0,0,0\n" + "a>>c,1,1,0\n",
            UTF_8);
    Path out = dir.resolve("out");

    Run run = Run.of("attribute", "--journeys", journeys.toString(), "--out", out.toString());

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    List<String> problems = lines(out.resolve("problems.csv"));
    assertEquals(4, problems.size(), problems::toString);
    assertTrue(
        problems.get(1).startsWith("journeys.csv,5,conversions,INVALID_VALUE: "),
        problems::toString);
    assertTrue(problems.get(2).startsWith("journeys.csv,6,,INVALID_VALUE: "), problems::toString);
    assertTrue(
        problems.get(3).startsWith("journeys.csv,7,path,INVALID_VALUE: "), problems::toString);
    Map<String, String> rows = byPartnerAndModel(lines(out.resolve("attribution.csv")));
    assertEquals("3.000000,40.00", rows.get("a/first_touch"));
  }

  @Test
  void failsWhenNothingConverts(@TempDir Path dir) throws IOException {
    Path journeys =
        Files.writeString(dir.resolve("j.csv"), "path,conversions,value,nulls\na,0,0,3\n", UTF_8);

    Run run =
        Run.of(
            "attribute", "--journeys", journeys.toString(), "--out", dir.resolve("o").toString());

    assertEquals(ExitCodes.FAILED, run.code(), run::toString);
    assertTrue(run.err().contains("nothing to attribute"), run::toString);
  }

  @Test
  void needsTheJourneysAndTheOutputFolder(@TempDir Path dir) {
    assertEquals(ExitCodes.USAGE, Run.of("attribute", "--out", dir.toString()).code());
    assertEquals(
        ExitCodes.FAILED,
        Run.of(
                "attribute",
                "--journeys",
                dir.resolve("none.csv").toString(),
                "--out",
                dir.toString())
            .code());
  }

  @Test
  void attributesTheSharedTenThousandJourneys(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isRegularFile(TEN_THOUSAND), "shared journeys-10k.csv is not on this machine");
    Path out = dir.resolve("out");

    Run run =
        Run.of("attribute", "--journeys", TEN_THOUSAND.toString(), "--out", out.toString(), "-q");

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    long conversions = 0;
    BigDecimal value = BigDecimal.ZERO;
    List<String> input = lines(TEN_THOUSAND);
    for (String line : input.subList(1, input.size())) {
      String[] cells = line.split(",");
      conversions += Long.parseLong(cells[1]);
      value = value.add(new BigDecimal(cells[2]));
    }
    BigDecimal total = value.setScale(2, RoundingMode.HALF_EVEN);
    List<String> lines = lines(out.resolve("attribution.csv"));
    Set<String> partners = new HashSet<>();
    Map<String, Double> conversionsByModel = new HashMap<>();
    Map<String, BigDecimal> valueByModel = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      partners.add(cells[0]);
      conversionsByModel.merge(cells[1], Double.parseDouble(cells[2]), Double::sum);
      valueByModel.merge(cells[1], new BigDecimal(cells[3]), BigDecimal::add);
    }
    assertEquals(partners.size() * 6, lines.size() - 1);
    assertEquals(6, conversionsByModel.size(), conversionsByModel::toString);
    for (String model : conversionsByModel.keySet()) {
      assertEquals(conversions, conversionsByModel.get(model), 1e-3 * partners.size(), model);
      assertEquals(total, valueByModel.get(model), model);
    }
  }
}
