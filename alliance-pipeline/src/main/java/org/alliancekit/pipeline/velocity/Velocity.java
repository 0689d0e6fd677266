package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The velocity and conversion figures of a set of opportunities, as computed by {@link
 * VelocityAnalyzer}:
 *
 * <ul>
 *   <li>counts of opportunities, open, won and lost;
 *   <li>{@link #winRate()}: won divided by closed (won plus lost);
 *   <li>{@link #wonAmounts()} and {@link #averageDealSize()}: the total and the mean amount of the
 *       won deals, per currency (amounts in different currencies are never mixed); the mean is
 *       rounded half to even to the currency's minor unit (see {@link
 *       org.alliancekit.model.money.MinorUnits#divide});
 *   <li>{@link #averageCycleDays()}: the mean number of days from creation to close over the closed
 *       deals;
 *   <li>{@link #conversions()}: stage-to-stage conversion along the model;
 *   <li>{@link #timeInStage()}: the mean length of completed stays in each open stage.
 * </ul>
 *
 * <p>Ratios are absent (empty), never NaN, when there is nothing to divide by.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Velocity implements WithVelocity {
  Velocity() {}

  /** The number of opportunities analysed. */
  public abstract long count();

  /** The number of open opportunities. */
  public abstract long openCount();

  /** The number of won opportunities. */
  public abstract long wonCount();

  /** The number of lost opportunities. */
  public abstract long lostCount();

  /** Won divided by won plus lost, between 0 and 1; empty when no opportunity is closed. */
  public abstract Optional<Double> winRate();

  /** The total amount won per currency, ordered by currency code. */
  public abstract ImmutableMap<CurrencyUnit, MonetaryAmount> wonAmounts();

  /** The mean amount of a won deal per currency, ordered by currency code. */
  public abstract ImmutableMap<CurrencyUnit, MonetaryAmount> averageDealSize();

  /** The mean number of days from creation to close of the closed deals; empty if none. */
  public abstract Optional<Double> averageCycleDays();

  /** Conversion between consecutive stages of the model, from each open stage to the next. */
  public abstract ImmutableList<StageConversion> conversions();

  /** Time spent in each open stage of the model, in model order. */
  public abstract ImmutableList<StageTime> timeInStage();

  /** Returns a new builder; the counts are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Velocity}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableVelocity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        openCount() >= 0
            && wonCount() >= 0
            && lostCount() >= 0
            && openCount() + wonCount() + lostCount() == count(),
        "velocity counts %s open, %s won and %s lost must not be negative and must add up to %s",
        openCount(),
        wonCount(),
        lostCount(),
        count());
    winRate()
        .ifPresent(
            rate ->
                checkArgument(
                    rate >= 0.0 && rate <= 1.0, "win rate %s must be between 0 and 1", rate));
    averageCycleDays()
        .ifPresent(
            days ->
                checkArgument(
                    days >= 0.0 && days < Double.POSITIVE_INFINITY,
                    "average cycle of %s days must be a finite number, not negative",
                    days));
    checkCurrencies("won amount", wonAmounts());
    checkCurrencies("average deal size", averageDealSize());
  }

  private static void checkCurrencies(String field, Map<CurrencyUnit, MonetaryAmount> amounts) {
    amounts.forEach(
        (currency, amount) ->
            checkArgument(
                amount.getCurrency().equals(currency),
                "%s %s is listed under currency %s",
                field,
                amount,
                currency));
  }
}
