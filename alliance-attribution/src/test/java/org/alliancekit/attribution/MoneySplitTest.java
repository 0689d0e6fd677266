package org.alliancekit.attribution;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class MoneySplitTest {
  private static final BigDecimal ONE = BigDecimal.ONE;

  @Test
  void thirdsGiveTheLeftoverCentToTheFirstPartyById() {
    // 100.00 EUR = 10000 cents; each third is 3333.33.. cents: 3333 each with equal remainders,
    // one cent left, which goes to the first party by id.
    MoneySplit split =
        MoneySplit.proportional(
            eur("100.00"), ImmutableMap.of(p("c"), ONE, p("a"), ONE, p("b"), ONE));
    assertEquals(eur("33.34"), split.part(p("a")));
    assertEquals(eur("33.33"), split.part(p("b")));
    assertEquals(eur("33.33"), split.part(p("c")));
  }

  @Test
  void weightsOfExactlyOneHundredDigitsEitherSideOfThePointAreAccepted() {
    // 10^99 has 100 digits before the point; 10^-100 has 100 after it. Against 1 the large weight
    // takes every cent; against each other the same.
    BigDecimal large = BigDecimal.TEN.pow(99);
    BigDecimal small = BigDecimal.ONE.movePointLeft(100);
    MoneySplit split =
        MoneySplit.proportional(eur("1.00"), ImmutableMap.of(p("a"), large, p("b"), ONE));
    assertEquals(eur("1.00"), split.part(p("a")));
    assertEquals(eur("0.00"), split.part(p("b")));
    split = MoneySplit.proportional(eur("1.00"), ImmutableMap.of(p("a"), small, p("b"), ONE));
    assertEquals(eur("0.00"), split.part(p("a")));
    assertEquals(eur("1.00"), split.part(p("b")));
  }

  @Test
  void weightsOfOneHundredAndOneDigitsEitherSideOfThePointAreRefused() {
    for (BigDecimal weight : List.of(BigDecimal.TEN.pow(100), BigDecimal.ONE.movePointLeft(101))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> MoneySplit.proportional(eur("1.00"), ImmutableMap.of(p("a"), weight)));
      assertTrue(e.getMessage().startsWith("weight of party a "), e.getMessage());
      assertTrue(e.getMessage().contains("100 digits"), e.getMessage());
    }
  }

  @Test
  void largerRemainderWinsBeforeIdOrder() {
    // 10 cents by 1 : 1 : 1 : 4 -> quotas 10/7, 10/7, 10/7, 40/7 = 1.43, 1.43, 1.43, 5.71:
    // floors 1, 1, 1, 5 (8 cents), remainders 3/7, 3/7, 3/7, 5/7: the two cents left go to d
    // (largest remainder), then to a (first by id of the equal ones).
    MoneySplit split =
        MoneySplit.proportional(
            eur("0.10"),
            ImmutableMap.of(p("a"), ONE, p("b"), ONE, p("c"), ONE, p("d"), new BigDecimal(4)));
    assertEquals(eur("0.02"), split.part(p("a")));
    assertEquals(eur("0.01"), split.part(p("b")));
    assertEquals(eur("0.01"), split.part(p("c")));
    assertEquals(eur("0.06"), split.part(p("d")));
  }

  @Test
  void yenHasNoMinorUnit() {
    MoneySplit split =
        MoneySplit.proportional(
            Money.of(1000, "JPY"), ImmutableMap.of(p("a"), ONE, p("b"), ONE, p("c"), ONE));
    assertEquals(Money.of(334, "JPY"), split.part(p("a")));
    assertEquals(Money.of(333, "JPY"), split.part(p("b")));
  }

  @Test
  void negativeAmountsSplitAsTheNegatedPositiveSplit() {
    MoneySplit split =
        MoneySplit.proportional(
            eur("-1.00"), ImmutableMap.of(p("a"), ONE, p("b"), ONE, p("c"), ONE));
    assertEquals(eur("-0.34"), split.part(p("a")));
    assertEquals(eur("-0.33"), split.part(p("b")));
    assertEquals(eur("-0.33"), split.part(p("c")));
  }

  @Test
  void zeroAmountGivesZeroPartsEvenWithZeroWeights() {
    MoneySplit split = MoneySplit.proportional(eur("0"), ImmutableMap.of(p("a"), BigDecimal.ZERO));
    assertEquals(eur("0"), split.part(p("a")));
  }

  @Test
  void partOfAnotherPartyIsZero() {
    MoneySplit split = MoneySplit.proportional(eur("5"), ImmutableMap.of(p("a"), ONE));
    assertEquals(eur("5"), split.part(p("a")));
    assertEquals(eur("0"), split.part(p("x")));
  }

  @Test
  void rejectsAmountFinerThanTheMinorUnit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MoneySplit.proportional(eur("10.005"), ImmutableMap.of(p("a"), ONE)));
    assertEquals(
        "amount EUR 10.005 has more decimal places than the 2 of its currency's minor unit; round"
            + " it first",
        e.getMessage());
  }

  @Test
  void rejectsAllZeroWeightsForNonZeroAmount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MoneySplit.proportional(
                    eur("1"), ImmutableMap.of(p("a"), BigDecimal.ZERO, p("b"), BigDecimal.ZERO)));
    assertEquals(
        "weights of parties [a, b] must not all be zero when splitting EUR 1", e.getMessage());
  }

  @Test
  void rejectsNegativeWeight() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MoneySplit.proportional(eur("1"), ImmutableMap.of(p("a"), new BigDecimal("-0.5"))));
    assertEquals("weight -0.5 of party a must not be negative", e.getMessage());
  }

  @Test
  void rejectsSplitWithoutParties() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MoneySplit.proportional(eur("1"), ImmutableMap.of()));
    assertEquals("split of EUR 1 must have at least one party", e.getMessage());
  }

  @Test
  void rejectsPartsThatDoNotAddUp() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new MoneySplit(eur("1"), ImmutableMap.of(p("a"), eur("0.5"), p("b"), eur("0.49"))));
    assertEquals("parts of the split of EUR 1 add up to 0.99, not to the amount", e.getMessage());
  }

  @Test
  void rejectsPartInAnotherCurrency() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new MoneySplit(eur("1"), ImmutableMap.of(p("a"), Money.of(1, "USD"))));
    assertEquals(
        "part USD 1 of party a is not in the currency EUR of the amount split", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            MoneySplit.proportional(eur("1"), ImmutableMap.of(p("a"), ONE, p("b"), ONE)),
            new MoneySplit(eur("1"), ImmutableMap.of(p("b"), eur("0.50"), p("a"), eur("0.50"))))
        .addEqualityGroup(
            new MoneySplit(eur("1"), ImmutableMap.of(p("a"), eur("0.51"), p("b"), eur("0.49"))))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(MoneySplit.class);
    tester.testAllPublicConstructors(MoneySplit.class);
    tester.testAllPublicInstanceMethods(
        MoneySplit.proportional(eur("1"), ImmutableMap.of(p("a"), ONE)));
  }

  @Property
  void partsAddUpExactlyToTheAmount(
      @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long cents,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> weights) {
    Map<PartnerId, BigDecimal> map = weights(weights);
    MonetaryAmount amount = Money.of(BigDecimal.valueOf(cents, 2), "EUR");
    MoneySplit split = MoneySplit.proportional(amount, map);
    BigDecimal sum = BigDecimal.ZERO;
    for (MonetaryAmount part : split.parts().values()) {
      sum = sum.add(part.getNumber().numberValue(BigDecimal.class));
    }
    assertEquals(0, sum.compareTo(BigDecimal.valueOf(cents, 2)));
  }

  @Property
  void eachPartIsWithinOneMinorUnitOfItsExactQuota(
      @ForAll @LongRange(min = 0, max = 10_000_000) long cents,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> weights) {
    Map<PartnerId, BigDecimal> map = weights(weights);
    MoneySplit split = MoneySplit.proportional(Money.of(BigDecimal.valueOf(cents, 2), "EUR"), map);
    BigDecimal total = map.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    map.forEach(
        (party, weight) -> {
          BigDecimal quota =
              BigDecimal.valueOf(cents).multiply(weight).divide(total, MathContext.DECIMAL128);
          BigDecimal part =
              split.part(party).getNumber().numberValue(BigDecimal.class).movePointRight(2);
          assertTrue(
              part.subtract(quota).abs().compareTo(BigDecimal.ONE) < 0,
              party + " got " + part + " cents for a quota of " + quota);
        });
  }

  @Property
  void splitDoesNotDependOnTheOrderOfTheWeights(
      @ForAll @LongRange(min = 0, max = 1_000_000) long cents,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 5) Integer> weights,
      @ForAll long seed) {
    Map<PartnerId, BigDecimal> map = weights(weights);
    List<PartnerId> keys = new ArrayList<>(map.keySet());
    Collections.shuffle(keys, new Random(seed));
    Map<PartnerId, BigDecimal> shuffled = new LinkedHashMap<>();
    keys.forEach(k -> shuffled.put(k, map.get(k)));
    MonetaryAmount amount = Money.of(BigDecimal.valueOf(cents, 2), "EUR");
    assertEquals(MoneySplit.proportional(amount, map), MoneySplit.proportional(amount, shuffled));
  }

  private static Map<PartnerId, BigDecimal> weights(List<Integer> weights) {
    Map<PartnerId, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      map.put(p("p" + i), BigDecimal.valueOf(weights.get(i)));
    }
    map.put(p("always"), BigDecimal.ONE);
    return map;
  }
}
