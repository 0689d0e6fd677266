package org.alliancekit.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AccessFeeTest {

  @Test
  void marginPercentBuildsMargin() {
    AccessFee fee = AccessFee.marginPercent(new BigDecimal("20"));
    AccessFee.Margin margin = assertInstanceOf(AccessFee.Margin.class, fee);
    assertEquals(new BigDecimal("20"), margin.percent());
  }

  @Test
  void marginMayBeAHundredPercent() {
    assertEquals(
        new BigDecimal("100"),
        ((AccessFee.Margin) AccessFee.marginPercent(new BigDecimal("100"))).percent());
  }

  @Test
  void rejectsZeroMargin() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AccessFee.marginPercent(BigDecimal.ZERO));
    assertEquals(
        "access fee margin 0 percent must be greater than 0 and at most 100", e.getMessage());
  }

  @Test
  void rejectsNegativeMargin() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new AccessFee.Margin(new BigDecimal("-5")));
    assertEquals(
        "access fee margin -5 percent must be greater than 0 and at most 100", e.getMessage());
  }

  @Test
  void rejectsMarginAboveHundredPercent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AccessFee.marginPercent(new BigDecimal("100.5")));
    assertEquals(
        "access fee margin 100.5 percent must be greater than 0 and at most 100", e.getMessage());
  }

  @Test
  void fixedBuildsFixed() {
    AccessFee fee = AccessFee.fixed(Money.of(5_000, "EUR"));
    assertEquals(Money.of(5_000, "EUR"), assertInstanceOf(AccessFee.Fixed.class, fee).amount());
  }

  @Test
  void rejectsZeroFixedFee() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AccessFee.fixed(Money.of(0, "EUR")));
    assertEquals("fixed access fee EUR 0 must be positive", e.getMessage());
  }

  @Test
  void rejectsNegativeFixedFee() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new AccessFee.Fixed(Money.of(-10, "USD")));
    assertEquals("fixed access fee USD -10 must be positive", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            AccessFee.marginPercent(new BigDecimal("20")),
            new AccessFee.Margin(new BigDecimal("20")))
        .addEqualityGroup(AccessFee.marginPercent(new BigDecimal("25")))
        .addEqualityGroup(
            AccessFee.fixed(Money.of(20, "EUR")), new AccessFee.Fixed(Money.of(20, "EUR")))
        .addEqualityGroup(AccessFee.fixed(Money.of(20, "USD")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(AccessFee.class);
    tester.testAllPublicConstructors(AccessFee.Margin.class);
    tester.testAllPublicConstructors(AccessFee.Fixed.class);
    tester.testAllPublicInstanceMethods(AccessFee.marginPercent(BigDecimal.TEN));
    tester.testAllPublicInstanceMethods(AccessFee.fixed(Money.of(1, "EUR")));
  }

  @Property
  void marginRebuiltFromItsPercentIsEqual(@ForAll("margins") AccessFee.Margin margin) {
    assertEquals(margin, AccessFee.marginPercent(margin.percent()));
  }

  @Provide
  Arbitrary<AccessFee.Margin> margins() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("100"))
        .ofScale(2)
        .map(AccessFee.Margin::new);
  }
}
