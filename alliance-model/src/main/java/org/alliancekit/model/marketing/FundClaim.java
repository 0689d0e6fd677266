package org.alliancekit.model.marketing;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A claim for money spent, against an approved {@link FundRequest}.
 *
 * <p>Rule checked on construction: the amount is positive. Whether the request covers it is decided
 * when the budget's ledger is drawn up, in date order.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class FundClaim implements WithFundClaim {
  FundClaim() {}

  /** The claim's id. */
  public abstract FundClaimId id();

  /** The request the claim is made against. */
  public abstract FundRequestId request();

  /** The day of the claim. */
  public abstract LocalDate date();

  /** The amount claimed; positive. */
  public abstract MonetaryAmount amount();

  /** Where the claim stands. */
  public abstract ClaimStatus status();

  /** Returns a new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FundClaim}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableFundClaim.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.positive("amount of fund claim " + id(), amount());
  }
}
