package org.alliancekit.attribution;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.attribution.internal.Arguments;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * One party's part in a deal: who it is and the role it plays, named by a role key such as {@code
 * "ORIGINATOR"} or {@code "CO_SELLER"} (the name of the pipeline model's involvement role).
 *
 * <p>A role key is non-blank text without control characters or surrounding whitespace, at most 256
 * characters. Immutable and thread-safe.
 *
 * @param party the party
 * @param role the key of its role
 */
@API(status = STABLE, since = "0.1")
public record Participant(PartnerId party, String role) {

  /** Validates the role key. */
  public Participant {
    checkNotNull(party, "party must not be null");
    Arguments.key("role", role);
  }

  /**
   * Returns the participation of {@code party} in the given role.
   *
   * @throws IllegalArgumentException if the role key is blank, padded or has control characters
   */
  public static Participant of(PartnerId party, String role) {
    return new Participant(party, role);
  }
}
