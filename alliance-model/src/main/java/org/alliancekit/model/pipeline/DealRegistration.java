package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A partner's registration of a deal with a vendor's partner programme: the claim that the partner
 * found or is working the opportunity, which, once approved, typically protects it from other
 * partners and earns it better margins or rewards.
 *
 * <p>Rules: the decision date and the expiry date are not before the submission date; an {@link
 * RegistrationStatus#APPROVED APPROVED} or {@link RegistrationStatus#REJECTED REJECTED}
 * registration has a decision date, a {@link RegistrationStatus#PENDING PENDING} one has none.
 *
 * <pre>{@code
 * DealRegistration registration = DealRegistration.builder()
 *     .registeringParty(PartnerId.of("acme"))
 *     .submitted(LocalDate.of(2024, 3, 1))
 *     .decided(LocalDate.of(2024, 3, 5))
 *     .expires(LocalDate.of(2024, 9, 5))
 *     .status(RegistrationStatus.APPROVED)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class DealRegistration implements WithDealRegistration {
  DealRegistration() {}

  /** The party that registered the deal. */
  public abstract PartnerId registeringParty();

  /** The day the registration was submitted. */
  public abstract LocalDate submitted();

  /** The day it was approved or rejected, once decided. */
  public abstract Optional<LocalDate> decided();

  /** The last day the registration is valid, if it expires. */
  public abstract Optional<LocalDate> expires();

  /** Where the registration stands. */
  public abstract RegistrationStatus status();

  /**
   * Whether the registration protects the deal on the given day: it is {@link
   * RegistrationStatus#APPROVED APPROVED}, the day is not before the decision and not after the
   * expiry date.
   */
  public boolean isActiveOn(LocalDate date) {
    checkNotNull(date, "date");
    return status() == RegistrationStatus.APPROVED
        && decided().map(day -> !date.isBefore(day)).orElse(false)
        && expires().map(last -> !date.isAfter(last)).orElse(true);
  }

  /** Returns a pending registration submitted on the given day, with no expiry date. */
  public static DealRegistration pending(PartnerId registeringParty, LocalDate submitted) {
    return builder()
        .registeringParty(registeringParty)
        .submitted(submitted)
        .status(RegistrationStatus.PENDING)
        .build();
  }

  /** Returns a new builder; the registering party, submission date and status are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DealRegistration}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableDealRegistration.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    decided()
        .ifPresent(
            day ->
                checkArgument(
                    !day.isBefore(submitted()),
                    "deal registration by %s was decided on %s, before it was submitted on %s",
                    registeringParty(),
                    day,
                    submitted()));
    expires()
        .ifPresent(
            last ->
                checkArgument(
                    !last.isBefore(submitted()),
                    "deal registration by %s expires on %s, before it was submitted on %s",
                    registeringParty(),
                    last,
                    submitted()));
    switch (status()) {
      case APPROVED:
      case REJECTED:
        checkArgument(
            decided().isPresent(),
            "deal registration by %s is %s, so it needs a decision date",
            registeringParty(),
            status());
        break;
      case PENDING:
        checkArgument(
            decided().isEmpty(),
            "deal registration by %s is PENDING, so it must not have a decision date (%s)",
            registeringParty(),
            decided().orElse(null));
        break;
      default:
        break;
    }
  }
}
