package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.model.party.PartnerId;

class JourneyPathArbitraryTest {
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  @Provide
  Arbitrary<JourneyPath> paths() {
    return AllianceArbitraries.journeyPaths();
  }

  @Property(tries = 300)
  void pathsHaveCountsAndAValueOfTheirConversions(@ForAll("paths") JourneyPath path) {
    assertTrue(1 <= path.parties().size() && path.parties().size() <= 5, path.toString());
    assertTrue(Set.copyOf(Values.partners(4)).containsAll(path.parties()), path.toString());
    assertTrue(path.conversions() <= 20 && path.nulls() <= 50, path.toString());
    assertTrue(
        path.value()
                .getNumber()
                .numberValue(BigDecimal.class)
                .compareTo(BigDecimal.valueOf(100_000))
            <= 0,
        path.toString());
    assertTrue(Values.CURRENCIES.contains(path.value().getCurrency()), path.toString());
    Statistics.label("kind")
        .collect(
            path.conversions() == 0
                ? "no conversion"
                : path.nulls() == 0 ? "all converted" : "mixed");
    Statistics.label("repeat in a row")
        .collect(path.mergedParties().size() < path.parties().size());
    Statistics.label("kind")
        .coverage(
            coverage -> {
              coverage.check("no conversion").count(c -> c > 0);
              coverage.check("all converted").count(c -> c > 0);
              coverage.check("mixed").count(c -> c > 0);
            });
    Statistics.label("repeat in a row")
        .coverage(coverage -> coverage.check(true).count(c -> c > 0));
  }

  @Provide
  Arbitrary<List<JourneyPath>> datasets() {
    return AllianceArbitraries.journeyPaths().datasets(2, 5);
  }

  @Property(tries = 300)
  void datasetsAreInOneCurrencyWithAConversion(@ForAll("datasets") List<JourneyPath> paths) {
    assertTrue(2 <= paths.size() && paths.size() <= 5, paths.toString());
    assertEquals(
        1,
        paths.stream().map(path -> path.value().getCurrency()).distinct().count(),
        paths.toString());
    assertTrue(paths.stream().anyMatch(path -> path.conversions() > 0), paths.toString());
  }

  @Provide
  Arbitrary<JourneyPath> constrained() {
    return AllianceArbitraries.journeyPaths()
        .parties(PartnerId.of("isv"), PartnerId.of("si"))
        .length(2, 3)
        .currency(GBP);
  }

  @Property(tries = 100)
  void partiesLengthAndCurrencyCanBeConstrained(@ForAll("constrained") JourneyPath path) {
    assertTrue(Set.of(PartnerId.of("isv"), PartnerId.of("si")).containsAll(path.parties()));
    assertTrue(2 <= path.parties().size() && path.parties().size() <= 3);
    assertEquals(GBP, path.value().getCurrency());
  }

  @Example
  void rejectsBadSettings() {
    JourneyPathArbitrary paths = AllianceArbitraries.journeyPaths();
    assertEquals(
        "parties to choose from must not be empty",
        assertThrows(IllegalArgumentException.class, paths::parties).getMessage());
    assertEquals(
        "path length range 0..2 must start at 1 or more",
        assertThrows(IllegalArgumentException.class, () -> paths.length(0, 2)).getMessage());
    assertEquals(
        "path count range 2..1 must start at 1 or more",
        assertThrows(IllegalArgumentException.class, () -> paths.datasets(2, 1)).getMessage());
    assertThrows(NullPointerException.class, () -> paths.currency(null));
  }
}
