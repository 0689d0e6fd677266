package org.alliancekit.attribution.stacking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * One piece of value stacked on a deal: the partner it comes through, its kind, and its amount.
 *
 * <p>The amount is kept exactly as given or computed (a resale margin is not rounded); {@link
 * ValueStacking#stack} rounds once, at the end. Immutable and thread-safe.
 *
 * @param party the partner the value comes through
 * @param component the kind of value
 * @param amount the value, zero or more
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StackEntry(PartnerId party, ValueComponent component, MonetaryAmount amount) {

  /** Validates the entry. */
  public StackEntry {
    checkNotNull(party, "party must not be null");
    checkNotNull(component, "component must not be null");
    checkNotNull(amount, "amount must not be null");
    checkArgument(
        !amount.isNegative(),
        "%s %s from partner %s must not be negative",
        component,
        amount,
        party);
  }

  /**
   * Returns the given piece of value.
   *
   * @throws IllegalArgumentException if the amount is negative
   */
  public static StackEntry of(PartnerId party, ValueComponent component, MonetaryAmount amount) {
    return new StackEntry(party, component, amount);
  }

  /**
   * Returns the margin earned reselling {@code resold} worth of the partner's product at {@code
   * marginRate} (0.2 for 20%): exactly {@code resold * marginRate}, not rounded.
   *
   * @throws IllegalArgumentException if the resale amount is negative or the rate is not between 0
   *     and 1
   */
  public static StackEntry resaleMargin(
      PartnerId party, MonetaryAmount resold, BigDecimal marginRate) {
    checkNotNull(resold, "resold");
    checkNotNull(marginRate, "marginRate");
    checkArgument(
        marginRate.signum() >= 0 && marginRate.compareTo(BigDecimal.ONE) <= 0,
        "margin rate %s on the resale of partner %s must be between 0 and 1",
        marginRate.toPlainString(),
        party);
    checkArgument(
        !resold.isNegative(), "resale amount %s of partner %s must not be negative", resold, party);
    return new StackEntry(
        party,
        ValueComponent.RESALE_MARGIN,
        Money.of(DecimalLimit.number("amount", resold).multiply(marginRate), resold.getCurrency()));
  }

  /**
   * Returns the value of going to market jointly with the partner.
   *
   * @throws IllegalArgumentException if the amount is negative
   */
  public static StackEntry jointGoToMarket(PartnerId party, MonetaryAmount amount) {
    return new StackEntry(party, ValueComponent.JOINT_GO_TO_MARKET, amount);
  }

  /**
   * Returns the platform vendor's contribution.
   *
   * @throws IllegalArgumentException if the amount is negative
   */
  public static StackEntry platform(PartnerId party, MonetaryAmount amount) {
    return new StackEntry(party, ValueComponent.PLATFORM, amount);
  }
}
