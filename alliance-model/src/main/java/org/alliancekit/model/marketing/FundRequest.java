package org.alliancekit.model.marketing;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A request for joint marketing funds from a {@link MarketingBudget} to pay for a {@link Campaign}.
 *
 * <p>Rule checked on construction: the amount is positive. Whether the budget can afford it is
 * decided when the budget's ledger is drawn up, in date order.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class FundRequest implements WithFundRequest {
  FundRequest() {}

  /** The request's id. */
  public abstract FundRequestId id();

  /** The budget the funds are asked from. */
  public abstract BudgetId budget();

  /** The campaign the funds pay for. */
  public abstract CampaignId campaign();

  /** The day of the request. */
  public abstract LocalDate date();

  /** The amount asked for; positive. */
  public abstract MonetaryAmount amount();

  /** Where the request stands. */
  public abstract FundStatus status();

  /** Returns a new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FundRequest}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableFundRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.positive("amount of fund request " + id(), amount());
  }
}
