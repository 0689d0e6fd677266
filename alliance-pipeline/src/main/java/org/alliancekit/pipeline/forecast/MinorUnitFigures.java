package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Rounded forecast figures the library computed in whole minor units of their currency: each amount
 * is kept as a {@code long} of minor units and made {@link Money} on first use, so a caller who
 * reads a few figures of many groups pays for the money it reads. Equal to, and indistinguishable
 * through {@link ForecastFigures} from, the figures the builder makes from the same values; its
 * {@code with} methods return builder-made figures.
 *
 * <p>The library makes these only from sums it added itself, so the builder's checks cannot fail
 * and are not repeated; the constructor checks the same rules on the {@code long}s, which costs
 * nothing. Immutable and thread-safe: each money is made at most once per thread that races to make
 * it, and all are equal.
 */
final class MinorUnitFigures extends ForecastFigures {
  private final CurrencyUnit currency;
  private final int digits;
  private final long openCount;
  private final long wonCount;
  private final long lostCount;
  private final long open;
  private final long committed;
  private final long won;
  private final long weighted;
  // Each amount as money, once made (Money is immutable, so a racy first use is safe).
  private Money openMoney;
  private Money committedMoney;
  private Money wonMoney;
  private Money weightedMoney;

  /**
   * Figures of rounded amounts given in minor units of {@code currency}.
   *
   * @throws IllegalArgumentException if the currency has no minor unit, a count or amount is
   *     negative, or committed exceeds open
   */
  MinorUnitFigures(
      CurrencyUnit currency,
      long openCount,
      long wonCount,
      long lostCount,
      long open,
      long committed,
      long won,
      long weighted) {
    this.currency = checkNotNull(currency, "currency");
    this.digits = currency.getDefaultFractionDigits();
    checkArgument(digits >= 0, "currency %s has no minor unit", currency);
    checkArgument(
        openCount >= 0 && wonCount >= 0 && lostCount >= 0,
        "forecast figures counts %s open, %s won, %s lost must not be negative",
        openCount,
        wonCount,
        lostCount);
    checkArgument(
        open >= 0 && committed >= 0 && won >= 0 && weighted >= 0,
        "forecast figures amounts %s open, %s committed, %s won, %s weighted minor units must not"
            + " be negative",
        open,
        committed,
        won,
        weighted);
    checkArgument(
        committed <= open,
        "forecast figures committed %s must not exceed open %s minor units",
        committed,
        open);
    this.openCount = openCount;
    this.wonCount = wonCount;
    this.lostCount = lostCount;
    this.open = open;
    this.committed = committed;
    this.won = won;
    this.weighted = weighted;
  }

  private Money money(long minor) {
    return Money.of(BigDecimal.valueOf(minor, digits), currency);
  }

  @Override
  public CurrencyUnit currency() {
    return currency;
  }

  @Override
  public long openCount() {
    return openCount;
  }

  @Override
  public long wonCount() {
    return wonCount;
  }

  @Override
  public long lostCount() {
    return lostCount;
  }

  @Override
  public MonetaryAmount open() {
    Money money = openMoney;
    return money != null ? money : (openMoney = money(open));
  }

  @Override
  public MonetaryAmount committed() {
    Money money = committedMoney;
    return money != null ? money : (committedMoney = money(committed));
  }

  @Override
  public MonetaryAmount won() {
    Money money = wonMoney;
    return money != null ? money : (wonMoney = money(won));
  }

  @Override
  public MonetaryAmount weighted() {
    Money money = weightedMoney;
    return money != null ? money : (weightedMoney = money(weighted));
  }

  @Override
  public long openMinorUnits() {
    return open;
  }

  @Override
  public long committedMinorUnits() {
    return committed;
  }

  @Override
  public long wonMinorUnits() {
    return won;
  }

  @Override
  public long weightedMinorUnits() {
    return weighted;
  }

  @Override
  public ForecastFigures rounded() {
    return this;
  }

  @Override
  public ForecastFigures withCurrency(CurrencyUnit value) {
    return builder().from(this).currency(value).build();
  }

  @Override
  public ForecastFigures withOpenCount(long value) {
    return builder().from(this).openCount(value).build();
  }

  @Override
  public ForecastFigures withWonCount(long value) {
    return builder().from(this).wonCount(value).build();
  }

  @Override
  public ForecastFigures withLostCount(long value) {
    return builder().from(this).lostCount(value).build();
  }

  @Override
  public ForecastFigures withOpen(MonetaryAmount value) {
    return builder().from(this).open(value).build();
  }

  @Override
  public ForecastFigures withCommitted(MonetaryAmount value) {
    return builder().from(this).committed(value).build();
  }

  @Override
  public ForecastFigures withWon(MonetaryAmount value) {
    return builder().from(this).won(value).build();
  }

  @Override
  public ForecastFigures withWeighted(MonetaryAmount value) {
    return builder().from(this).weighted(value).build();
  }
}
