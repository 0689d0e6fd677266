package org.alliancekit.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private static final ExchangeRates RATES =
      ExchangeRates.of(
          ExchangeRate.of(EUR, GBP, new BigDecimal("0.85")),
          ExchangeRate.of(USD, GBP, new BigDecimal("0.79")));

  @Test
  void convertsWithTheDirectRate() {
    // 100 EUR at EUR->GBP 0.85 is 85 GBP.
    assertEquals(
        Optional.of(Money.of(new BigDecimal("85.00"), "GBP")),
        RATES.convert(Money.of(100, "EUR"), GBP));
    assertEquals(Optional.of(new BigDecimal("0.85")), RATES.rate(EUR, GBP));
  }

  @Test
  void convertsWithTheInverseOfTheOppositeRate() {
    // 85 GBP back at 1 / 0.85 is 100 EUR; 1 / 0.85 = 1.176470588235294117647058823529412 (34
    // digits).
    assertEquals(
        Optional.of(new BigDecimal("1.176470588235294117647058823529412")), RATES.rate(GBP, EUR));
    assertEquals(Optional.of(Money.of(100, "EUR")), RATES.convert(Money.of(85, "GBP"), EUR));
  }

  @Test
  void convertsACurrencyIntoItselfAtOne() {
    Money amount = Money.of(12, "JPY");
    assertEquals(Optional.of(amount), ExchangeRates.empty().convert(amount, amount.getCurrency()));
    assertEquals(Optional.of(BigDecimal.ONE), ExchangeRates.empty().rate(EUR, EUR));
  }

  @Test
  void doesNotTriangulateThroughAThirdCurrency() {
    // EUR->GBP and USD->GBP are known, EUR<->USD is not.
    assertEquals(Optional.empty(), RATES.rate(EUR, USD));
    assertEquals(Optional.empty(), RATES.convert(Money.of(1, "EUR"), USD));
    assertFalse(RATES.canConvert(USD, EUR));
    assertTrue(RATES.canConvert(GBP, USD));
  }

  @Test
  void directRateWinsOverTheInverse() {
    ExchangeRates both =
        ExchangeRates.of(
            ExchangeRate.of(EUR, GBP, new BigDecimal("0.85")),
            ExchangeRate.of(GBP, EUR, new BigDecimal("1.2")));
    assertEquals(Optional.of(new BigDecimal("1.2")), both.rate(GBP, EUR));
  }

  @Test
  void listsCurrenciesInOrderOfFirstAppearance() {
    assertEquals(ImmutableSet.of(EUR, GBP, USD), RATES.currencies());
    assertTrue(ExchangeRates.empty().isEmpty());
  }

  @Test
  void rejectsAPairGivenTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ExchangeRates.of(
                    ExchangeRate.of(EUR, GBP, new BigDecimal("0.85")),
                    ExchangeRate.of(EUR, GBP, new BigDecimal("0.86"))));
    assertEquals(
        "exchange rates list EUR to GBP twice (0.85 and 0.86); give each pair once",
        e.getMessage());
  }

  @Test
  void rejectsARateThatIsNotPositive() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ExchangeRate.of(EUR, GBP, BigDecimal.ZERO));
    assertEquals("exchange rate 0 from EUR to GBP must be positive", e.getMessage());
  }

  @Test
  void rejectsARateOfACurrencyIntoItself() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ExchangeRate.of(EUR, EUR, BigDecimal.ONE));
    assertEquals(
        "exchange rate from EUR to EUR must be between two different currencies", e.getMessage());
  }

  @Test
  void ratesWithAndWithoutTrailingZerosAreEqual() {
    new EqualsTester()
        .addEqualityGroup(
            ExchangeRate.of(EUR, GBP, new BigDecimal("0.850")),
            ExchangeRate.of(EUR, GBP, new BigDecimal("0.85")))
        .addEqualityGroup(ExchangeRate.of(EUR, GBP, new BigDecimal("0.86")))
        .addEqualityGroup(ExchangeRate.of(GBP, EUR, new BigDecimal("0.85")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RATES, ExchangeRates.of(RATES.rates()))
        .addEqualityGroup(ExchangeRates.empty(), ExchangeRates.of())
        .addEqualityGroup(ExchangeRates.of(RATES.rates().reverse()))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester =
        new NullPointerTester()
            .setDefault(CurrencyUnit.class, EUR)
            .setDefault(MonetaryAmount.class, Money.of(1, EUR))
            .setDefault(ExchangeRates.class, ExchangeRates.empty());
    tester.testAllPublicStaticMethods(ExchangeRate.class);
    tester.testAllPublicStaticMethods(ExchangeRates.class);
    tester.testAllPublicInstanceMethods(RATES);
  }

  @Property
  void convertingThereAndBackGivesTheAmountToTwentyDigits(
      @ForAll("rates") ExchangeRate rate, @ForAll("amounts") BigDecimal amount) {
    ExchangeRates rates = ExchangeRates.of(rate);
    Money start = Money.of(amount, rate.from());
    BigDecimal back =
        rates
            .convert(rates.convert(start, rate.to()).orElseThrow(), rate.from())
            .orElseThrow()
            .getNumber()
            .numberValue(BigDecimal.class);
    BigDecimal error = back.subtract(amount).abs();
    assertTrue(error.compareTo(new BigDecimal("1E-20")) <= 0, amount + " came back as " + back);
  }

  @Property
  void copyThroughWithIsEqual(@ForAll("rates") ExchangeRate rate) {
    ExchangeRates rates = ExchangeRates.of(rate);
    assertEquals(rates, rates.withRates(ImmutableList.of(rate)));
    assertEquals(ExchangeRates.empty(), rates.withRates(ImmutableList.of()));
  }

  @Provide
  Arbitrary<ExchangeRate> rates() {
    Arbitrary<CurrencyUnit> currencies =
        Arbitraries.of("EUR", "GBP", "USD", "JPY", "CHF").map(Monetary::getCurrency);
    return net.jqwik.api.Combinators.combine(
            currencies,
            currencies,
            Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("10000"))
                .ofScale(4))
        .filter((from, to, rate) -> !from.equals(to))
        .as(ExchangeRate::of);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2);
  }
}
