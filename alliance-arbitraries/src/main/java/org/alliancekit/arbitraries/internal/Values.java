package org.alliancekit.arbitraries.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Building blocks shared by the generators of the model and of {@code alliance-testkit}: dates,
 * money, small readable texts. Not part of the public API: the package is exported to the testkit
 * only.
 */
@API(status = INTERNAL, since = "0.1")
public final class Values {
  /** The first day generated dates count from. */
  public static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  /** The host company of generated relationships, unless another one is asked for. */
  public static final PartnerId HOST = PartnerId.of("host");

  /** The currencies generated when none is given, the first being the one values shrink to. */
  public static final ImmutableList<CurrencyUnit> CURRENCIES =
      ImmutableList.of(currency("EUR"), currency("USD"), currency("GBP"), currency("JPY"));

  private Values() {}

  /** The partners {@code p1} to {@code pn}. */
  public static ImmutableList<PartnerId> partners(int n) {
    ImmutableList.Builder<PartnerId> partners = ImmutableList.builder();
    for (int i = 1; i <= n; i++) {
      partners.add(PartnerId.of("p" + i));
    }
    return partners.build();
  }

  /** The currency of the given ISO 4217 code. */
  public static CurrencyUnit currency(String code) {
    return Monetary.getCurrency(code);
  }

  /** Dates from {@link #EPOCH} onward over about ten years, shrinking towards the epoch. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3_650).map(EPOCH::plusDays);
  }

  /** One of the given values, shrinking towards the first. */
  public static <T> Arbitrary<T> oneOfValues(Collection<? extends T> values) {
    checkArgument(!values.isEmpty(), "there must be at least one value to choose from");
    return Arbitraries.of(values);
  }

  /**
   * Amounts from {@code minMajor} to {@code maxMajor} whole units of a currency drawn from {@code
   * currencies}, with minor units; shrinking towards the smallest amount in the first currency.
   */
  public static Arbitrary<MonetaryAmount> amounts(
      Arbitrary<CurrencyUnit> currencies, long minMajor, long maxMajor) {
    checkArgument(
        0 <= minMajor && minMajor <= maxMajor,
        "amount range %s..%s must be of zero or more and not empty",
        minMajor,
        maxMajor);
    checkArgument(
        maxMajor <= 1_000_000_000_000L,
        "largest amount %s must be at most 1000000000000 units",
        maxMajor);
    return Combinators.combine(
            currencies,
            Arbitraries.longs().between(minMajor, maxMajor),
            Arbitraries.integers().between(0, 99))
        .as(
            (currency, major, cents) -> {
              long unit = minorUnit(currency);
              long minor = Math.min(maxMajor * unit, major * unit + cents % unit);
              return Money.ofMinor(currency, minor);
            });
  }

  /** Positive amounts: at least one minor unit, at most {@code maxMajor} whole units. */
  public static Arbitrary<MonetaryAmount> positiveAmounts(
      Arbitrary<CurrencyUnit> currencies, long maxMajor) {
    return amounts(currencies, 0, maxMajor)
        .map(amount -> amount.isZero() ? Money.ofMinor(amount.getCurrency(), 1) : amount);
  }

  private static long minorUnit(CurrencyUnit currency) {
    long unit = 1;
    for (int i = 0; i < Math.max(0, currency.getDefaultFractionDigits()); i++) {
      unit *= 10;
    }
    return unit;
  }

  /** The value, or a {@link NullPointerException} naming it when it is null. */
  public static <T> T present(T value, String name) {
    return checkNotNull(value, "%s must not be null", name);
  }
}
