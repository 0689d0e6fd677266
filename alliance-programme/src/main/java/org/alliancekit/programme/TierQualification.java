package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Where one partner stands in the programme's tiers on a day, as {@link TierQualifications} derives
 * it: the row of the report's {@code tiers.csv} ({@code
 * partner_id,assigned_tier,qualified_tier,next_tier,missing}).
 *
 * <p>Rules: there is a next tier exactly when the partner does not qualify for the top tier, and
 * something is missing exactly when there is a next tier. Immutable and thread-safe.
 *
 * @param partner the partner
 * @param assignedTier the tier the programme assigned to it, if the data gives one
 * @param qualifiedTier the highest tier whose every rule it meets, if any
 * @param nextTier the tier one rank above the qualified tier (the lowest tier if it qualifies for
 *     none); empty at the top
 * @param missing what it lacks for the next tier, each gap in words with its amount, such as "needs
 *     GBP 120,000.00 more won revenue" or "needs competency Data &amp; AI"
 * @param atRisk whether it qualifies for a lower tier than its assigned one, or for none: a {@code
 *     TIER_AT_RISK} finding
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TierQualification(
    PartnerId partner,
    Optional<String> assignedTier,
    Optional<String> qualifiedTier,
    Optional<String> nextTier,
    ImmutableList<String> missing,
    boolean atRisk) {

  /** Validates the rules above. */
  public TierQualification {
    checkNotNull(partner, "partner");
    checkNotNull(assignedTier, "assignedTier");
    checkNotNull(qualifiedTier, "qualifiedTier");
    checkNotNull(nextTier, "nextTier");
    checkNotNull(missing, "missing");
    checkArgument(
        nextTier.isPresent() != missing.isEmpty(),
        "partner %s must miss something exactly when it has a next tier, but has next tier %s and"
            + " misses %s",
        partner,
        nextTier,
        missing);
    checkArgument(
        !atRisk || assignedTier.isPresent(),
        "partner %s has no assigned tier to be at risk",
        partner);
  }

  /** The gaps joined by {@code "; "}, as in the {@code missing} column; empty when none. */
  public String missingText() {
    return String.join("; ", missing);
  }
}
