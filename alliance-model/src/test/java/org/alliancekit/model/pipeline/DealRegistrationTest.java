package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.ACME;
import static org.alliancekit.model.pipeline.Fixtures.ISV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealRegistrationTest {
  private static final LocalDate SUBMITTED = LocalDate.of(2024, 3, 1);
  private static final LocalDate DECIDED = LocalDate.of(2024, 3, 5);
  private static final LocalDate EXPIRES = LocalDate.of(2024, 9, 5);

  private static DealRegistration.Builder approved() {
    return DealRegistration.builder()
        .registeringParty(ACME)
        .submitted(SUBMITTED)
        .decided(DECIDED)
        .expires(EXPIRES)
        .status(RegistrationStatus.APPROVED);
  }

  @Test
  void pendingHasNoDecisionAndNoExpiry() {
    DealRegistration pending = DealRegistration.pending(ACME, SUBMITTED);
    assertEquals(ACME, pending.registeringParty());
    assertEquals(SUBMITTED, pending.submitted());
    assertEquals(RegistrationStatus.PENDING, pending.status());
    assertEquals(Optional.empty(), pending.decided());
    assertEquals(Optional.empty(), pending.expires());
  }

  @Test
  void decisionAndExpiryMayFallOnTheSubmissionDay() {
    DealRegistration sameDay = approved().decided(SUBMITTED).expires(SUBMITTED).build();
    assertTrue(sameDay.isActiveOn(SUBMITTED));
  }

  @Test
  void rejectsDecisionBeforeSubmission() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> approved().decided(SUBMITTED.minusDays(1)).build());
    assertEquals(
        "deal registration by acme was decided on 2024-02-29, before it was submitted on"
            + " 2024-03-01",
        e.getMessage());
  }

  @Test
  void rejectsExpiryBeforeSubmission() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> approved().expires(SUBMITTED.minusDays(2)).build());
    assertEquals(
        "deal registration by acme expires on 2024-02-28, before it was submitted on 2024-03-01",
        e.getMessage());
  }

  @Test
  void rejectsApprovalWithoutDecisionDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> approved().build().withDecided(Optional.empty()));
    assertEquals(
        "deal registration by acme is APPROVED, so it needs a decision date", e.getMessage());
  }

  @Test
  void rejectsRejectionWithoutDecisionDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DealRegistration.pending(ACME, SUBMITTED).withStatus(RegistrationStatus.REJECTED));
    assertEquals(
        "deal registration by acme is REJECTED, so it needs a decision date", e.getMessage());
  }

  @Test
  void rejectsPendingWithDecisionDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> approved().status(RegistrationStatus.PENDING).build());
    assertEquals(
        "deal registration by acme is PENDING, so it must not have a decision date (2024-03-05)",
        e.getMessage());
  }

  @Test
  void expiredNeedsNoDecisionDate() {
    DealRegistration expired =
        DealRegistration.pending(ACME, SUBMITTED).withStatus(RegistrationStatus.EXPIRED);
    assertEquals(RegistrationStatus.EXPIRED, expired.status());
  }

  @Test
  void approvedIsActiveFromDecisionThroughExpiry() {
    DealRegistration registration = approved().build();
    assertFalse(registration.isActiveOn(SUBMITTED));
    assertFalse(registration.isActiveOn(DECIDED.minusDays(1)));
    assertTrue(registration.isActiveOn(DECIDED));
    assertTrue(registration.isActiveOn(EXPIRES));
    assertFalse(registration.isActiveOn(EXPIRES.plusDays(1)));
  }

  @Test
  void approvedWithoutExpiryStaysActive() {
    DealRegistration registration = approved().build().withExpires(Optional.empty());
    assertTrue(registration.isActiveOn(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void onlyApprovedRegistrationsAreActive() {
    for (RegistrationStatus status :
        new RegistrationStatus[] {RegistrationStatus.REJECTED, RegistrationStatus.EXPIRED}) {
      assertFalse(approved().status(status).build().isActiveOn(DECIDED), status.name());
    }
    assertFalse(DealRegistration.pending(ACME, SUBMITTED).isActiveOn(DECIDED));
  }

  @Test
  void equalityIsByEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(approved().build(), approved().build())
        .addEqualityGroup(approved().registeringParty(ISV).build())
        .addEqualityGroup(approved().submitted(SUBMITTED.minusDays(1)).build())
        .addEqualityGroup(approved().decided(DECIDED.plusDays(1)).build())
        .addEqualityGroup(approved().expires(EXPIRES.plusDays(1)).build())
        .addEqualityGroup(approved().status(RegistrationStatus.REJECTED).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(DealRegistration.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(approved().build());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(DealRegistration.builder());
  }
}
