package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.REL;
import static org.alliancekit.scoring.relationship.Fixtures.alliance;
import static org.alliancekit.scoring.relationship.Fixtures.company;
import static org.alliancekit.scoring.relationship.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.Symmetry;
import org.junit.jupiter.api.Test;

/** The record checks of {@link RelationshipChecks}: findings from records on an as-of date. */
class RecordChecksTest {
  private static final RelationshipChecks CHECKS = RelationshipChecks.standard();
  private static final Partner HQ_GLOBAL = company(HQ, 80_000);
  private static final Partner ACME_SMALL = company(ACME, 40);

  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  private static List<FindingKind> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).toList();
  }

  private static Commitment people(PartnerId party, CommitmentStrength strength) {
    return Commitment.builder()
        .party(party)
        .resource(ResourceKind.PEOPLE)
        .quantity(BigDecimal.ONE)
        .strength(strength)
        .build();
  }

  private static Commitment firm(PartnerId party) {
    return people(party, CommitmentStrength.COMMITMENT);
  }

  // UNBALANCED_ALLIANCE

  @Test
  void smallerSideMakingAllFirmCommitmentsIsAnUnbalancedAlliance() {
    Relationship relationship =
        alliance()
            .addCommitments(
                firm(ACME), firm(ACME), people(HQ, CommitmentStrength.INTENT)) // intents ignored
            .build();
    Finding finding = CHECKS.unbalanced(relationship, HQ_GLOBAL, ACME_SMALL).orElseThrow();
    assertEquals(
        "relationship rel-1: acme (SMALL) makes all 2 firm commitments and hq (GLOBAL) none, an"
            + " unbalanced David-and-Goliath alliance in which the smaller side carries the risk",
        finding.message());
    assertEquals(FindingKind.UNBALANCED_ALLIANCE, finding.kind());
    assertEquals(Severity.HIGH, finding.severity());
    assertEquals(List.of(ACME, HQ), finding.parties().asList());
    assertEquals(Optional.of(REL), finding.relationship());
  }

  @Test
  void smallHostWithTheOnlyFirmCommitmentIsNamedAsTheSmallerSide() {
    Relationship relationship = alliance().addCommitments(firm(HQ)).build();
    assertEquals(
        Optional.of(
            "relationship rel-1: hq (SMALL) makes the only firm commitment and acme (GLOBAL) none,"
                + " an unbalanced David-and-Goliath alliance in which the smaller side carries the"
                + " risk"),
        CHECKS
            .unbalanced(relationship, company(HQ, 12), company(ACME, 90_000))
            .map(Finding::message));
  }

  @Test
  void bothSidesCommittingIsNotUnbalanced() {
    Relationship relationship = alliance().addCommitments(firm(ACME), firm(HQ)).build();
    assertEquals(Optional.empty(), CHECKS.unbalanced(relationship, HQ_GLOBAL, ACME_SMALL));
  }

  @Test
  void onlyTheLargerSideCommittingIsNotThisFinding() {
    Relationship relationship = alliance().addCommitments(firm(HQ)).build();
    assertEquals(Optional.empty(), CHECKS.unbalanced(relationship, HQ_GLOBAL, ACME_SMALL));
  }

  @Test
  void smallerSideWithIntentsOnlyIsNotUnbalanced() {
    Relationship relationship =
        alliance().addCommitments(people(ACME, CommitmentStrength.INTENT)).build();
    assertEquals(Optional.empty(), CHECKS.unbalanced(relationship, HQ_GLOBAL, ACME_SMALL));
  }

  @Test
  void pairThatIsNotDavidAndGoliathIsNotUnbalanced() {
    // 3,000 employees is LARGE, a Goliath like GLOBAL, so no David in the pair.
    Relationship relationship = alliance().addCommitments(firm(ACME)).build();
    assertEquals(
        Optional.empty(), CHECKS.unbalanced(relationship, HQ_GLOBAL, company(ACME, 3_000)));
    assertEquals(
        Optional.empty(),
        CHECKS.unbalanced(relationship, HQ_GLOBAL, ACME_SMALL.withSize(Optional.empty())));
  }

  @Test
  void channelIsUnbalancedByDesignAndNotFlagged() {
    Relationship channel =
        alliance()
            .motion(SellThrough.of(HQ, ACME))
            .symmetry(Symmetry.ASYMMETRIC_CHANNEL)
            .addCommitments(firm(ACME))
            .build();
    assertEquals(Optional.empty(), CHECKS.unbalanced(channel, HQ_GLOBAL, ACME_SMALL));
  }

  @Test
  void unbalancedRejectsPartiesOfAnotherRelationship() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CHECKS.unbalanced(alliance().build(), ACME_SMALL, ACME_SMALL));
    assertEquals("host acme is not the host hq of relationship rel-1", e.getMessage());
  }

  // MISSING_SPONSOR and MISSING_ALLIANCE_MANAGER

  @Test
  void sponsorOnOneSideOnlyIsAGapOnTheOtherSide() {
    Governance governance = Fixtures.fullGovernance().withPartnerSponsor(Optional.empty());
    List<Finding> findings = CHECKS.governanceGaps(alliance().governance(governance).build());
    assertEquals(
        List.of(
            "relationship rel-1 names executive sponsor Ada Host on the host side (hq) but no"
                + " executive sponsor on the partner side (acme)"),
        messages(findings));
    assertEquals(FindingKind.MISSING_SPONSOR, findings.get(0).kind());
    assertEquals(Severity.HIGH, findings.get(0).severity());
    assertEquals(List.of(ACME), findings.get(0).parties().asList());
    assertEquals(Optional.of(REL), findings.get(0).relationship());
  }

  @Test
  void allianceManagerOnThePartnerSideOnlyIsAGapOnTheHostSide() {
    Governance governance = Governance.builder().partnerAllianceManager("Pia Partner").build();
    List<Finding> findings = CHECKS.governanceGaps(alliance().governance(governance).build());
    assertEquals(
        List.of(
            "relationship rel-1 names alliance manager Pia Partner on the partner side (acme) but"
                + " no alliance manager on the host side (hq)"),
        messages(findings));
    assertEquals(FindingKind.MISSING_ALLIANCE_MANAGER, findings.get(0).kind());
    assertEquals(Severity.MEDIUM, findings.get(0).severity());
    assertEquals(List.of(HQ), findings.get(0).parties().asList());
  }

  @Test
  void sponsorGapComesBeforeManagerGap() {
    Governance governance =
        Governance.builder().partnerSponsor("Pat Partner").hostAllianceManager("Hal Host").build();
    assertEquals(
        List.of(FindingKind.MISSING_SPONSOR, FindingKind.MISSING_ALLIANCE_MANAGER),
        kinds(CHECKS.governanceGaps(alliance().governance(governance).build())));
  }

  @Test
  void governanceGivenOnNeitherSideIsNoGapButStillAMissingGovernanceFinding() {
    Relationship none = alliance().governance(Governance.none()).build();
    assertEquals(List.of(), CHECKS.governanceGaps(none));
    assertEquals(4, CHECKS.governance(none).size());
  }

  @Test
  void fullGovernanceHasNoGap() {
    assertEquals(List.of(), CHECKS.governanceGaps(alliance().build()));
  }

  // REVIEW_OVERDUE

  @Test
  void reviewDueOnTheAsOfDateIsNotOverdue() {
    // Started 2024-01-01, reviewed every two years: due 2026-01-01.
    assertEquals(
        Optional.empty(), CHECKS.reviewOverdue(alliance().build(), LocalDate.of(2026, 1, 1)));
  }

  @Test
  void reviewOneDayPastTheDueDateIsOverdue() {
    Finding finding =
        CHECKS.reviewOverdue(alliance().build(), LocalDate.of(2026, 1, 2)).orElseThrow();
    assertEquals(
        "relationship rel-1 between hq and acme was due for review on 2026-01-01 (P2Y after its"
            + " start on 2024-01-01) and is 1 day overdue on 2026-01-02",
        finding.message());
    assertEquals(FindingKind.REVIEW_OVERDUE, finding.kind());
    assertEquals(Severity.MEDIUM, finding.severity());
    assertEquals(List.of(ACME, HQ), finding.parties().asList());
    assertEquals(Optional.of(REL), finding.relationship());
  }

  @Test
  void reviewIsDueACadenceAfterTheLastReview() {
    // Last review 2025-03-15 + 2 years = due 2027-03-15; 2027-04-01 is 16 + 1 = 17 days later.
    Relationship relationship = alliance().lastReview(LocalDate.of(2025, 3, 15)).build();
    assertEquals(
        Optional.of(
            "relationship rel-1 between hq and acme was due for review on 2027-03-15 (P2Y after its"
                + " last review on 2025-03-15) and is 17 days overdue on 2027-04-01"),
        CHECKS.reviewOverdue(relationship, LocalDate.of(2027, 4, 1)).map(Finding::message));
    // Start + 2 years (2026-01-01) has passed, but the last review restarted the clock.
    assertEquals(Optional.empty(), CHECKS.reviewOverdue(relationship, LocalDate.of(2026, 6, 1)));
  }

  @Test
  void monthlyReviewFromTheLastDayOfJanuaryIsDueOnTheLastDayOfFebruary() {
    // 2024-01-31 + 1 month = 2024-02-29 (a leap year).
    Relationship relationship =
        alliance()
            .formality(Formality.contract(Period.ofMonths(1)))
            .start(LocalDate.of(2024, 1, 31))
            .build();
    assertEquals(Optional.empty(), CHECKS.reviewOverdue(relationship, LocalDate.of(2024, 2, 29)));
    assertEquals(
        Optional.of(
            "relationship rel-1 between hq and acme was due for review on 2024-02-29 (P1M after its"
                + " start on 2024-01-31) and is 1 day overdue on 2024-03-01"),
        CHECKS.reviewOverdue(relationship, LocalDate.of(2024, 3, 1)).map(Finding::message));
  }

  @Test
  void relationshipWithoutReviewCadenceIsNeverOverdue() {
    Relationship informal = alliance().formality(Formality.informal()).build();
    assertEquals(Optional.empty(), CHECKS.reviewOverdue(informal, LocalDate.of(2099, 1, 1)));
  }

  @Test
  void reviewDueBeyondTheCalendarIsNeverOverdue() {
    Relationship late = alliance().start(LocalDate.MAX.minusDays(1)).build();
    assertEquals(Optional.empty(), CHECKS.reviewOverdue(late, LocalDate.MAX));
  }

  // COMPETENCY_EXPIRED and COMPETENCY_EXPIRING

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  private static Competency competency(String name, LocalDate expires) {
    return Competency.of(name, CompetencyLevel.EXPERT, HQ, expires);
  }

  @Test
  void competenciesExpiredAndExpiringAreFlaggedInCompetencyOrder() {
    Partner partner =
        ACME_SMALL.withCompetencies(
            // 2026-03-31 + 91 days = 2026-06-30 (30 in April, 31 in May, 30 in June): too late.
            competency("Day 91", LocalDate.of(2026, 6, 30)),
            // 2025-12-31 is 31 + 28 + 31 = 90 days before 2026-03-31.
            competency("Lapsed", LocalDate.of(2025, 12, 31)),
            competency("Last Day Today", AS_OF),
            competency("Lapsed Yesterday", LocalDate.of(2026, 3, 30)),
            Competency.of("Forever", CompetencyLevel.FOUNDATION, HQ),
            // 2026-03-31 + 90 days = 2026-06-29.
            competency("Day 90", LocalDate.of(2026, 6, 29)));
    List<Finding> findings = CHECKS.competencies(partner, AS_OF);
    assertEquals(
        List.of(
            "competency Lapsed (EXPERT, issued by hq) of partner acme expired: its last valid day"
                + " was 2025-12-31, 90 days before 2026-03-31",
            "competency Last Day Today (EXPERT, issued by hq) of partner acme expires soon: its"
                + " last valid day is 2026-03-31, the as-of date",
            "competency Lapsed Yesterday (EXPERT, issued by hq) of partner acme expired: its last"
                + " valid day was 2026-03-30, 1 day before 2026-03-31",
            "competency Day 90 (EXPERT, issued by hq) of partner acme expires soon: its last valid"
                + " day is 2026-06-29, 90 days after 2026-03-31"),
        messages(findings));
    assertEquals(
        List.of(
            FindingKind.COMPETENCY_EXPIRED,
            FindingKind.COMPETENCY_EXPIRING,
            FindingKind.COMPETENCY_EXPIRED,
            FindingKind.COMPETENCY_EXPIRING),
        kinds(findings));
    assertEquals(
        List.of(Severity.MEDIUM, Severity.LOW, Severity.MEDIUM, Severity.LOW),
        findings.stream().map(Finding::severity).toList());
    for (Finding finding : findings) {
      assertEquals(List.of(ACME), finding.parties().asList());
      assertEquals(Optional.empty(), finding.relationship());
    }
  }

  @Test
  void warningWindowIsNinetyDays() {
    assertEquals(90, RelationshipChecks.COMPETENCY_WARNING_DAYS);
  }

  @Test
  void partnerWithoutCompetenciesHasNoCompetencyFinding() {
    assertEquals(List.of(), CHECKS.competencies(ACME_SMALL, AS_OF));
  }

  @Property(tries = 300)
  void competencyExpiresExactlyWhenItIsNoLongerValidOnTheAsOfDate(
      @ForAll("competencyLists") List<Competency> competencies,
      @ForAll @IntRange(min = -200, max = 200) int offset) {
    LocalDate asOf = AS_OF.plusDays(offset);
    List<Finding> findings = CHECKS.competencies(ACME_SMALL.withCompetencies(competencies), asOf);
    List<FindingKind> expected = new ArrayList<>();
    for (Competency competency : competencies) {
      if (!competency.isValidOn(asOf)) {
        expected.add(FindingKind.COMPETENCY_EXPIRED);
      } else if (competency.expires().isPresent()
          && !competency.expires().get().isAfter(asOf.plusDays(90))) {
        expected.add(FindingKind.COMPETENCY_EXPIRING);
      }
    }
    assertEquals(expected, kinds(findings));
  }

  @Provide
  static Arbitrary<List<Competency>> competencyLists() {
    Arbitrary<Competency> competencies =
        Combinators.combine(
                Arbitraries.of("Cloud", "Data", "Security"),
                Arbitraries.integers().between(-200, 200).optional())
            .as(
                (name, days) ->
                    days.map(d -> competency(name, AS_OF.plusDays(d)))
                        .orElseGet(() -> Competency.of(name, CompetencyLevel.ADVANCED, HQ)));
    return competencies.list().ofMaxSize(5);
  }

  // REGISTRATION_REJECTED

  @Test
  void rejectedRegistrationNamesRegistrationPartnerOpportunityAndReason() {
    Finding finding =
        RelationshipChecks.registrationRejected(
            Optional.of(REL),
            ACME,
            RegistrationId.of("reg-7"),
            opportunity("o-9"),
            "opportunity o-9 is already registered by globex (reg-3)");
    assertEquals(
        "deal registration reg-7 by acme for opportunity o-9 under relationship rel-1 is rejected:"
            + " opportunity o-9 is already registered by globex (reg-3)",
        finding.message());
    assertEquals(FindingKind.REGISTRATION_REJECTED, finding.kind());
    assertEquals(Severity.MEDIUM, finding.severity());
    assertEquals(Optional.of(opportunity("o-9")), finding.opportunity());
    assertEquals(Optional.of(REL), finding.relationship());
    assertEquals(List.of(ACME), finding.parties().asList());
  }

  @Test
  void rejectedRegistrationWithoutRelationship() {
    Finding finding =
        RelationshipChecks.registrationRejected(
            Optional.empty(), ACME, RegistrationId.of("reg-7"), opportunity("o-9"), "expired");
    assertEquals(
        "deal registration reg-7 by acme for opportunity o-9 is rejected: expired",
        finding.message());
    assertEquals(Optional.empty(), finding.relationship());
  }

  @Test
  void rejectedRegistrationNeedsAReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RelationshipChecks.registrationRejected(
                    Optional.empty(), ACME, RegistrationId.of("reg-7"), opportunity("o-9"), " "));
    assertEquals(
        "reason for rejecting registration reg-7 must not be blank, got ' '", e.getMessage());
  }

  // All record checks of one relationship

  @Test
  void asOfRunsUnbalancedThenGovernanceGapsThenReviewOverdue() {
    Relationship relationship =
        alliance()
            .governance(
                Governance.builder()
                    .hostSponsor("Ada Host")
                    .partnerAllianceManager("Pia Partner")
                    .build())
            .addCommitments(firm(ACME))
            .build();
    assertEquals(
        List.of(
            FindingKind.UNBALANCED_ALLIANCE,
            FindingKind.MISSING_SPONSOR,
            FindingKind.MISSING_ALLIANCE_MANAGER,
            FindingKind.REVIEW_OVERDUE),
        kinds(CHECKS.asOf(relationship, HQ_GLOBAL, ACME_SMALL, LocalDate.of(2026, 1, 2))));
    assertEquals(
        List.of(
            FindingKind.UNBALANCED_ALLIANCE,
            FindingKind.MISSING_SPONSOR,
            FindingKind.MISSING_ALLIANCE_MANAGER),
        kinds(CHECKS.asOf(relationship, HQ_GLOBAL, ACME_SMALL, LocalDate.of(2026, 1, 1))));
  }

  @Test
  void soundRelationshipHasNoRecordFinding() {
    assertEquals(
        List.of(),
        CHECKS.asOf(alliance().build(), HQ_GLOBAL, ACME_SMALL, LocalDate.of(2025, 6, 1)));
  }

  @Test
  void asOfRejectsPartiesOfAnotherRelationship() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CHECKS.asOf(
                    alliance().build(), HQ_GLOBAL, company(PartnerId.of("globex"), 10), AS_OF));
    assertEquals("partner globex is not the partner acme of relationship rel-1", e.getMessage());
  }

  // Laws over generated relationships

  @Provide
  static Arbitrary<Relationship> relationships() {
    return Combinators.combine(
            ModelArbitraries.relationships().between(HQ, ACME),
            Arbitraries.integers().between(0, 1_000).optional())
        .as(
            (relationship, reviewed) ->
                relationship.withLastReview(reviewed.map(relationship.start()::plusDays)));
  }

  @Provide
  static Arbitrary<Partner> hosts() {
    return ModelArbitraries.partners().withId(HQ);
  }

  @Provide
  static Arbitrary<Partner> partners() {
    return ModelArbitraries.partners().withId(ACME);
  }

  @Property(tries = 300)
  void asOfIsTheRecordChecksInOrder(
      @ForAll("relationships") Relationship relationship,
      @ForAll("hosts") Partner host,
      @ForAll("partners") Partner partner,
      @ForAll @IntRange(min = 0, max = 6_000) int day) {
    LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(day);
    List<Finding> expected = new ArrayList<>();
    CHECKS.unbalanced(relationship, host, partner).ifPresent(expected::add);
    expected.addAll(CHECKS.governanceGaps(relationship));
    CHECKS.reviewOverdue(relationship, asOf).ifPresent(expected::add);
    assertEquals(expected, CHECKS.asOf(relationship, host, partner, asOf));
  }

  @Property(tries = 300)
  void unbalancedAllianceIsAlsoASizeImbalanceAndOneSided(
      @ForAll("relationships") Relationship relationship,
      @ForAll("hosts") Partner host,
      @ForAll("partners") Partner partner) {
    if (CHECKS.unbalanced(relationship, host, partner).isPresent()) {
      List<FindingKind> balance = kinds(CHECKS.balance(relationship, host, partner));
      assertTrue(balance.contains(FindingKind.SIZE_IMBALANCE), balance::toString);
      assertTrue(balance.contains(FindingKind.ONE_SIDED_COMMITMENT), balance::toString);
    }
  }

  @Property(tries = 300)
  void governanceGapIsExactlyOneOfTwoMissingGovernanceFindings(
      @ForAll("relationships") Relationship relationship) {
    List<Finding> gaps = CHECKS.governanceGaps(relationship);
    List<Finding> missing = CHECKS.governance(relationship);
    for (FindingKind[] pair :
        new FindingKind[][] {
          {FindingKind.MISSING_SPONSOR, FindingKind.NO_EXECUTIVE_SPONSOR},
          {FindingKind.MISSING_ALLIANCE_MANAGER, FindingKind.NO_ALLIANCE_MANAGER}
        }) {
      List<PartnerId> gapParties = parties(gaps, pair[0]);
      List<PartnerId> missingParties = parties(missing, pair[1]);
      assertEquals(missingParties.size() == 1 ? missingParties : List.of(), gapParties);
    }
  }

  private static List<PartnerId> parties(List<Finding> findings, FindingKind kind) {
    return findings.stream()
        .filter(f -> f.kind() == kind)
        .flatMap(f -> f.parties().stream())
        .toList();
  }

  @Property(tries = 300)
  void reviewNeverOverdueOnItsDueDateAndOverdueOneMoreDayEachDayAfter(
      @ForAll("relationships") Relationship relationship,
      @ForAll @IntRange(min = 1, max = 2_000) int daysLate) {
    Optional<Period> cadence = relationship.formality().reviewCadence();
    LocalDate due =
        relationship.lastReview().orElse(relationship.start()).plus(cadence.orElse(Period.ZERO));
    assertEquals(Optional.empty(), CHECKS.reviewOverdue(relationship, due));
    Optional<Finding> late = CHECKS.reviewOverdue(relationship, due.plusDays(daysLate));
    assertEquals(cadence.isPresent(), late.isPresent());
    late.ifPresent(
        finding ->
            assertTrue(
                finding
                    .message()
                    .endsWith(
                        " is "
                            + (daysLate == 1 ? "1 day" : daysLate + " days")
                            + " overdue on "
                            + due.plusDays(daysLate)),
                finding::message));
  }
}
