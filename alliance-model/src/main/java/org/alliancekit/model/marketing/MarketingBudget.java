package org.alliancekit.model.marketing;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One party's contribution to a relationship's joint marketing budget for one of its fiscal years.
 * Fund requests are made against it ({@link FundRequest}).
 *
 * <p>Rules checked on construction: the fiscal year is from 1 to 9999 and the amount is not
 * negative. Whether the party is one of the relationship's parties is a rule of the portfolio.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class MarketingBudget implements WithMarketingBudget {
  MarketingBudget() {}

  /** The budget's id. */
  public abstract BudgetId id();

  /** The relationship whose joint marketing the budget pays for. */
  public abstract RelationshipId relationship();

  /** The party that contributes the budget. */
  public abstract PartnerId party();

  /**
   * The party's fiscal year, named after the calendar year in which it starts (as in {@link
   * org.alliancekit.model.relationship.RevenuePeriod}); 1 to 9999.
   */
  public abstract int fiscalYear();

  /** The amount contributed; zero or more. */
  public abstract MonetaryAmount amount();

  /** Returns a new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MarketingBudget}. {@code build()} throws {@link IllegalStateException} naming
   * any missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableMarketingBudget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        fiscalYear() >= 1 && fiscalYear() <= 9999,
        "fiscal year %s of budget %s must be from 1 to 9999",
        fiscalYear(),
        id());
    Checks.nonNegative("amount of budget", id(), amount());
  }
}
