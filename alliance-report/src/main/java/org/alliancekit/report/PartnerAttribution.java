package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * One partner's credit for won business in a portfolio report, in the report currency.
 *
 * <p>Sourced revenue is the amount of the won deals the partner brought in (exclusive: one source
 * per deal); influenced revenue is the amount of the won deals it took part in without sourcing
 * them (not exclusive: several partners may influence one deal, so these add up to more than the
 * portfolio); attributed revenue is the partner's part of each won deal split among its partners by
 * the weights of their roles, so attributed revenues add up to the won partner business exactly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partner the partner's id
 * @param name the partner's name
 * @param sourcedWon the number of won deals it sourced
 * @param sourcedRevenue the amount of those deals
 * @param influencedWon the number of won deals it influenced
 * @param influencedRevenue the amount of those deals
 * @param attributedRevenue its role-weighted part of the won deals it took part in
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PartnerAttribution(
    PartnerId partner,
    String name,
    long sourcedWon,
    MonetaryAmount sourcedRevenue,
    long influencedWon,
    MonetaryAmount influencedRevenue,
    MonetaryAmount attributedRevenue) {

  /** Checks that the values are present. */
  public PartnerAttribution {
    checkNotNull(partner, "partner");
    checkNotNull(name, "name");
    checkNotNull(sourcedRevenue, "sourcedRevenue");
    checkNotNull(influencedRevenue, "influencedRevenue");
    checkNotNull(attributedRevenue, "attributedRevenue");
  }
}
