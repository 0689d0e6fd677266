package org.alliancekit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.DecimalLimit;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void validTextIsReturnedUnchanged() {
    assertEquals("acme-1", Checks.id("partner id", "acme-1"));
    assertEquals("  Acme Ltd ", Checks.name("partner name", "  Acme Ltd "));
    String longest = "x".repeat(Checks.MAX_TEXT_LENGTH);
    assertEquals(longest, Checks.name("partner name", longest));
  }

  @Test
  void idRejectsSurroundingWhitespace() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.id("partner id", " acme"));
    assertEquals("partner id ' acme' must not start or end with whitespace", e.getMessage());
  }

  @Test
  void nameRejectsTextLongerThanTheLimit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Checks.name("partner name", "x".repeat(Checks.MAX_TEXT_LENGTH + 1)));
    assertEquals(
        "partner name of length 257 is longer than the 256 characters allowed", e.getMessage());
  }

  @Test
  void namesChecksEveryElement() {
    Checks.names("partner region", ImmutableList.of("EMEA", "APAC"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Checks.names("partner region", ImmutableList.of("EMEA", "AP\u0000AC")));
    assertEquals("partner region 'AP?AC' must not contain control characters", e.getMessage());
  }

  @Test
  void decimalFractionAcceptsZeroToOneInclusive() {
    for (String text : new String[] {"0", "0.000", "0.25", "1", "1.000"}) {
      BigDecimal value = new BigDecimal(text);
      assertSame(value, Checks.fraction("owner share", value));
    }
  }

  @Test
  void decimalFractionRejectsNegativeValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Checks.fraction("owner share", new BigDecimal("-0.01")));
    assertEquals("owner share -0.01 must be between 0 and 1", e.getMessage());
  }

  @Test
  void decimalFractionRejectsValueAboveOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Checks.fraction("owner share", new BigDecimal("1.0001")));
    assertEquals("owner share 1.0001 must be between 0 and 1", e.getMessage());
  }

  @Test
  void decimalFractionNamesTheMissingField() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> Checks.fraction("owner share", (BigDecimal) null));
    assertEquals("owner share must not be null", e.getMessage());
  }

  @Test
  void doubleFractionIsReturnedUnchanged() {
    assertEquals(0.25, Checks.fraction("probability", 0.25));
    assertEquals(0.0, Checks.fraction("probability", 0.0));
    assertEquals(1.0, Checks.fraction("probability", 1.0));
  }

  @Test
  void doubleFractionRejectsNegativeValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.fraction("probability", -0.5));
    assertEquals("probability -0.5 must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void doubleFractionRejectsNan() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Checks.fraction("probability", Double.NaN));
    assertEquals("probability NaN must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void moneyChecksReturnTheAmount() {
    MonetaryAmount zero = Money.of(0, "EUR");
    MonetaryAmount ten = Money.of(10, "EUR");
    assertSame(zero, Checks.nonNegative("fee", zero));
    assertSame(ten, Checks.nonNegative("fee", ten));
    assertSame(ten, Checks.positive("deal value", ten));
  }

  @Test
  void positiveRejectsZero() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Checks.positive("deal value", Money.of(0, "EUR")));
    assertEquals("deal value EUR 0 must be positive", e.getMessage());
  }

  @Test
  void nonNegativeRejectsNegativeAmount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Checks.nonNegative("fee", Money.of(-1, "EUR")));
    assertEquals("fee EUR -1 must not be negative", e.getMessage());
  }

  @Test
  void missingValuesAreNamedByField() {
    assertEquals(
        "partner id must not be null",
        assertThrows(NullPointerException.class, () -> Checks.id("partner id", null)).getMessage());
    assertEquals(
        "partner name must not be null",
        assertThrows(NullPointerException.class, () -> Checks.name("partner name", null))
            .getMessage());
    assertEquals(
        "fee must not be null",
        assertThrows(NullPointerException.class, () -> Checks.nonNegative("fee", null))
            .getMessage());
    assertEquals(
        "deal value must not be null",
        assertThrows(NullPointerException.class, () -> Checks.positive("deal value", null))
            .getMessage());
  }

  @Test
  void decimalAcceptsExactlyTheMaximumDigitsOnEitherSideOfThePoint() {
    BigDecimal hundredBefore = BigDecimal.TEN.pow(DecimalLimit.MAX_DIGITS).subtract(BigDecimal.ONE);
    assertEquals(DecimalLimit.MAX_DIGITS, hundredBefore.precision() - hundredBefore.scale());
    assertSame(hundredBefore, Checks.decimal("quantity", hundredBefore));
    BigDecimal hundredAfter = BigDecimal.ONE.movePointLeft(DecimalLimit.MAX_DIGITS);
    assertEquals(DecimalLimit.MAX_DIGITS, hundredAfter.scale());
    assertSame(hundredAfter, Checks.decimal("quantity", hundredAfter));
  }

  @Test
  void decimalRejectsOneDigitMoreOnEitherSideOfThePoint() {
    BigDecimal before = BigDecimal.TEN.pow(DecimalLimit.MAX_DIGITS);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checks.decimal("quantity", before));
    assertEquals(
        "quantity " + before + " has more than 100 digits before or after the decimal point",
        e.getMessage());
    BigDecimal after = BigDecimal.ONE.movePointLeft(DecimalLimit.MAX_DIGITS + 1);
    e = assertThrows(IllegalArgumentException.class, () -> Checks.decimal("quantity", after));
    assertEquals(
        "quantity 1E-101 has more than 100 digits before or after the decimal point",
        e.getMessage());
  }
}
