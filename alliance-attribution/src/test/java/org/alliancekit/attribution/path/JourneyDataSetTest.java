package org.alliancekit.attribution.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Lists;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.Shares;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Markov and simplified Shapley models on a realistic journey data set: 10,000 paths over 12
 * channels (read here as partners), with conversions, values and nulls.
 *
 * <p>The file is third-party data (GPL-3.0) that is not part of this repository. It is read from
 * {@code shared/datasets/journeys-10k.csv} beside the repository's checkout; when that file is
 * absent, every test here is skipped (a JUnit assumption), and nothing else depends on it.
 */
class JourneyDataSetTest {
  private static final String FILE = "journeys-10k.csv";
  private static List<JourneyPath> paths;

  @BeforeAll
  static void readDataSet() throws IOException {
    Optional<Path> file =
        Stream.of("../shared/datasets", "../../shared/datasets")
            .map(dir -> Path.of(dir, FILE).toAbsolutePath().normalize())
            .filter(Files::isRegularFile)
            .findFirst();
    if (file.isEmpty()) {
      return;
    }
    paths = new ArrayList<>();
    List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.strip().split(",");
      List<PartnerId> parties = Arrays.stream(fields[0].split(">")).map(PartnerId::of).toList();
      paths.add(
          JourneyPath.of(
              parties,
              Long.parseLong(fields[1]),
              Money.of(new BigDecimal(fields[2]), "EUR"),
              Long.parseLong(fields[3])));
    }
  }

  private static void assumeDataSet() {
    Assumptions.assumeTrue(
        paths != null,
        "skipped: "
            + FILE
            + " is not in shared/datasets beside the checkout (third-party data,"
            + " never copied into the repository)");
  }

  @Test
  void markovEffectsAreExactOnTheDataSet() {
    assumeDataSet();
    assertEquals(10_000, paths.size());
    RemovalEffects effects = MarkovAttribution.standard().removalEffects(paths);
    assertEquals(12, effects.conversionEffects().size());
    // 19,785 conversions and 68,602 nulls.
    assertEquals(19_785.0 / (19_785 + 68_602), effects.conversionProbability(), 1e-12);
    ChainOracle oracle = new ChainOracle(paths);
    double p = oracle.conversionProbability("");
    for (PartnerId partner : effects.conversionEffects().keySet()) {
      assertEquals(
          1 - oracle.conversionProbability(partner.value()) / p,
          effects.conversionEffect(partner),
          1e-9,
          partner.toString());
    }
  }

  @Test
  void markovAttributionAddsUpAndIgnoresRowOrder() {
    assumeDataSet();
    PathAttribution attribution = MarkovAttribution.standard().attribute(paths);
    assertEquals(19_785, attribution.totalConversions());
    assertEquals(
        19_785.0,
        attribution.conversions().values().stream().mapToDouble(Double::doubleValue).sum(),
        1e-6);
    assertSplitAddsUp(attribution);
    assertEquals(attribution, MarkovAttribution.standard().attribute(Lists.reverse(paths)));
  }

  @Test
  void simplifiedShapleyAddsUp() {
    assumeDataSet();
    PathAttribution attribution = SimplifiedShapley.standard().attribute(paths);
    assertEquals(
        19_785.0,
        attribution.conversions().values().stream().mapToDouble(Double::doubleValue).sum(),
        1e-6);
    assertSplitAddsUp(attribution);
    Shares shares = SimplifiedShapley.standard().shares(paths);
    assertTrue(shares.share(PartnerId.of("iota")) > shares.share(PartnerId.of("mi")));
  }

  private static void assertSplitAddsUp(PathAttribution attribution) {
    BigDecimal sum = BigDecimal.ZERO;
    for (MonetaryAmount part : attribution.value().parts().values()) {
      sum = sum.add(part.getNumber().numberValue(BigDecimal.class));
    }
    assertEquals(
        0, sum.compareTo(attribution.value().amount().getNumber().numberValue(BigDecimal.class)));
  }
}
