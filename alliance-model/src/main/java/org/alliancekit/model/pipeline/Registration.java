package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A deal registration kept as a record of its own, as partner programmes and CRMs keep them: its
 * id, the opportunity it claims, and the registration itself. Several partners may register the
 * same opportunity, so a portfolio lists registrations beside its opportunities rather than inside
 * them.
 *
 * <pre>{@code
 * Registration claim = Registration.of(
 *     RegistrationId.of("reg-1"),
 *     OpportunityId.of("opp-7"),
 *     DealRegistration.pending(PartnerId.of("acme"), LocalDate.of(2026, 3, 1)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Registration implements WithRegistration {
  Registration() {}

  /** The registration's id, unique in a portfolio. */
  @Value.Parameter
  public abstract RegistrationId id();

  /** The opportunity the registration claims. */
  @Value.Parameter
  public abstract OpportunityId opportunity();

  /** The registration: who registered, when, until when, and where it stands. */
  @Value.Parameter
  public abstract DealRegistration registration();

  /** Returns the registration with the given id of the given opportunity. */
  public static Registration of(
      RegistrationId id, OpportunityId opportunity, DealRegistration registration) {
    return ImmutableRegistration.of(id, opportunity, registration);
  }
}
