package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.REL;
import static org.alliancekit.scoring.relationship.Fixtures.account;
import static org.alliancekit.scoring.relationship.Fixtures.alliance;
import static org.alliancekit.scoring.relationship.Fixtures.company;
import static org.alliancekit.scoring.relationship.Fixtures.eur;
import static org.alliancekit.scoring.relationship.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RelationshipChecksTest {
  private static final RelationshipChecks CHECKS = RelationshipChecks.standard();
  private static final PartnerId GLOBEX = PartnerId.of("globex");
  private static final Partner HQ_GLOBAL = company(HQ, 80_000);
  private static final Partner ACME_SMALL = company(ACME, 40);
  private static final Partner ACME_LARGE = company(ACME, 3_000);

  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  private static Commitment money(
      PartnerId party, MonetaryAmount amount, CommitmentStrength strength) {
    return Commitment.builder()
        .party(party)
        .resource(ResourceKind.FUNDING)
        .amount(amount)
        .strength(strength)
        .build();
  }

  private static Commitment people(PartnerId party, CommitmentStrength strength) {
    return Commitment.builder()
        .party(party)
        .resource(ResourceKind.PEOPLE)
        .quantity(BigDecimal.ONE)
        .strength(strength)
        .build();
  }

  // Governance

  @Test
  void fullyGovernedRelationshipHasNoGovernanceFinding() {
    assertEquals(List.of(), CHECKS.governance(alliance().build()));
  }

  @Test
  void everyMissingSponsorAndManagerIsFlaggedPerSide() {
    List<Finding> findings = CHECKS.governance(alliance().governance(Governance.none()).build());
    assertEquals(
        List.of(
            "relationship rel-1 has no executive sponsor on the host side (hq)",
            "relationship rel-1 has no executive sponsor on the partner side (acme)",
            "relationship rel-1 has no dedicated alliance manager on the host side (hq)",
            "relationship rel-1 has no dedicated alliance manager on the partner side (acme)"),
        messages(findings));
    assertEquals(
        List.of(
            FindingKind.NO_EXECUTIVE_SPONSOR,
            FindingKind.NO_EXECUTIVE_SPONSOR,
            FindingKind.NO_ALLIANCE_MANAGER,
            FindingKind.NO_ALLIANCE_MANAGER),
        findings.stream().map(Finding::kind).toList());
    assertEquals(
        List.of(Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.MEDIUM),
        findings.stream().map(Finding::severity).toList());
    assertEquals(List.of(HQ), findings.get(0).parties().asList());
    assertEquals(List.of(ACME), findings.get(1).parties().asList());
    assertEquals(Optional.of(REL), findings.get(0).relationship());
  }

  @Test
  void partnerWithoutAllianceManagerIsFlaggedAlone() {
    Governance governance = Fixtures.fullGovernance().withPartnerAllianceManager(Optional.empty());
    List<Finding> findings = CHECKS.governance(alliance().governance(governance).build());
    assertEquals(
        List.of("relationship rel-1 has no dedicated alliance manager on the partner side (acme)"),
        messages(findings));
  }

  // Balance: sizes

  @Test
  void globalHostWithSmallPartnerIsADavidAndGoliathAlliance() {
    List<Finding> findings = CHECKS.balance(alliance().build(), HQ_GLOBAL, ACME_SMALL);
    assertEquals(
        List.of(
            "relationship rel-1 pairs hq (GLOBAL) with acme (SMALL), a David-and-Goliath alliance"
                + " in which acme may fear being pushed out of deals"),
        messages(findings));
    assertEquals(FindingKind.SIZE_IMBALANCE, findings.get(0).kind());
    assertEquals(Severity.MEDIUM, findings.get(0).severity());
    assertEquals(List.of(ACME, HQ), findings.get(0).parties().asList());
  }

  @Test
  void smallHostWithGlobalPartnerNamesThePartnerAsTheLargerSide() {
    List<Finding> findings =
        CHECKS.balance(alliance().build(), company(HQ, 12), company(ACME, 90_000));
    assertEquals(
        List.of(
            "relationship rel-1 pairs acme (GLOBAL) with hq (SMALL), a David-and-Goliath alliance"
                + " in which hq may fear being pushed out of deals"),
        messages(findings));
  }

  @Test
  void largeCompaniesOfDifferentClassesAreNotFlagged() {
    assertEquals(List.of(), CHECKS.balance(alliance().build(), HQ_GLOBAL, ACME_LARGE));
  }

  @Test
  void unknownSizeIsNotFlagged() {
    Partner noSize = ACME_SMALL.withSize(Optional.empty());
    assertEquals(List.of(), CHECKS.balance(alliance().build(), HQ_GLOBAL, noSize));
  }

  @Test
  void asymmetricChannelIsUnbalancedByDesignAndNotFlagged() {
    Relationship channel =
        alliance()
            .motion(SellThrough.of(HQ, ACME))
            .symmetry(Symmetry.ASYMMETRIC_CHANNEL)
            .addCommitments(money(ACME, eur(500_000), CommitmentStrength.COMMITMENT))
            .build();
    assertEquals(List.of(), CHECKS.balance(channel, HQ_GLOBAL, ACME_SMALL));
    assertEquals(List.of(), CHECKS.commitmentBalance(channel));
  }

  @Test
  void symmetricRelationshipDeclaredSellToIsStillCheckedAsAnAlliance() {
    Relationship declaredSellTo = alliance().motion(SellTo.of(HQ, ACME)).build();
    assertEquals(1, CHECKS.balance(declaredSellTo, HQ_GLOBAL, ACME_SMALL).size());
  }

  @Test
  void rejectsPartnerThatIsNotTheRelationshipsPartner() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CHECKS.balance(alliance().build(), HQ_GLOBAL, company(GLOBEX, 10)));
    assertEquals("partner globex is not the partner acme of relationship rel-1", e.getMessage());
  }

  @Test
  void rejectsHostThatIsNotTheRelationshipsHost() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CHECKS.balance(alliance().build(), ACME_SMALL, ACME_SMALL));
    assertEquals("host acme is not the host hq of relationship rel-1", e.getMessage());
  }

  // Balance: commitments

  @Test
  void firmCommitmentsFromOneSideOnlyAreOneSided() {
    Relationship relationship =
        alliance()
            .addCommitments(
                people(ACME, CommitmentStrength.COMMITMENT),
                people(ACME, CommitmentStrength.COMMITMENT),
                people(HQ, CommitmentStrength.INTENT))
            .build();
    List<Finding> findings = CHECKS.commitmentBalance(relationship);
    assertEquals(
        List.of("relationship rel-1: all 2 firm commitments come from acme, none from hq"),
        messages(findings));
    assertEquals(FindingKind.ONE_SIDED_COMMITMENT, findings.get(0).kind());
  }

  @Test
  void singleFirmCommitmentIsOneSided() {
    Relationship relationship =
        alliance().addCommitments(people(HQ, CommitmentStrength.COMMITMENT)).build();
    assertEquals(
        List.of("relationship rel-1: all 1 firm commitment comes from hq, none from acme"),
        messages(CHECKS.commitmentBalance(relationship)));
  }

  @Test
  void firmCommitmentsFromBothSidesOrOnlyIntentsAreBalanced() {
    Relationship both =
        alliance()
            .addCommitments(
                people(ACME, CommitmentStrength.COMMITMENT),
                people(HQ, CommitmentStrength.COMMITMENT))
            .build();
    Relationship intents =
        alliance().addCommitments(people(ACME, CommitmentStrength.INTENT)).build();
    assertEquals(List.of(), CHECKS.commitmentBalance(both));
    assertEquals(List.of(), CHECKS.commitmentBalance(intents));
  }

  @Test
  void moneyExactlyThreeTimesTheOtherSidesIsNotFlagged() {
    Relationship relationship =
        alliance()
            .addCommitments(
                money(HQ, eur(300_000), CommitmentStrength.INTENT),
                money(ACME, eur(100_000), CommitmentStrength.INTENT))
            .build();
    assertEquals(List.of(), CHECKS.commitmentBalance(relationship));
  }

  @Test
  void moneyMoreThanThreeTimesTheOtherSidesIsFlagged() {
    // hq: 200,000 + 100,001 = 300,001 > 3 x 100,000.
    Relationship relationship =
        alliance()
            .addCommitments(
                money(HQ, eur(200_000), CommitmentStrength.INTENT),
                money(HQ, eur(100_001), CommitmentStrength.INTENT),
                money(ACME, eur(100_000), CommitmentStrength.INTENT))
            .build();
    List<Finding> findings = CHECKS.commitmentBalance(relationship);
    assertEquals(
        List.of(
            "relationship rel-1: hq commits EUR 300001 and acme EUR 100000, more than 3 times as"
                + " much"),
        messages(findings));
    assertEquals(FindingKind.COMMITMENT_IMBALANCE, findings.get(0).kind());
  }

  @Test
  void moneyIsComparedPerCurrencyInCurrencyCodeOrder() {
    Relationship relationship =
        alliance()
            .addCommitments(
                money(ACME, Money.of(100_000, "GBP"), CommitmentStrength.INTENT),
                money(HQ, eur(400_000), CommitmentStrength.INTENT))
            .build();
    assertEquals(
        List.of(
            "relationship rel-1: hq commits EUR 400000 and acme nothing in EUR",
            "relationship rel-1: acme commits GBP 100000 and hq nothing in GBP"),
        messages(CHECKS.commitmentBalance(relationship)));
  }

  @Test
  void maximumRatioIsConfigurable() {
    Relationship relationship =
        alliance()
            .addCommitments(
                money(HQ, eur(400_000), CommitmentStrength.INTENT),
                money(ACME, eur(100_000), CommitmentStrength.INTENT))
            .build();
    assertEquals(1, CHECKS.commitmentBalance(relationship).size());
    RelationshipChecks lenient = CHECKS.withMaxCommitmentRatio(new BigDecimal("4"));
    assertEquals(List.of(), lenient.commitmentBalance(relationship));
    assertEquals(new BigDecimal("4"), lenient.maxCommitmentRatio());
    assertEquals(BigDecimal.valueOf(3), CHECKS.maxCommitmentRatio());
  }

  @Test
  void rejectsMaximumRatioBelowOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CHECKS.withMaxCommitmentRatio(new BigDecimal("0.5")));
    assertEquals("maximum commitment ratio 0.5 must be at least 1", e.getMessage());
  }

  @Test
  void allRunsGovernanceThenBalance() {
    Relationship relationship =
        alliance()
            .governance(Fixtures.fullGovernance().withHostSponsor(Optional.empty()))
            .addCommitments(people(ACME, CommitmentStrength.COMMITMENT))
            .build();
    assertEquals(
        List.of(
            FindingKind.NO_EXECUTIVE_SPONSOR,
            FindingKind.SIZE_IMBALANCE,
            FindingKind.ONE_SIDED_COMMITMENT),
        CHECKS.all(relationship, HQ_GLOBAL, ACME_SMALL).stream().map(Finding::kind).toList());
  }

  // Channel conflict

  private static final List<AccountEngagement> ENGAGEMENTS =
      List.of(
          AccountEngagement.of(account("a1"), HQ, EngagementKind.DIRECT)
              .withOpportunity(opportunity("o1")),
          AccountEngagement.of(account("a1"), ACME, EngagementKind.PARTNER)
              .withOpportunity(opportunity("o1")),
          AccountEngagement.of(account("a2"), HQ, EngagementKind.DIRECT)
              .withOpportunity(opportunity("o2")),
          AccountEngagement.of(account("a2"), ACME, EngagementKind.PARTNER)
              .withOpportunity(opportunity("o3")),
          AccountEngagement.of(account("a2"), GLOBEX, EngagementKind.PARTNER),
          AccountEngagement.of(account("a3"), ACME, EngagementKind.PARTNER)
              .withOpportunity(opportunity("o4")),
          AccountEngagement.of(account("a4"), HQ, EngagementKind.DIRECT),
          AccountEngagement.of(account("a4"), HQ, EngagementKind.DIRECT)
              .withOpportunity(opportunity("o5")));

  @Test
  void directAndPartnerOnTheSameOpportunityOrAccountAreChannelConflicts() {
    List<Finding> findings = CHECKS.channelConflicts(ENGAGEMENTS);
    assertEquals(
        List.of(
            "opportunity o1 at account a1 is worked directly by hq and with alliance partner acme",
            "account a2 is worked directly by hq and with alliance partners acme, globex"),
        messages(findings));
    assertEquals(
        List.of(Severity.HIGH, Severity.MEDIUM), findings.stream().map(Finding::severity).toList());
    assertEquals(Optional.of(opportunity("o1")), findings.get(0).opportunity());
    assertEquals(Optional.of(account("a1")), findings.get(0).account());
    assertEquals(Optional.empty(), findings.get(1).opportunity());
    assertEquals(List.of(ACME, GLOBEX, HQ), findings.get(1).parties().asList());
    assertEquals(Optional.empty(), findings.get(0).relationship());
  }

  @Test
  void accountWithAnOpportunityConflictGetsNoSecondAccountFinding() {
    List<AccountEngagement> engagements =
        List.of(
            AccountEngagement.of(account("a1"), HQ, EngagementKind.DIRECT)
                .withOpportunity(opportunity("o1")),
            AccountEngagement.of(account("a1"), ACME, EngagementKind.PARTNER)
                .withOpportunity(opportunity("o1")),
            AccountEngagement.of(account("a1"), ACME, EngagementKind.PARTNER)
                .withOpportunity(opportunity("o2")));
    assertEquals(
        List.of(
            "opportunity o1 at account a1 is worked directly by hq and with alliance partner acme"),
        messages(CHECKS.channelConflicts(engagements)));
  }

  @Test
  void noEngagementsNoConflict() {
    assertEquals(List.of(), CHECKS.channelConflicts(List.of()));
  }

  @Property(tries = 200)
  void channelConflictsDoNotDependOnInputOrder(
      @ForAll("engagementLists") List<AccountEngagement> engagements, @ForAll long seed) {
    List<AccountEngagement> shuffled = new ArrayList<>(engagements);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(CHECKS.channelConflicts(engagements), CHECKS.channelConflicts(shuffled));
  }

  @Provide
  static Arbitrary<List<AccountEngagement>> engagementLists() {
    return AccountEngagementTest.engagements().list().ofMaxSize(15);
  }

  // Motion

  @Test
  void allianceRunAsChannelIsAHighSeverityMismatch() {
    List<Finding> findings =
        CHECKS.motion(
            alliance().build(),
            RelationshipBehaviour.builder().hostLeads(10).partnerOpportunities(6).build());
    assertEquals(
        List.of(
            "relationship rel-1 is declared sell-with but behaves otherwise: hq passes leads but no"
                + " opportunities while acme shares opportunities, so acme works hq's leads as its"
                + " channel: sell-through; running an alliance this way damages it"),
        messages(findings));
    assertEquals(Severity.HIGH, findings.get(0).severity());
    assertEquals(FindingKind.MOTION_MISMATCH, findings.get(0).kind());
  }

  @Test
  void channelBehavingAsAnAllianceIsALowSeverityMismatch() {
    Relationship channel = alliance().motion(SellThrough.of(HQ, ACME)).build();
    List<Finding> findings =
        CHECKS.motion(
            channel,
            RelationshipBehaviour.builder()
                .hostOpportunities(2)
                .partnerOpportunities(2)
                .jointOpportunities(2)
                .build());
    assertEquals(Severity.LOW, findings.get(0).severity());
    assertEquals(
        "relationship rel-1 is declared sell-through with channel acme but behaves otherwise: both"
            + " hq and acme share opportunities from their own pipelines and work deals jointly:"
            + " sell-with",
        findings.get(0).message());
  }

  @Test
  void matchingMotionHasNoFinding() {
    assertEquals(
        List.of(),
        CHECKS.motion(
            alliance().build(),
            RelationshipBehaviour.builder()
                .hostOpportunities(1)
                .partnerOpportunities(1)
                .jointOpportunities(1)
                .build()));
  }

  @Test
  void describesItself() {
    assertEquals("RelationshipChecks{maxCommitmentRatio=3}", CHECKS.toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RelationshipChecks.class);
    tester.testAllPublicInstanceMethods(CHECKS);
  }
}
