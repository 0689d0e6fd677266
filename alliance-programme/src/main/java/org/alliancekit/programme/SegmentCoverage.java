package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Who covers one customer segment, as {@link SegmentCoverages} derives it; the row of the report's
 * {@code coverage.csv} ({@code
 * segment,industry,country,partners,partner_won,direct_won,currency,white_space}).
 *
 * <p>Rules: both amounts are in the currency given and not negative; white space has no partners.
 * Immutable and thread-safe.
 *
 * @param segment the customer segment
 * @param partners the partners covering it, by id
 * @param partnerWon the won revenue of deals with a partner, rounded once to the minor unit
 * @param directWon the won revenue of the host's deals with no partner, rounded once
 * @param whiteSpace whether the host sells there directly but no partner covers it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SegmentCoverage(
    CustomerSegment segment,
    ImmutableSet<PartnerId> partners,
    MonetaryAmount partnerWon,
    MonetaryAmount directWon,
    boolean whiteSpace) {

  /** Validates the rules above. */
  public SegmentCoverage {
    checkNotNull(segment, "segment");
    checkNotNull(partners, "partners");
    checkNotNull(partnerWon, "partnerWon");
    checkNotNull(directWon, "directWon");
    checkArgument(
        partnerWon.getCurrency().equals(directWon.getCurrency()),
        "won revenues %s and %s of segment %s must share a currency",
        partnerWon,
        directWon,
        segment);
    checkArgument(
        !partnerWon.isNegative() && !directWon.isNegative(),
        "won revenues of segment %s must not be negative",
        segment);
    checkArgument(
        !whiteSpace || partners.isEmpty(),
        "segment %s has partners, so it is no white space",
        segment);
  }

  /** The currency of both amounts. */
  public CurrencyUnit currency() {
    return partnerWon.getCurrency();
  }
}
