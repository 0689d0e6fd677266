package org.alliancekit.pipeline.registration;

import static org.alliancekit.pipeline.registration.Fixtures.AS_OF;
import static org.alliancekit.pipeline.registration.Fixtures.O1;
import static org.alliancekit.pipeline.registration.Fixtures.approved;
import static org.alliancekit.pipeline.registration.Fixtures.pending;
import static org.alliancekit.pipeline.registration.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** {@link RegistrationDesk#decideAll}: the registration records of a portfolio. */
class DecideAllTest {
  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2024, month, dayOfMonth);
  }

  // Rules: valid 60 days from submission (that day included), protected for the first 30.
  private static final RegistrationDesk DESK =
      RegistrationDesk.with(
          RegistrationRules.builder().validityDays(60).protectionDays(30).build());

  // As of 15 April 2024 (a leap year):
  // o-1
  //   r-1 acme     submitted  1 Mar, approved 3 Mar: valid to 29 Apr (1 Mar + 59 days),
  //                protected to 30 Mar (1 Mar + 29 days)           -> APPROVED, first to register
  //   r-2 globex   submitted 10 Mar, approved: within r-1's protection  -> REJECTED, lost to r-1
  //   r-3 vandelay submitted  5 Mar, rejected by the programme 6 Mar     -> REJECTED
  //   r-4 hooli    submitted  5 Apr, pending                             -> PENDING
  // o-2
  //   r-5 umbrella submitted 10 Jan, approved, no expiry: valid to 9 Mar
  //                (10 Jan + 59 days = 31 Jan + 38 = 29 Feb + 9)         -> EXPIRED
  //   r-6 initech  submitted  1 Apr, approved, expires 14 Apr < 15 Apr   -> EXPIRED
  private static final Registration R1 =
      record("r-1", "o-1", approved(O1, "acme", day(3, 1), day(3, 3)));
  private static final Registration R2 =
      record("r-2", "o-1", approved(O1, "globex", day(3, 10), day(3, 12)));
  private static final Registration R3 =
      Registration.of(
          RegistrationId.of("r-3"),
          OpportunityId.of("o-1"),
          DealRegistration.builder()
              .registeringParty(PartnerId.of("vandelay"))
              .submitted(day(3, 5))
              .decided(day(3, 6))
              .status(RegistrationStatus.REJECTED)
              .build());
  private static final Registration R4 = record("r-4", "o-1", pending(O1, "hooli", day(4, 5)));
  private static final Registration R5 =
      record("r-5", "o-2", approved(O1, "umbrella", day(1, 10), day(1, 11)));
  private static final Registration R6 =
      Registration.of(
          RegistrationId.of("r-6"),
          OpportunityId.of("o-2"),
          DealRegistration.builder()
              .registeringParty(PartnerId.of("initech"))
              .submitted(day(4, 1))
              .decided(day(4, 2))
              .expires(day(4, 14))
              .status(RegistrationStatus.APPROVED)
              .build());

  @Test
  void decidesTheHandWorkedPortfolioInRegistrationIdOrder() {
    List<RegistrationOutcome> outcomes = DESK.decideAll(List.of(R6, R4, R2, R5, R1, R3), AS_OF);
    assertEquals(
        List.of(
            new RegistrationOutcome(
                R1.id(),
                OpportunityId.of("o-1"),
                PartnerId.of("acme"),
                Decision.APPROVED,
                DecisionReason.FIRST_TO_REGISTER,
                "acme holds opportunity o-1: first to register, submitted on 2024-03-01; valid"
                    + " until 2024-04-29",
                Optional.empty()),
            new RegistrationOutcome(
                R2.id(),
                OpportunityId.of("o-1"),
                PartnerId.of("globex"),
                Decision.REJECTED,
                DecisionReason.CONFLICT,
                "globex's registration of opportunity o-1 on 2024-03-10 conflicts with acme's"
                    + " registration of 2024-03-01, protected until 2024-03-30; lost to"
                    + " registration r-1 of acme",
                Optional.of(R1.id())),
            new RegistrationOutcome(
                R3.id(),
                OpportunityId.of("o-1"),
                PartnerId.of("vandelay"),
                Decision.REJECTED,
                DecisionReason.REJECTED_BY_PROGRAMME,
                "vandelay's registration of opportunity o-1 was rejected by the programme on"
                    + " 2024-03-06",
                Optional.empty()),
            new RegistrationOutcome(
                R4.id(),
                OpportunityId.of("o-1"),
                PartnerId.of("hooli"),
                Decision.PENDING,
                DecisionReason.AWAITING_APPROVAL,
                "hooli's registration of opportunity o-1, submitted on 2024-04-05, awaits"
                    + " approval; acme holds it now; now held by registration r-1 of acme",
                Optional.of(R1.id())),
            new RegistrationOutcome(
                R5.id(),
                OpportunityId.of("o-2"),
                PartnerId.of("umbrella"),
                Decision.EXPIRED,
                DecisionReason.EXPIRED,
                "umbrella's registration of opportunity o-2 was valid until 2024-03-09 and has"
                    + " expired by 2024-04-15",
                Optional.empty()),
            new RegistrationOutcome(
                R6.id(),
                OpportunityId.of("o-2"),
                PartnerId.of("initech"),
                Decision.EXPIRED,
                DecisionReason.EXPIRED,
                "initech's registration of opportunity o-2 was valid until 2024-04-14 and has"
                    + " expired by 2024-04-15",
                Optional.empty())),
        outcomes);
  }

  @Test
  void expiryDateIsTheLastValidDay() {
    // r-6 expires on 14 April: approved (and alone) on the 14th, expired on the 15th.
    assertEquals(Decision.APPROVED, DESK.decideAll(List.of(R6), day(4, 14)).get(0).decision());
    assertEquals(
        DecisionReason.UNCONTESTED, DESK.decideAll(List.of(R6), day(4, 14)).get(0).reason());
    assertEquals(Decision.EXPIRED, DESK.decideAll(List.of(R6), day(4, 15)).get(0).decision());
  }

  @Test
  void aLaterRegistrationAfterTheProtectionWindowTakesTheOpportunityOver() {
    // r-1 acme is protected until 30 Mar; r-7 initech registers on 2 Apr and takes o-1 over.
    Registration r7 = record("r-7", "o-1", approved(O1, "initech", day(4, 2), day(4, 3)));
    List<RegistrationOutcome> outcomes = DESK.decideAll(List.of(r7, R1), AS_OF);
    assertEquals(
        List.of(Decision.REJECTED, Decision.APPROVED),
        outcomes.stream().map(RegistrationOutcome::decision).toList());
    assertEquals(
        "acme's registration of opportunity o-1 lost its protection after 2024-03-30; initech"
            + " registered on 2024-04-02 and took it over; taken over by registration r-7 of"
            + " initech",
        outcomes.get(0).message());
    assertEquals(
        "initech holds opportunity o-1: it registered on 2024-04-02, after the protection of"
            + " acme's registration of 2024-03-01 ended on 2024-03-30; valid until 2024-05-31;"
            + " took over from registration r-1 of acme",
        outcomes.get(1).message());
    assertEquals(Optional.of(R1.id()), outcomes.get(1).competitor());
  }

  @Test
  void equalRegistrationsOnTheSameDayAreRankedByRegistrationId() {
    // Same party, submission, decision and expiry: only the ids differ. Ids compare as text,
    // so "r-10" comes before "r-9" and wins; r-9 is a duplicate of it (protected 1 to 30 Apr).
    RegistrationClaim claim = approved(O1, "acme", day(4, 1), day(4, 2));
    Registration r9 = record("r-9", "o-3", claim);
    Registration r10 = record("r-10", "o-3", claim);
    for (List<Registration> input : List.of(List.of(r9, r10), List.of(r10, r9))) {
      List<RegistrationOutcome> outcomes = DESK.decideAll(input, AS_OF);
      assertEquals(
          List.of(r10.id(), r9.id()),
          outcomes.stream().map(RegistrationOutcome::registrationId).toList());
      assertEquals(DecisionReason.FIRST_TO_REGISTER, outcomes.get(0).reason());
      assertEquals(DecisionReason.DUPLICATE, outcomes.get(1).reason());
      assertEquals(Decision.REJECTED, outcomes.get(1).decision());
      assertEquals(
          "acme registered opportunity o-3 again on 2024-04-01 while its registration of"
              + " 2024-04-01 was protected until 2024-04-30; lost to registration r-10 of acme",
          outcomes.get(1).message());
    }
  }

  @Test
  void pendingRegistrationHoldsWhenApprovalIsNotRequired() {
    RegistrationDesk open =
        RegistrationDesk.with(RegistrationRules.builder().approvalRequired(false).build());
    assertEquals(Decision.APPROVED, open.decideAll(List.of(R4), AS_OF).get(0).decision());
    assertEquals(Decision.PENDING, DESK.decideAll(List.of(R4), AS_OF).get(0).decision());
  }

  @Test
  void noRegistrationsGiveNoOutcomes() {
    assertEquals(List.of(), DESK.decideAll(List.of(), AS_OF));
  }

  @Test
  void rejectsRepeatedRegistrationIds() {
    Registration again = R2.withId(R1.id());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DESK.decideAll(List.of(R1, again), AS_OF));
    assertEquals(
        "registration id r-1 is given more than once; registration ids must be unique",
        e.getMessage());
  }

  @Test
  void rejectsRegistrationSubmittedAfterTheAsOfDate() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DESK.decideAll(List.of(R4), day(4, 4)));
    assertEquals(
        "registration by hooli of opportunity o-1 was submitted on 2024-04-05, after the as-of"
            + " date 2024-04-04",
        e.getMessage());
  }

  // ---- laws ----

  /** The outcomes do not depend on the order of the registrations. */
  @Property(tries = 300)
  void outcomesDoNotDependOnInputOrder(
      @ForAll("registrations") List<Registration> registrations,
      @ForAll("rules") RegistrationRules rules,
      @ForAll long seed) {
    List<Registration> shuffled = new ArrayList<>(registrations);
    Collections.shuffle(shuffled, new Random(seed));
    RegistrationDesk desk = RegistrationDesk.with(rules);
    assertEquals(desk.decideAll(registrations, AS_OF), desk.decideAll(shuffled, AS_OF));
  }

  /**
   * Every registration gets one outcome, in id order; each opportunity has at most one approved
   * registration; a competitor is a registration of the same opportunity; and the reasons are the
   * ones {@link RegistrationDesk#decide} gives the same claims.
   */
  @Property(tries = 300)
  void outcomesAgreeWithTheDeskDecisionsOnTheSameClaims(
      @ForAll("registrations") List<Registration> registrations,
      @ForAll("rules") RegistrationRules rules) {
    RegistrationDesk desk = RegistrationDesk.with(rules);
    List<RegistrationOutcome> outcomes = desk.decideAll(registrations, AS_OF);
    assertEquals(
        registrations.stream().map(Registration::id).sorted().toList(),
        outcomes.stream().map(RegistrationOutcome::registrationId).toList());
    Map<RegistrationId, Registration> byId =
        registrations.stream().collect(Collectors.toMap(Registration::id, Function.identity()));
    Set<OpportunityId> held = new HashSet<>();
    Map<List<Object>, Integer> fromOutcomes = new HashMap<>();
    for (RegistrationOutcome outcome : outcomes) {
      Registration registration = byId.get(outcome.registrationId());
      assertEquals(registration.opportunity(), outcome.opportunityId());
      assertEquals(registration.registration().registeringParty(), outcome.partnerId());
      if (outcome.decision() == Decision.APPROVED) {
        assertTrue(held.add(outcome.opportunityId()), outcome.toString());
      }
      outcome
          .competitor()
          .ifPresent(other -> assertEquals(outcome.opportunityId(), byId.get(other).opportunity()));
      fromOutcomes.merge(List.of(claimOf(registration), outcome.reason()), 1, Integer::sum);
    }
    List<RegistrationClaim> claims = registrations.stream().map(DecideAllTest::claimOf).toList();
    Map<List<Object>, Integer> fromDesk = new HashMap<>();
    desk.decide(claims, AS_OF)
        .decisions()
        .forEach(d -> fromDesk.merge(List.of(d.claim(), d.reason()), 1, Integer::sum));
    assertEquals(fromDesk, fromOutcomes);
  }

  private static RegistrationClaim claimOf(Registration registration) {
    return RegistrationClaim.of(
        RegistrationTarget.opportunity(registration.opportunity()), registration.registration());
  }

  @Provide
  Arbitrary<List<Registration>> registrations() {
    return Fixtures.registrations();
  }

  @Provide
  Arbitrary<RegistrationRules> rules() {
    return Fixtures.rules();
  }
}
