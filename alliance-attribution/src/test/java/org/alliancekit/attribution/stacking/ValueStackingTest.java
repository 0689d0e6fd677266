package org.alliancekit.attribution.stacking;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.attribution.Fixtures;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ValueStackingTest {

  @Test
  void systemsIntegratorStacksMarginJointGoToMarketAndPlatform() {
    // The SI resells 100,000 of the ISV's software at 20% margin (20,000) and goes to market
    // jointly with it (15,000); resells 50,000 of the OEM's hardware at 12.5% (6,250); and the
    // platform vendor contributes 30,000. Total 71,250.
    ValueStack stack =
        ValueStacking.stack(
            List.of(
                StackEntry.resaleMargin(p("isv"), eur("100000"), new BigDecimal("0.20")),
                StackEntry.jointGoToMarket(p("isv"), eur("15000")),
                StackEntry.resaleMargin(p("oem"), eur("50000"), new BigDecimal("0.125")),
                StackEntry.platform(p("cloud"), eur("30000"))));
    assertEquals(eur("71250"), stack.total());
    assertEquals(
        ImmutableMap.of(p("cloud"), eur("30000"), p("isv"), eur("35000"), p("oem"), eur("6250")),
        stack.byParty());
    assertEquals(
        ImmutableList.of(p("cloud"), p("isv"), p("oem")), stack.byParty().keySet().asList());
    assertEquals(
        ImmutableMap.of(
            ValueComponent.RESALE_MARGIN, eur("26250"),
            ValueComponent.JOINT_GO_TO_MARKET, eur("15000"),
            ValueComponent.PLATFORM, eur("30000")),
        stack.byComponent());
    assertEquals(eur("20000"), stack.amount(p("isv"), ValueComponent.RESALE_MARGIN));
    assertEquals(eur("0"), stack.amount(p("cloud"), ValueComponent.RESALE_MARGIN));
  }

  @Test
  void entriesOfTheSamePartnerAndKindAreSummed() {
    ValueStack stack =
        ValueStacking.stack(
            List.of(
                StackEntry.jointGoToMarket(p("isv"), eur("10")),
                StackEntry.jointGoToMarket(p("isv"), eur("5"))));
    assertEquals(eur("15"), stack.amount(p("isv"), ValueComponent.JOINT_GO_TO_MARKET));
  }

  @Test
  void roundsOnceAtTheEndAndKeepsCellsAddingUp() {
    // Two margins of 50% on 100.01 are 50.005 each; the exact total 100.01 needs no rounding, and
    // its 10001 cents split 5000.5 : 5000.5: the cent left goes to the first partner by id.
    ValueStack stack =
        ValueStacking.stack(
            List.of(
                StackEntry.resaleMargin(p("oem"), eur("100.01"), new BigDecimal("0.5")),
                StackEntry.resaleMargin(p("isv"), eur("100.01"), new BigDecimal("0.5"))));
    assertEquals(eur("100.01"), stack.total());
    assertEquals(eur("50.01"), stack.amount(p("isv"), ValueComponent.RESALE_MARGIN));
    assertEquals(eur("50.00"), stack.amount(p("oem"), ValueComponent.RESALE_MARGIN));
  }

  @Test
  void halfCentTotalsRoundHalfEven() {
    // Three margins of 0.005 are 0.015 in all, which rounds half-even to 0.02.
    ValueStack stack =
        ValueStacking.stack(
            List.of(
                StackEntry.resaleMargin(p("a"), eur("0.01"), new BigDecimal("0.5")),
                StackEntry.resaleMargin(p("b"), eur("0.01"), new BigDecimal("0.5")),
                StackEntry.resaleMargin(p("c"), eur("0.01"), new BigDecimal("0.5"))));
    assertEquals(eur("0.02"), stack.total());
    assertEquals(eur("0.01"), stack.byParty().get(p("a")));
    assertEquals(eur("0.01"), stack.byParty().get(p("b")));
    assertEquals(eur("0.00"), stack.byParty().get(p("c")));
  }

  @Test
  void rejectsDealWithNoEntries() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ValueStacking.stack(List.of()));
    assertEquals("deal has no value entries to stack", e.getMessage());
  }

  @Test
  void rejectsEntriesInTwoCurrencies() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ValueStacking.stack(
                    List.of(
                        StackEntry.platform(p("cloud"), eur("1")),
                        StackEntry.jointGoToMarket(p("isv"), Money.of(2, "USD")))));
    assertEquals(
        "JOINT_GO_TO_MARKET USD 2 from partner isv is in USD, not in EUR like the first entry",
        e.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(ValueStacking.class);
  }

  @Property
  void cellsPartiesAndKindsAllAddUpToTheTotal(
      @ForAll("entries") List<StackEntry> entries, @ForAll long seed) {
    ValueStack stack = ValueStacking.stack(entries);
    BigDecimal exact =
        entries.stream().map(e -> number(e.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, number(stack.total()).compareTo(exact.setScale(2, RoundingMode.HALF_EVEN)));
    assertEquals(0, sum(stack.byParty().values()).compareTo(number(stack.total())));
    assertEquals(0, sum(stack.byComponent().values()).compareTo(number(stack.total())));
    List<StackEntry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(stack, ValueStacking.stack(shuffled));
  }

  @Provide
  Arbitrary<List<StackEntry>> entries() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c", "d").map(Fixtures::p),
            Arbitraries.of(ValueComponent.class),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 1000))
        .as(
            (party, component, cents, permille) ->
                component == ValueComponent.RESALE_MARGIN
                    ? StackEntry.resaleMargin(
                        party,
                        Money.of(BigDecimal.valueOf(cents, 2), "EUR"),
                        BigDecimal.valueOf(permille, 3))
                    : StackEntry.of(
                        party, component, Money.of(BigDecimal.valueOf(cents, 2), "EUR")))
        .list()
        .ofMinSize(1)
        .ofMaxSize(10);
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  private static BigDecimal sum(Collection<MonetaryAmount> amounts) {
    return amounts.stream().map(ValueStackingTest::number).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
