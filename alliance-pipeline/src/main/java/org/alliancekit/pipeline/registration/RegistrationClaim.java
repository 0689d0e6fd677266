package org.alliancekit.pipeline.registration;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Opportunity;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One party's registration of a target: the {@link DealRegistration} as the model records it
 * (party, submission, decision and expiry dates, status) and what it registers.
 *
 * <p>The registration's own rules are checked by the model: a registration that expires or is
 * decided before it was submitted cannot be built.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RegistrationClaim implements WithRegistrationClaim {
  RegistrationClaim() {}

  /** What is registered. */
  @Value.Parameter
  public abstract RegistrationTarget target();

  /** The registration. */
  @Value.Parameter
  public abstract DealRegistration registration();

  /** The registering party. */
  public PartnerId party() {
    return registration().registeringParty();
  }

  /** The day the registration was submitted. */
  public LocalDate submitted() {
    return registration().submitted();
  }

  /** Returns the claim of {@code registration} on {@code target}. */
  public static RegistrationClaim of(RegistrationTarget target, DealRegistration registration) {
    return ImmutableRegistrationClaim.of(target, registration);
  }

  /** Returns the claim on the opportunity itself, if it carries a registration. */
  public static Optional<RegistrationClaim> onOpportunity(Opportunity opportunity) {
    RegistrationTarget target = RegistrationTarget.opportunity(opportunity.id());
    return opportunity.registration().map(registration -> of(target, registration));
  }

  /** Returns the claim on the opportunity's account, if the opportunity carries a registration. */
  public static Optional<RegistrationClaim> onAccountOf(Opportunity opportunity) {
    RegistrationTarget target = RegistrationTarget.account(opportunity.account().id());
    return opportunity.registration().map(registration -> of(target, registration));
  }

  /** Returns a new builder; target and registration are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegistrationClaim}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRegistrationClaim.Builder {
    Builder() {}
  }
}
