package org.alliancekit.scoring.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import javax.money.CurrencyUnit;
import org.alliancekit.model.relationship.PeriodRevenue;

/** The checks every verb that pools revenue makes of each revenue record. */
public final class RevenueChecks {
  private RevenueChecks() {}

  /**
   * Checks that {@code revenue} is given and booked in {@code currency}.
   *
   * @throws NullPointerException if {@code revenue} is null
   * @throws IllegalArgumentException if it is in another currency; the message names the
   *     relationship, the period and both currencies
   */
  public static void inCurrency(PeriodRevenue revenue, CurrencyUnit currency) {
    checkNotNull(revenue, "revenue");
    checkArgument(
        revenue.amount().getCurrency().equals(currency),
        "revenue of relationship %s in %s is in %s, not %s; convert all revenue to %s first",
        revenue.relationship(),
        revenue.period(),
        revenue.amount().getCurrency().getCurrencyCode(),
        currency.getCurrencyCode(),
        currency.getCurrencyCode());
  }
}
