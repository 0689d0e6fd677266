package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * The channel motion: the channel takes the supplier's products or services to its own customers
 * and, usually, charges an {@link AccessFee} for the access. In a {@link Relationship} the supplier
 * and the channel are its host and its partner, in either order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param supplier the party whose offer is sold
 * @param channel the party that sells it on, not the supplier
 * @param accessFee what the channel charges for the access, if anything is recorded
 */
@API(status = STABLE, since = "0.1")
public record SellThrough(PartnerId supplier, PartnerId channel, Optional<AccessFee> accessFee)
    implements SalesMotion {

  /** Validates that supplier and channel differ. */
  public SellThrough {
    checkNotNull(supplier, "sell-through supplier must not be null");
    checkNotNull(channel, "sell-through channel must not be null");
    checkNotNull(accessFee, "sell-through access fee must not be null");
    checkArgument(
        !supplier.equals(channel),
        "sell-through supplier and channel must be different parties, both are %s",
        supplier);
  }

  /**
   * Returns a sell-through motion with no recorded access fee.
   *
   * @throws IllegalArgumentException if supplier and channel are the same party
   */
  public static SellThrough of(PartnerId supplier, PartnerId channel) {
    return new SellThrough(supplier, channel, Optional.empty());
  }

  /**
   * Returns a sell-through motion in which the channel charges the given fee.
   *
   * @throws IllegalArgumentException if supplier and channel are the same party
   */
  public static SellThrough of(PartnerId supplier, PartnerId channel, AccessFee accessFee) {
    return new SellThrough(supplier, channel, Optional.of(checkNotNull(accessFee, "accessFee")));
  }
}
