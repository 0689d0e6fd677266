package org.alliancekit.model.venture;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * One parent's stake in a {@link JointVenture}: the owning party and its share, as a fraction of
 * the whole (0.5 for half).
 *
 * <p>Equality follows {@link BigDecimal#equals}, so shares {@code 0.5} and {@code 0.50} are
 * different values, although they count the same towards the whole. Immutable and thread-safe.
 *
 * @param owner the owning party
 * @param share the owner's share: greater than 0 and at most 1
 */
@API(status = STABLE, since = "0.1")
public record Ownership(PartnerId owner, BigDecimal share) {

  /** Validates the share. */
  public Ownership {
    checkNotNull(owner, "owner must not be null");
    checkNotNull(share, "share must not be null");
    Checks.decimal("share of owner " + owner, share);
    checkArgument(
        share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0,
        "share %s of owner %s must be greater than 0 and at most 1",
        share.toPlainString(),
        owner);
  }

  /**
   * Returns the stake of {@code owner} with the given share.
   *
   * @throws IllegalArgumentException if {@code share} is not greater than 0 and at most 1
   */
  public static Ownership of(PartnerId owner, BigDecimal share) {
    return new Ownership(owner, share);
  }
}
