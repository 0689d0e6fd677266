package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A party's part in an {@link Opportunity}: who, in which {@link InvolvementRole}, and optionally
 * since when. A party playing two roles has two involvements.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Involvement implements WithInvolvement {
  Involvement() {}

  /** The party involved. */
  @Value.Parameter
  public abstract PartnerId party();

  /** The part it plays. */
  @Value.Parameter
  public abstract InvolvementRole role();

  /** The date the party took up this role, if known. */
  public abstract Optional<LocalDate> since();

  /** Returns an involvement with no start date. */
  public static Involvement of(PartnerId party, InvolvementRole role) {
    return ImmutableInvolvement.of(party, role);
  }

  /** Returns an involvement that started on the given date. */
  public static Involvement of(PartnerId party, InvolvementRole role, LocalDate since) {
    return ImmutableInvolvement.of(party, role).withSince(since);
  }
}
