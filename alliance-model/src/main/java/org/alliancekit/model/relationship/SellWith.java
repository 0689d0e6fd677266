package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * The alliance sale: host and partner both work the deal actively, each in a role both sides agree
 * on, and collaborate to win it. Whether they also pool key prospect data is recorded, since a
 * sell-with relationship that does not is missing one of its marks.
 *
 * <p>Both sides take part by definition, so a sell-with motion names roles rather than parties.
 * Immutable and thread-safe.
 *
 * @param hostRole what the host does in a joint deal, such as "platform" or "licence sale"
 * @param partnerRole what the partner does in a joint deal, such as "implementation"
 * @param sharesProspectData whether the two sides share key data about their prospects
 */
@API(status = STABLE, since = "0.1")
public record SellWith(String hostRole, String partnerRole, boolean sharesProspectData)
    implements SalesMotion {

  /** Validates the roles. */
  public SellWith {
    checkNotNull(hostRole, "sell-with host role must not be null");
    checkNotNull(partnerRole, "sell-with partner role must not be null");
    Checks.name("sell-with host role", hostRole);
    Checks.name("sell-with partner role", partnerRole);
  }

  /**
   * Returns a sell-with motion.
   *
   * @throws IllegalArgumentException if a role is blank, holds control characters or is too long
   */
  public static SellWith of(String hostRole, String partnerRole, boolean sharesProspectData) {
    return new SellWith(hostRole, partnerRole, sharesProspectData);
  }
}
