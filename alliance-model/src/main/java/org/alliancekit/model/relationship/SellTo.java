package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * The transactional motion: one party sells, the other buys. In a {@link Relationship} the seller
 * and the buyer are its host and its partner, in either order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param seller the selling party
 * @param buyer the buying party, not the seller
 */
@API(status = STABLE, since = "0.1")
public record SellTo(PartnerId seller, PartnerId buyer) implements SalesMotion {

  /** Validates that seller and buyer differ. */
  public SellTo {
    checkNotNull(seller, "sell-to seller must not be null");
    checkNotNull(buyer, "sell-to buyer must not be null");
    checkArgument(
        !seller.equals(buyer),
        "sell-to seller and buyer must be different parties, both are %s",
        seller);
  }

  /**
   * Returns a sell-to motion.
   *
   * @throws IllegalArgumentException if seller and buyer are the same party
   */
  public static SellTo of(PartnerId seller, PartnerId buyer) {
    return new SellTo(seller, buyer);
  }
}
