package org.alliancekit.model.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An incentive a partner programme pays: a {@linkplain IncentiveKind#REBATE rebate} on a partner's
 * won revenue per calendar quarter, paid once that revenue reaches a threshold, or a {@linkplain
 * IncentiveKind#REFERRAL_FEE referral fee} on each won deal the partner sourced; for the partners
 * of one tier, or of every tier.
 *
 * <p>Rules checked on construction: the rate is between 0 and 100 percent; a rebate has a threshold
 * (zero for none), a referral fee has none. A programme lists each tier at most once (checked by
 * the portfolio). Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Incentive implements WithIncentive {
  Incentive() {}

  /** The programme's name, such as "Growth rebate". */
  public abstract String programme();

  /** Rebate or referral fee. */
  public abstract IncentiveKind kind();

  /** The tier whose partners it applies to; empty for every tier. */
  public abstract Optional<String> tier();

  /** The rate paid, in percent, such as 2.5. */
  public abstract BigDecimal ratePercent();

  /**
   * The quarter's won revenue a rebate needs to be paid (exactly the threshold counts as reached),
   * in the currency the revenue is converted into; empty for a referral fee.
   */
  public abstract Optional<MonetaryAmount> threshold();

  /** Whether the incentive applies to partners of the given tier (or to every tier). */
  public boolean appliesTo(Optional<String> partnerTier) {
    return tier().isEmpty() || tier().equals(partnerTier);
  }

  /** The key that is unique in a portfolio: programme and tier, as {@code programme/tier}. */
  public String key() {
    return programme() + "/" + tier().orElse("");
  }

  /** Returns a new builder; the programme, kind and rate are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Incentive}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableIncentive.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("programme", programme());
    tier().ifPresent(name -> Checks.id("tier name", name));
    Checks.decimal("rate percent", ratePercent());
    checkArgument(
        Checks.isPercent(ratePercent()),
        "programme %s has rate %s percent, which must be between 0 and 100",
        programme(),
        ratePercent().toPlainString());
    if (kind() == IncentiveKind.REBATE) {
      checkArgument(
          threshold().isPresent(),
          "rebate programme %s needs a threshold (zero for none)",
          programme());
      Checks.nonNegative("programme " + programme() + " threshold", threshold().get());
    } else {
      checkArgument(
          threshold().isEmpty(),
          "referral fee programme %s must not have a threshold, but has %s",
          programme(),
          threshold().map(Object::toString).orElse(""));
    }
  }
}
