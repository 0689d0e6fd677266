package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.ReferralSubStatus.ACCEPTED;
import static org.alliancekit.model.pipeline.ReferralSubStatus.DECLINED;
import static org.alliancekit.model.pipeline.ReferralSubStatus.EXPIRED;
import static org.alliancekit.model.pipeline.ReferralSubStatus.LOST;
import static org.alliancekit.model.pipeline.ReferralSubStatus.PENDING;
import static org.alliancekit.model.pipeline.ReferralSubStatus.RECEIVED;
import static org.alliancekit.model.pipeline.ReferralSubStatus.WON;
import static org.alliancekit.model.pipeline.ReviewStatus.ACTION_REQUIRED;
import static org.alliancekit.model.pipeline.ReviewStatus.APPROVED;
import static org.alliancekit.model.pipeline.ReviewStatus.IN_REVIEW;
import static org.alliancekit.model.pipeline.ReviewStatus.PENDING_SUBMISSION;
import static org.alliancekit.model.pipeline.ReviewStatus.REJECTED;
import static org.alliancekit.model.pipeline.ReviewStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StatusTransitionsTest {
  /** The review moves allowed, written out independently of the table under test. */
  private static final Set<List<ReviewStatus>> REVIEW_MOVES =
      Set.of(
          List.of(PENDING_SUBMISSION, SUBMITTED),
          List.of(SUBMITTED, IN_REVIEW),
          List.of(IN_REVIEW, APPROVED),
          List.of(IN_REVIEW, REJECTED),
          List.of(IN_REVIEW, ACTION_REQUIRED),
          List.of(ACTION_REQUIRED, SUBMITTED));

  /** The referral moves allowed, written out independently of the table under test. */
  private static final Set<List<ReferralSubStatus>> REFERRAL_MOVES =
      Set.of(
          List.of(PENDING, RECEIVED),
          List.of(PENDING, ACCEPTED),
          List.of(PENDING, DECLINED),
          List.of(PENDING, EXPIRED),
          List.of(RECEIVED, ACCEPTED),
          List.of(RECEIVED, DECLINED),
          List.of(RECEIVED, EXPIRED),
          List.of(ACCEPTED, WON),
          List.of(ACCEPTED, LOST));

  @Test
  void reviewGoesFromDraftToApprovalAndBackForChanges() {
    assertEquals(SUBMITTED, PENDING_SUBMISSION.moveTo(SUBMITTED));
    assertTrue(IN_REVIEW.canMoveTo(ACTION_REQUIRED));
    assertTrue(ACTION_REQUIRED.canMoveTo(SUBMITTED));
    assertEquals(
        ImmutableSet.of(APPROVED, REJECTED, ACTION_REQUIRED),
        ReviewStatus.transitions().allowedFrom(IN_REVIEW));
    assertTrue(APPROVED.isFinal());
    assertTrue(REJECTED.isFinal());
    assertFalse(SUBMITTED.isFinal());
  }

  @Test
  void rejectsMoveOutOfFinalReviewStatus() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> APPROVED.moveTo(SUBMITTED));
    assertEquals(
        "Review status does not allow a move from APPROVED to SUBMITTED: APPROVED is final",
        e.getMessage());
  }

  @Test
  void rejectsSkippingTheReview() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SUBMITTED.moveTo(APPROVED));
    assertEquals(
        "Review status does not allow a move from SUBMITTED to APPROVED: from SUBMITTED it allows"
            + " only IN_REVIEW",
        e.getMessage());
  }

  @Test
  void referralSubStatusesBelongToOneStatus() {
    assertEquals(ImmutableList.of(PENDING, RECEIVED), ReferralStatus.NEW.subStatuses());
    assertEquals(ImmutableList.of(ACCEPTED), ReferralStatus.ACTIVE.subStatuses());
    assertEquals(
        ImmutableList.of(WON, LOST, DECLINED, EXPIRED), ReferralStatus.CLOSED.subStatuses());
    assertEquals("ACTIVE/ACCEPTED", ACCEPTED.describe());
  }

  @Test
  void referralIsWonOnlyAfterAcceptance() {
    assertEquals(WON, RECEIVED.moveTo(ACCEPTED).moveTo(WON));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RECEIVED.moveTo(WON));
    assertEquals(
        "Referral does not allow a move from NEW/RECEIVED to CLOSED/WON: from NEW/RECEIVED it"
            + " allows only ACTIVE/ACCEPTED, CLOSED/DECLINED, CLOSED/EXPIRED",
        e.getMessage());
    assertEquals(
        "Referral does not allow a move from CLOSED/EXPIRED to ACTIVE/ACCEPTED: CLOSED/EXPIRED is"
            + " final",
        assertThrows(IllegalArgumentException.class, () -> EXPIRED.moveTo(ACCEPTED)).getMessage());
    assertTrue(WON.isFinal());
    assertTrue(PENDING.canMoveTo(RECEIVED));
  }

  @Test
  void builderRejectsMoveToItselfAndMissingTargets() {
    StatusTransitions.Builder<ReviewStatus> builder =
        StatusTransitions.builder("Test", ReviewStatus.class);
    assertEquals(
        "Test: SUBMITTED cannot move to itself; a move changes the state",
        assertThrows(IllegalArgumentException.class, () -> builder.allow(SUBMITTED, SUBMITTED))
            .getMessage());
    assertEquals(
        "Test: a move from SUBMITTED needs at least one target",
        assertThrows(IllegalArgumentException.class, () -> builder.allow(SUBMITTED)).getMessage());
    assertEquals(
        "transition table name ' ' must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> StatusTransitions.builder(" ", ReviewStatus.class))
            .getMessage());
  }

  @Test
  void equalityIsByNameTypeAndMoves() {
    new EqualsTester()
        .addEqualityGroup(
            ReviewStatus.transitions(),
            StatusTransitions.builder("Review status", ReviewStatus.class)
                .allow(IN_REVIEW, ACTION_REQUIRED, REJECTED, APPROVED)
                .allow(ACTION_REQUIRED, SUBMITTED)
                .allow(SUBMITTED, IN_REVIEW)
                .allow(PENDING_SUBMISSION, SUBMITTED)
                .build())
        .addEqualityGroup(
            StatusTransitions.builder("Review status", ReviewStatus.class)
                .allow(SUBMITTED, IN_REVIEW)
                .build())
        .addEqualityGroup(ReferralSubStatus.transitions())
        .addEqualityGroup(
            StatusTransitions.builder("Other review status", ReviewStatus.class)
                .allow(SUBMITTED, IN_REVIEW)
                .build())
        .addEqualityGroup(StatusTransitions.builder("No moves", ReviewStatus.class).build())
        .addEqualityGroup(StatusTransitions.builder("No moves", ReferralSubStatus.class).build())
        .testEquals();
    assertEquals("Review status", ReviewStatus.transitions().name());
    assertEquals(ReviewStatus.class, ReviewStatus.transitions().type());
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Enum.class, SUBMITTED)
            .setDefault(Class.class, ReviewStatus.class)
            .setDefault(String.class, "Test");
    tester.testAllPublicStaticMethods(StatusTransitions.class);
    tester.testAllPublicInstanceMethods(ReviewStatus.transitions());
    tester.testAllPublicInstanceMethods(StatusTransitions.builder("Test", ReviewStatus.class));
    tester.testAllPublicInstanceMethods(SUBMITTED);
    tester.setDefault(Enum.class, RECEIVED);
    tester.testAllPublicInstanceMethods(ReferralSubStatus.transitions());
    tester.testAllPublicInstanceMethods(RECEIVED);
  }

  @Property
  void reviewAllowsExactlyTheListedMovesAndRejectsAllOthers(
      @ForAll ReviewStatus from, @ForAll ReviewStatus to) {
    boolean allowed = REVIEW_MOVES.contains(List.of(from, to));
    assertEquals(allowed, from.canMoveTo(to));
    if (allowed) {
      assertEquals(to, from.moveTo(to));
    } else {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> from.moveTo(to));
      assertTrue(
          e.getMessage()
              .startsWith("Review status does not allow a move from " + from + " to " + to + ": "),
          e.getMessage());
    }
  }

  @Property
  void referralAllowsExactlyTheListedMovesAndRejectsAllOthers(
      @ForAll ReferralSubStatus from, @ForAll ReferralSubStatus to) {
    boolean allowed = REFERRAL_MOVES.contains(List.of(from, to));
    assertEquals(allowed, from.canMoveTo(to));
    if (!allowed) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> from.moveTo(to));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Referral does not allow a move from "
                      + from.describe()
                      + " to "
                      + to.describe()
                      + ": "),
          e.getMessage());
    }
    // A closed referral never reopens.
    if (from.status() == ReferralStatus.CLOSED) {
      assertFalse(from.canMoveTo(to));
    }
  }
}
