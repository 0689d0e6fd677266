package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.MinorUnits;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * The deals of one segment and one currency that closed in a window, as {@link ClosedDealVelocity}
 * counts them: how many were won and lost, the exact total won and the total length of the won
 * deals' cycles, and the figures derived from those:
 *
 * <ul>
 *   <li>{@link #winRate()}: won / (won + lost), a {@link BigDecimal} rounded once to 4 decimal
 *       places {@link RoundingMode#HALF_EVEN half to even} (2 of 3 is 0.6667);
 *   <li>{@link #averageWonAmount()}: the exact total won divided by the number won, rounded once
 *       half to even to the currency's minor unit by {@link MinorUnits#divide} (EUR 300.01 over 2
 *       is EUR 150.00, JPY 1001 over 2 is JPY 500); empty when none was won;
 *   <li>{@link #averageCycleDays()}: the total cycle days of the won deals divided by the number
 *       won, rounded once to 1 decimal place half to even; empty when none was won.
 * </ul>
 *
 * <p>Rules: the counts and totals are not negative and at least one deal closed; the total won is
 * in the row's currency; with no deal won, the total won and the cycle days are zero.
 *
 * <p>Immutable and thread-safe.
 *
 * @param segment the segment
 * @param currency the currency of the deals; amounts are never converted
 * @param won the number of deals won
 * @param lost the number of deals lost
 * @param wonAmount the exact total amount of the deals won
 * @param wonCycleDays the total number of days from creation to close of the deals won
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SegmentVelocity(
    Segment segment,
    CurrencyUnit currency,
    long won,
    long lost,
    MonetaryAmount wonAmount,
    long wonCycleDays) {

  /** The number of decimal places of {@link #winRate()}. */
  public static final int WIN_RATE_SCALE = 4;

  /** The number of decimal places of {@link #averageCycleDays()}. */
  public static final int CYCLE_DAYS_SCALE = 1;

  /** Validates the rules above. */
  public SegmentVelocity {
    checkNotNull(segment, "segment");
    checkNotNull(currency, "currency");
    checkNotNull(wonAmount, "wonAmount");
    checkArgument(
        won >= 0 && lost >= 0 && won + lost >= 1,
        "%s %s velocity: %s won and %s lost must not be negative and must count at least one"
            + " closed deal",
        segment,
        currency,
        won,
        lost);
    checkArgument(
        wonAmount.getCurrency().equals(currency),
        "%s %s velocity: won amount %s must be in %s",
        segment,
        currency,
        Amounts.text(wonAmount),
        currency);
    checkArgument(
        !wonAmount.isNegative() && (won > 0 || wonAmount.isZero()),
        "%s %s velocity: won amount %s must not be negative, and must be zero when %s deals were"
            + " won",
        segment,
        currency,
        Amounts.text(wonAmount),
        won);
    checkArgument(
        wonCycleDays >= 0 && (won > 0 || wonCycleDays == 0),
        "%s %s velocity: %s cycle days must not be negative, and must be zero when %s deals were"
            + " won",
        segment,
        currency,
        wonCycleDays,
        won);
  }

  /**
   * Returns the velocity of both sets of deals together: counts, won amounts and cycle days added,
   * exactly. The rows of two disjoint sets of opportunities for the same segment and currency add
   * up to the row of their union, so {@link ClosedDealVelocity} computed in parts (such as per
   * partition of a distributed table) is combined with this.
   *
   * @throws IllegalArgumentException if {@code other} is of another segment or currency
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public SegmentVelocity plus(SegmentVelocity other) {
    checkNotNull(other, "other");
    checkArgument(
        segment == other.segment && currency.equals(other.currency),
        "cannot add the %s %s velocity to the %s %s velocity: segment and currency must match",
        other.segment,
        other.currency,
        segment,
        currency);
    return new SegmentVelocity(
        segment,
        currency,
        Math.addExact(won, other.won),
        Math.addExact(lost, other.lost),
        Money.of(Amounts.number(wonAmount).add(Amounts.number(other.wonAmount)), currency),
        Math.addExact(wonCycleDays, other.wonCycleDays));
  }

  /** The number of deals closed: won plus lost, at least 1. */
  public long closed() {
    return won + lost;
  }

  /** Won / (won + lost), between 0 and 1, rounded half to even to 4 decimal places. */
  public BigDecimal winRate() {
    return BigDecimal.valueOf(won)
        .divide(BigDecimal.valueOf(closed()), WIN_RATE_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * The mean amount of a deal won, rounded once half to even to the currency's minor unit; empty
   * when none was won.
   */
  public Optional<MonetaryAmount> averageWonAmount() {
    if (won == 0) {
      return Optional.empty();
    }
    BigDecimal mean =
        MinorUnits.divide(Amounts.number(wonAmount), BigDecimal.valueOf(won), currency);
    return Optional.of(Money.of(mean, currency));
  }

  /**
   * The mean number of days from creation to close of a deal won, rounded half to even to 1 decimal
   * place; empty when none was won.
   */
  public Optional<BigDecimal> averageCycleDays() {
    if (won == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(wonCycleDays)
            .divide(BigDecimal.valueOf(won), CYCLE_DAYS_SCALE, RoundingMode.HALF_EVEN));
  }
}
