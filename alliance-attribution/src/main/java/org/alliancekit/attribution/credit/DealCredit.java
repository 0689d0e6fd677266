package org.alliancekit.attribution.credit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;

/**
 * How one opportunity is credited: its motion, the partner that sourced it (if any) and the
 * partners that influenced it, with its amount and whether it was won.
 *
 * <p>A sourced deal has exactly one source; a direct deal has neither source nor influencers; the
 * source is never also an influencer. A sourced deal may have influencers too: they earn influenced
 * credit, while the deal's motion stays sourced. Immutable and thread-safe.
 *
 * @param deal the opportunity
 * @param motion how it came about
 * @param source the partner that sourced it, for a sourced deal
 * @param influencers the other partners taking part, in id order
 * @param amount the opportunity's amount, in its own currency
 * @param won whether it was won
 */
@API(status = STABLE, since = "0.1")
public record DealCredit(
    OpportunityId deal,
    CreditMotion motion,
    Optional<PartnerId> source,
    ImmutableSet<PartnerId> influencers,
    MonetaryAmount amount,
    boolean won) {

  /** Validates the credit and puts the influencers in id order. */
  public DealCredit {
    checkNotNull(deal, "deal must not be null");
    checkNotNull(motion, "motion must not be null");
    checkNotNull(source, "source must not be null");
    checkNotNull(influencers, "influencers must not be null");
    checkNotNull(amount, "amount must not be null");
    influencers = ImmutableSortedSet.copyOf(influencers);
    checkArgument(
        source.isPresent() == (motion == CreditMotion.PARTNER_SOURCED),
        "deal %s is %s, so it must %shave a source, has %s",
        deal,
        motion,
        motion == CreditMotion.PARTNER_SOURCED ? "" : "not ",
        source);
    checkArgument(
        motion != CreditMotion.DIRECT || influencers.isEmpty(),
        "direct deal %s cannot have influencers %s",
        deal,
        influencers);
    checkArgument(
        source.isEmpty() || !influencers.contains(source.get()),
        "source %s of deal %s cannot also be an influencer",
        source.orElse(null),
        deal);
  }
}
