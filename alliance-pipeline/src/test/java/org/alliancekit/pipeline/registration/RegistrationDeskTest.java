package org.alliancekit.pipeline.registration;

import static org.alliancekit.pipeline.registration.Fixtures.A1;
import static org.alliancekit.pipeline.registration.Fixtures.AS_OF;
import static org.alliancekit.pipeline.registration.Fixtures.O1;
import static org.alliancekit.pipeline.registration.Fixtures.approved;
import static org.alliancekit.pipeline.registration.Fixtures.pending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.junit.jupiter.api.Test;

class RegistrationDeskTest {
  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2024, month, dayOfMonth);
  }

  // Rules: valid 60 days from submission (that day included), protected for the first 30.
  private static final RegistrationDesk DESK =
      RegistrationDesk.with(
          RegistrationRules.builder().validityDays(60).protectionDays(30).build());

  // Opportunity o-1, decided as of 15 April 2024:
  //   E umbrella  submitted 10 Jan, approved  valid to 9 Mar (10 Jan + 59 days; 2024 is a leap
  //                                           year)                              -> EXPIRED
  //   A acme      submitted  1 Mar, approved  valid to 29 Apr, protected to 30 Mar
  //                                                                  -> SUPERSEDED by C
  //   F vandelay  submitted  5 Mar, rejected by the programme        -> REJECTED_BY_PROGRAMME
  //   B globex    submitted 10 Mar, approved: within A's protection   -> CONFLICT with A
  //   C initech   submitted  2 Apr, approved: after A's protection ended on 30 Mar
  //               valid to 31 May, protected to 1 May               -> PROTECTION_LAPSED
  //   D hooli     submitted  5 Apr, pending, within C's protection: approval could not win it
  //                                                                  -> CONFLICT with C
  //   G initech   submitted 10 Apr, approved: within its own C's protection -> DUPLICATE
  // Account a-1:
  //   H acme      submitted  1 Apr, approved, expires 31 Dec         -> UNCONTESTED
  private static final RegistrationClaim E = approved(O1, "umbrella", day(1, 10), day(1, 11));
  private static final RegistrationClaim A = approved(O1, "acme", day(3, 1), day(3, 3));
  private static final RegistrationClaim F =
      RegistrationClaim.of(
          O1,
          DealRegistration.builder()
              .registeringParty(PartnerId.of("vandelay"))
              .submitted(day(3, 5))
              .decided(day(3, 6))
              .status(RegistrationStatus.REJECTED)
              .build());
  private static final RegistrationClaim B = approved(O1, "globex", day(3, 10), day(3, 12));
  private static final RegistrationClaim C = approved(O1, "initech", day(4, 2), day(4, 3));
  private static final RegistrationClaim D = pending(O1, "hooli", day(4, 5));
  private static final RegistrationClaim G = approved(O1, "initech", day(4, 10), day(4, 10));
  private static final RegistrationClaim H =
      RegistrationClaim.of(
          A1,
          DealRegistration.builder()
              .registeringParty(PartnerId.of("acme"))
              .submitted(day(4, 1))
              .decided(day(4, 1))
              .expires(day(12, 31))
              .status(RegistrationStatus.APPROVED)
              .build());

  @Test
  void decidesTheHandWorkedScenario() {
    RegistrationDecisions decisions = DESK.decide(List.of(G, D, C, B, F, A, E, H), AS_OF);
    // Accounts come before opportunities; within o-1 the ranking is by submission date.
    assertEquals(
        List.of(H, E, A, F, B, C, D, G),
        decisions.decisions().stream().map(RegistrationDecision::claim).toList());
    assertEquals(
        List.of(
            DecisionReason.UNCONTESTED,
            DecisionReason.EXPIRED,
            DecisionReason.SUPERSEDED,
            DecisionReason.REJECTED_BY_PROGRAMME,
            DecisionReason.CONFLICT,
            DecisionReason.PROTECTION_LAPSED,
            DecisionReason.CONFLICT,
            DecisionReason.DUPLICATE),
        decisions.decisions().stream().map(RegistrationDecision::reason).toList());
    assertEquals(
        List.of(
            "acme holds account a-1: the only valid registration, submitted on 2024-04-01; valid"
                + " until 2024-12-31",
            "umbrella's registration of opportunity o-1 was valid until 2024-03-09 and has expired"
                + " by 2024-04-15",
            "acme's registration of opportunity o-1 lost its protection after 2024-03-30; initech"
                + " registered on 2024-04-02 and took it over",
            "vandelay's registration of opportunity o-1 was rejected by the programme on"
                + " 2024-03-06",
            "globex's registration of opportunity o-1 on 2024-03-10 conflicts with acme's"
                + " registration of 2024-03-01, protected until 2024-03-30",
            "initech holds opportunity o-1: it registered on 2024-04-02, after the protection of"
                + " acme's registration of 2024-03-01 ended on 2024-03-30; valid until 2024-05-31",
            "hooli's registration of opportunity o-1 on 2024-04-05 conflicts with initech's"
                + " registration of 2024-04-02, protected until 2024-05-01",
            "initech registered opportunity o-1 again on 2024-04-10 while its registration of"
                + " 2024-04-02 was protected until 2024-05-01"),
        decisions.decisions().stream().map(RegistrationDecision::message).toList());
    assertEquals(
        List.of(
            Optional.empty(),
            Optional.empty(),
            Optional.of(C),
            Optional.empty(),
            Optional.of(A),
            Optional.of(A),
            Optional.of(C),
            Optional.of(C)),
        decisions.decisions().stream().map(RegistrationDecision::competitor).toList());
    assertEquals(Optional.of(C), decisions.holder(O1));
    assertEquals(Optional.of(H), decisions.holder(A1));
    assertEquals(
        List.of(H, C), decisions.granted().stream().map(RegistrationDecision::claim).toList());
    assertEquals(
        List.of(E), decisions.expired().stream().map(RegistrationDecision::claim).toList());
    assertEquals(
        List.of(A, B, D, G),
        decisions.conflicts().stream().map(RegistrationDecision::claim).toList());
    assertEquals(List.of(), decisions.waiting());
    // Valid until: 1 Mar + 59 days = 29 Apr; 2 Apr + 59 days = 31 May.
    assertEquals(day(4, 29), decisions.decisionsFor(O1).get(1).validUntil());
    assertEquals(day(5, 31), decisions.decisionsFor(O1).get(4).validUntil());
  }

  @Test
  void withoutProtectionWindowTheFirstValidRegistrationKeepsTheTarget() {
    RegistrationDesk desk = RegistrationDesk.with(RegistrationRules.validFor(60));
    RegistrationDecisions decisions = desk.decide(List.of(A, B, C), AS_OF);
    // A is valid 1 Mar to 29 Apr and protected all that time: B and C both conflict with it.
    assertEquals(
        List.of(DecisionReason.FIRST_TO_REGISTER, DecisionReason.CONFLICT, DecisionReason.CONFLICT),
        decisions.decisions().stream().map(RegistrationDecision::reason).toList());
    assertEquals(
        "acme holds opportunity o-1: first to register, submitted on 2024-03-01; valid until"
            + " 2024-04-29",
        decisions.decisions().get(0).message());
  }

  @Test
  void expiryAfterThirtyDaysCountsTheSubmissionDay() {
    RegistrationDesk desk = RegistrationDesk.with(RegistrationRules.validFor(30));
    RegistrationClaim claim = approved(O1, "acme", day(3, 1), day(3, 1));
    // 1 March + 29 days = 30 March: valid on the 30th, expired on the 31st.
    assertEquals(
        DecisionReason.UNCONTESTED,
        desk.decide(List.of(claim), day(3, 30)).decisions().get(0).reason());
    assertEquals(
        DecisionReason.EXPIRED,
        desk.decide(List.of(claim), day(3, 31)).decisions().get(0).reason());
  }

  @Test
  void sameDayClaimsAreRankedApprovedFirstThenByDecisionThenByParty() {
    RegistrationDesk open =
        RegistrationDesk.with(RegistrationRules.builder().approvalRequired(false).build());
    RegistrationClaim pendingAlpha = pending(O1, "alpha", day(3, 1));
    RegistrationClaim approvedZeta = approved(O1, "zeta", day(3, 1), day(3, 4));
    RegistrationClaim approvedBeta = approved(O1, "beta", day(3, 1), day(3, 4));
    RegistrationClaim approvedYpsilon = approved(O1, "ypsilon", day(3, 1), day(3, 2));
    RegistrationDecisions decisions =
        open.decide(List.of(pendingAlpha, approvedZeta, approvedBeta, approvedYpsilon), AS_OF);
    // Approved before pending; among approved the earlier decision (2 Mar) first, then beta
    // before zeta alphabetically.
    assertEquals(
        List.of(approvedYpsilon, approvedBeta, approvedZeta, pendingAlpha),
        decisions.decisions().stream().map(RegistrationDecision::claim).toList());
    assertEquals(Optional.of(approvedYpsilon), decisions.holder(O1));
  }

  @Test
  void pendingRegistrationCanHoldWhenApprovalIsNotRequired() {
    RegistrationDesk open =
        RegistrationDesk.with(RegistrationRules.builder().approvalRequired(false).build());
    assertEquals(Optional.of(D), open.decide(List.of(D), AS_OF).holder(O1));
    assertEquals(Optional.empty(), DESK.decide(List.of(D), AS_OF).holder(O1));
    assertEquals(
        "hooli's registration of opportunity o-1, submitted on 2024-04-05, awaits approval; no"
            + " other registration holds it",
        DESK.decide(List.of(D), AS_OF).decisions().get(0).message());
  }

  @Test
  void registrationMarkedExpiredIsReportedAsExpired() {
    RegistrationClaim marked =
        RegistrationClaim.of(
            O1,
            DealRegistration.builder()
                .registeringParty(PartnerId.of("acme"))
                .submitted(day(4, 1))
                .status(RegistrationStatus.EXPIRED)
                .build());
    RegistrationDecision decision = DESK.decide(List.of(marked), AS_OF).decisions().get(0);
    assertEquals(DecisionReason.EXPIRED, decision.reason());
    assertEquals(
        "acme's registration of opportunity o-1 is marked EXPIRED by the programme",
        decision.message());
  }

  @Test
  void rejectsRegistrationExpiringBeforeItStarts() {
    // The model already refuses such a registration, so no claim can carry it.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RegistrationClaim.of(
                    O1,
                    DealRegistration.builder()
                        .registeringParty(PartnerId.of("acme"))
                        .submitted(day(3, 1))
                        .expires(day(2, 29))
                        .status(RegistrationStatus.PENDING)
                        .build()));
    assertEquals(
        "deal registration by acme expires on 2024-02-29, before it was submitted on 2024-03-01",
        e.getMessage());
  }

  @Test
  void rejectsClaimSubmittedAfterTheDecisionDay() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DESK.decide(List.of(pending(O1, "acme", day(4, 16))), AS_OF));
    assertEquals(
        "registration by acme of opportunity o-1 was submitted on 2024-04-16, after the as-of"
            + " date 2024-04-15",
        e.getMessage());
  }

  @Test
  void rejectsClaimDecidedAfterTheDecisionDay() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DESK.decide(List.of(approved(O1, "acme", day(4, 1), day(4, 20))), AS_OF));
    assertEquals(
        "registration by acme of opportunity o-1 was decided on 2024-04-20, after the as-of date"
            + " 2024-04-15",
        e.getMessage());
  }

  @Test
  void noClaimsGiveNoDecisions() {
    assertEquals(List.of(), DESK.decide(List.of(), AS_OF).decisions());
  }

  @Test
  void identicalClaimsAreBothReported() {
    RegistrationDecisions decisions = DESK.decide(List.of(A, A), AS_OF);
    assertEquals(
        List.of(DecisionReason.FIRST_TO_REGISTER, DecisionReason.DUPLICATE),
        decisions.decisions().stream().map(RegistrationDecision::reason).toList());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RegistrationDesk.class);
    tester.testAllPublicInstanceMethods(DESK);
  }

  // ---- laws ----

  /** Decisions do not depend on the order of the claims. */
  @Property(tries = 300)
  void decisionsDoNotDependOnInputOrder(
      @ForAll("claimLists") List<RegistrationClaim> claims,
      @ForAll("rules") RegistrationRules rules,
      @ForAll long seed) {
    List<RegistrationClaim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(seed));
    RegistrationDesk desk = RegistrationDesk.with(rules);
    assertEquals(desk.decide(claims, AS_OF), desk.decide(shuffled, AS_OF));
  }

  /**
   * Nothing is dropped: every claim gets exactly one decision, and a target has a holder exactly
   * when it has a claim that is valid on the day (and approved, if approval is required).
   */
  @Property(tries = 300)
  void everyClaimIsDecidedOnceAndValidTargetsHaveAHolder(
      @ForAll("claimLists") List<RegistrationClaim> claims,
      @ForAll("rules") RegistrationRules rules) {
    RegistrationDesk desk = RegistrationDesk.with(rules);
    RegistrationDecisions decisions = desk.decide(claims, AS_OF);
    Map<RegistrationClaim, Integer> expected = new HashMap<>();
    claims.forEach(claim -> expected.merge(claim, 1, Integer::sum));
    Map<RegistrationClaim, Integer> actual = new HashMap<>();
    decisions.decisions().forEach(d -> actual.merge(d.claim(), 1, Integer::sum));
    assertEquals(expected, actual);
    for (RegistrationClaim claim : claims) {
      boolean eligibleExists =
          claims.stream()
              .filter(other -> other.target().equals(claim.target()))
              .anyMatch(other -> eligible(other, rules));
      assertEquals(eligibleExists, decisions.holder(claim.target()).isPresent(), claim.toString());
    }
  }

  private static boolean eligible(RegistrationClaim claim, RegistrationRules rules) {
    DealRegistration registration = claim.registration();
    LocalDate validUntil =
        registration.expires().orElse(claim.submitted().plusDays(rules.validityDays() - 1L));
    return registration.status() == RegistrationStatus.APPROVED && !validUntil.isBefore(AS_OF)
        || registration.status() == RegistrationStatus.PENDING
            && !rules.approvalRequired()
            && !validUntil.isBefore(AS_OF);
  }

  @Provide
  Arbitrary<List<RegistrationClaim>> claimLists() {
    return Fixtures.claims().list().ofMaxSize(10);
  }

  @Provide
  Arbitrary<RegistrationRules> rules() {
    return Fixtures.rules();
  }
}
