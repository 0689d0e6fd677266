package org.alliancekit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.alliancekit.pipeline.registration.Decision;
import org.alliancekit.pipeline.velocity.Segment;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.programme.ProgrammeAnalysis;
import org.alliancekit.scoring.benchmark.HalfYearTrend;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.FindingKind;
import org.alliancekit.scoring.relationship.ObservedMotion;
import org.alliancekit.scoring.relationship.Severity;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * A hand-built portfolio in which each part of the analysis has a clear answer, and the law that
 * the order of the records changes nothing.
 */
class AllianceAnalyzerTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final PartnerId HQ = PartnerId.of("hq");
  private static final PartnerId ALPHA = PartnerId.of("alpha");
  private static final PartnerId BETA = PartnerId.of("beta");
  private static final PartnerId GAMMA = PartnerId.of("gamma");
  private static final RelationshipId R_ALPHA = RelationshipId.of("hq-alpha");
  private static final RelationshipId R_BETA = RelationshipId.of("hq-beta");
  private static final RelationshipId R_GAMMA = RelationshipId.of("hq-gamma");
  private static final Stage QUALIFIED = Stage.open("Qualified", 0.3);
  private static final Stage WON = Stage.won("Won");
  private static final Stage LOST = Stage.lost("Lost");
  private static final LocalDate IN_WINDOW = LocalDate.of(2026, 1, 15);

  static AlliancePortfolio portfolio() {
    List<Partner> partners =
        List.of(
            partner(HQ, 8_000),
            Partner.builder()
                .id(ALPHA)
                .name("Alpha")
                .addKinds(PartnerKind.ISV)
                .size(CompanySize.of(300))
                // expires 30 days after the as-of date: expiring, not expired
                .addCompetencies(
                    Competency.of("Cloud", CompetencyLevel.ADVANCED, HQ, AS_OF.plusDays(30)))
                .build(),
            partner(BETA, 1_000),
            partner(GAMMA, 2_000));
    List<Relationship> relationships =
        List.of(
            // Declared sell-with, worked as sell-with; a sponsor on the host side only.
            Relationship.builder()
                .id(R_ALPHA)
                .host(HQ)
                .partner(ALPHA)
                .motion(SellWith.of("platform", "application", true))
                .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
                .formality(Formality.informal())
                .governance(Governance.builder().hostSponsor("Ann").build())
                .start(LocalDate.of(2020, 1, 1))
                .build(),
            // Declared sell-with, but leads go one way and opportunities the other: beta is a
            // channel. Reviews every 6 months, last on 2025-06-01: due 2025-12-01, overdue.
            Relationship.builder()
                .id(R_BETA)
                .host(HQ)
                .partner(BETA)
                .motion(SellWith.of("platform", "application", false))
                .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
                .formality(Formality.contract(Period.ofMonths(6)))
                .start(LocalDate.of(2021, 1, 1))
                .lastReview(LocalDate.of(2025, 6, 1))
                .build(),
            // One stray event: undetermined, so no mismatch with its declared sell-to.
            Relationship.builder()
                .id(R_GAMMA)
                .host(HQ)
                .partner(GAMMA)
                .motion(SellTo.of(HQ, GAMMA))
                .symmetry(Symmetry.ASYMMETRIC_CHANNEL)
                .formality(Formality.informal())
                .start(LocalDate.of(2022, 1, 1))
                .build());
    List<Opportunity> opportunities = new ArrayList<>();
    // hq-alpha: two of hq's deals co-sold with alpha (one won, one lost), one of alpha's with hq.
    opportunities.add(
        deal("o-1", HQ, "acc-1", LocalDate.of(2025, 11, 1), WON, 1_000)
            .addInvolvements(Involvement.of(ALPHA, InvolvementRole.CO_SELLER))
            .addStageHistory(
                StageChange.of(LocalDate.of(2025, 11, 1), QUALIFIED),
                StageChange.of(LocalDate.of(2026, 3, 1), WON))
            .build());
    opportunities.add(
        deal("o-2", HQ, "acc-2", LocalDate.of(2025, 12, 1), LOST, 500)
            .addInvolvements(Involvement.of(ALPHA, InvolvementRole.CO_SELLER))
            .addStageHistory(
                StageChange.of(LocalDate.of(2025, 12, 1), QUALIFIED),
                StageChange.of(LocalDate.of(2026, 2, 1), LOST))
            .build());
    opportunities.add(
        deal("o-3", ALPHA, "acc-3", IN_WINDOW, QUALIFIED, 700)
            .addInvolvements(Involvement.of(HQ, InvolvementRole.CO_SELLER))
            .build());
    // hq-beta: beta shares two opportunities with hq (as its reseller).
    opportunities.add(
        deal("o-4", BETA, "acc-4", IN_WINDOW, QUALIFIED, 300)
            .addInvolvements(Involvement.of(HQ, InvolvementRole.TECHNOLOGY_PROVIDER))
            .build());
    opportunities.add(
        deal("o-5", BETA, "acc-5", IN_WINDOW, QUALIFIED, 300)
            .addInvolvements(Involvement.of(HQ, InvolvementRole.TECHNOLOGY_PROVIDER))
            .build());
    // hq-gamma: one stray opportunity of hq's with gamma involved.
    opportunities.add(
        deal("o-6", HQ, "acc-6", IN_WINDOW, QUALIFIED, 100)
            .addInvolvements(Involvement.of(GAMMA, InvolvementRole.INFLUENCER))
            .build());
    // A direct deal of hq's, won in the window: 40 days from creation to close.
    opportunities.add(
        deal("o-7", HQ, "acc-7", LocalDate.of(2026, 2, 1), WON, 2_000)
            .addStageHistory(
                StageChange.of(LocalDate.of(2026, 2, 1), QUALIFIED),
                StageChange.of(LocalDate.of(2026, 3, 13), WON))
            .build());
    List<Lead> leads = List.of(lead("l-1", HQ, BETA), lead("l-2", HQ, BETA), lead("l-3", HQ, BETA));
    List<Registration> registrations =
        List.of(
            registration("reg-1", "o-3", ALPHA, LocalDate.of(2026, 1, 16), true),
            registration("reg-2", "o-3", BETA, LocalDate.of(2026, 1, 20), false));
    List<Assessment> assessments =
        List.of(
            assessment("a-2025h2", R_ALPHA, LocalDate.of(2025, 11, 10), 4),
            assessment("a-2026h1", R_ALPHA, LocalDate.of(2026, 4, 10), 6));
    List<PeriodRevenue> revenues =
        List.of(
            PeriodRevenue.of(R_ALPHA, RevenuePeriod.half(2025, 2), Money.of(100_000, "EUR")),
            PeriodRevenue.of(R_ALPHA, RevenuePeriod.half(2026, 1), Money.of(120_000, "EUR")));
    return AlliancePortfolio.builder()
        .host(HQ)
        .partners(partners)
        .relationships(relationships)
        .opportunities(opportunities)
        .leads(leads)
        .registrations(registrations)
        .assessments(assessments)
        .revenues(revenues)
        .build();
  }

  @Test
  void eachRelationshipShowsItsMotion() {
    AllianceAnalysis analysis = analyse(portfolio());
    Map<RelationshipId, ObservedMotion> observed =
        analysis.motions().stream()
            .collect(Collectors.toMap(m -> m.relationship(), m -> m.observed()));
    // alpha: opportunities both ways (o-1, o-2 from hq; o-3 from alpha), all three co-sold.
    assertEquals(ObservedMotion.SELL_WITH, observed.get(R_ALPHA));
    // beta: leads hq -> beta only, opportunities beta -> hq only: beta is hq's channel.
    assertEquals(ObservedMotion.SELL_THROUGH, observed.get(R_BETA));
    assertEquals(
        Optional.of(BETA),
        analysis.motions().stream()
            .filter(m -> m.relationship().equals(R_BETA))
            .findFirst()
            .orElseThrow()
            .channel());
    // gamma: one opportunity is fewer than three events.
    assertEquals(ObservedMotion.UNDETERMINED, observed.get(R_GAMMA));
    assertEquals(
        List.of(R_ALPHA, R_BETA, R_GAMMA),
        analysis.motions().stream().map(m -> m.relationship()).toList());
  }

  @Test
  void everyRuleThatAppliesIsAFinding() {
    AllianceAnalysis analysis = analyse(portfolio());
    Set<String> found =
        analysis.findings().stream()
            .map(f -> f.kind() + " " + f.relationship().map(RelationshipId::value).orElse("-"))
            .collect(Collectors.toSet());
    assertTrue(found.contains("MOTION_MISMATCH hq-beta"), found::toString);
    assertTrue(found.contains("REVIEW_OVERDUE hq-beta"), found::toString);
    assertTrue(found.contains("MISSING_SPONSOR hq-alpha"), found::toString);
    assertTrue(found.contains("COMPETENCY_EXPIRING -"), found::toString);
    // reg-2 (beta) comes after reg-1 (alpha) on o-3; hq and beta have relationship hq-beta, but
    // o-3 is alpha's, and alpha and beta have none.
    assertTrue(found.contains("REGISTRATION_REJECTED -"), found::toString);
    assertFalse(found.contains("MOTION_MISMATCH hq-gamma"), found::toString);
    assertFalse(found.contains("MOTION_MISMATCH hq-alpha"), found::toString);
    List<Finding> findings = analysis.findings();
    for (int i = 1; i < findings.size(); i++) {
      assertTrue(
          findings.get(i - 1).severity().compareTo(findings.get(i).severity()) >= 0,
          "most severe first");
    }
  }

  @Test
  void aMisalignedBudgetCycleIsAFindingNamingTheNextJointDeadline() {
    AlliancePortfolio base = portfolio();
    List<Partner> partners = new ArrayList<>();
    for (Partner partner : base.partners()) {
      partners.add(
          partner.id().equals(GAMMA) ? partner.withFiscalYearStartMonth(Month.APRIL) : partner);
    }
    AllianceAnalysis analysis =
        analyse(AlliancePortfolio.builder().from(base).partners(partners).build());
    // hq starts in January, gamma in April: 3 months apart. As of 2026-06-30 the next starts are
    // 2027-01-01 and 2027-04-01; the earlier less the 3-month lead time is 2026-10-01.
    List<Finding> misaligned =
        analysis.findings().stream()
            .filter(f -> f.kind() == FindingKind.BUDGET_CYCLE_MISALIGNED)
            .toList();
    assertEquals(1, misaligned.size(), misaligned::toString);
    Finding finding = misaligned.get(0);
    assertEquals(Optional.of(R_GAMMA), finding.relationship());
    assertEquals(Set.of(HQ, GAMMA), finding.parties());
    assertEquals(Severity.MEDIUM, finding.severity());
    assertTrue(finding.message().contains("2026-10-01"), finding.message());
    assertTrue(finding.message().contains("3 months apart"), finding.message());
    assertEquals(
        List.of("hq-alpha 0", "hq-beta 0", "hq-gamma 3"),
        analysis.planning().budgetCycles().stream()
            .map(c -> c.relationship().value() + " " + c.offsetMonths())
            .toList());
    assertEquals(
        LocalDate.of(2026, 10, 1), analysis.planning().budgetCycles().get(2).nextJointDeadline());
    assertEquals(AS_OF, analysis.planning().asOf());
  }

  @Test
  void alignedBudgetCyclesAreNoFinding() {
    AllianceAnalysis analysis = analyse(portfolio());
    assertTrue(
        analysis.findings().stream()
            .noneMatch(f -> f.kind() == FindingKind.BUDGET_CYCLE_MISALIGNED),
        analysis.findings()::toString);
    assertEquals(3, analysis.planning().budgetCycles().size());
  }

  @Test
  void theFirstToRegisterWins() {
    AllianceAnalysis analysis = analyse(portfolio());
    assertEquals(
        List.of("reg-1 APPROVED", "reg-2 REJECTED"),
        analysis.registrations().stream()
            .map(o -> o.registrationId().value() + " " + o.decision())
            .toList());
    assertTrue(analysis.registrations().get(1).message().contains("reg-1"));
    assertEquals(Decision.REJECTED, analysis.registrations().get(1).decision());
  }

  @Test
  void velocityCountsTheDealsClosedInTheWindowByRoute() {
    AllianceAnalysis analysis = analyse(portfolio());
    Map<Segment, SegmentVelocity> bySegment =
        analysis.velocity().stream().collect(Collectors.toMap(v -> v.segment(), v -> v));
    // ALLIANCE: o-1 won (EUR 1,000, 2025-11-01 to 2026-03-01 = 120 days), o-2 lost.
    SegmentVelocity alliance = bySegment.get(Segment.ALLIANCE);
    assertEquals(1, alliance.won());
    assertEquals(1, alliance.lost());
    assertEquals("0.5000", alliance.winRate().toPlainString());
    assertEquals(Optional.of(Money.of(1_000, "EUR")), alliance.averageWonAmount());
    assertEquals("120.0", alliance.averageCycleDays().orElseThrow().toPlainString());
    // DIRECT: o-7 won, 40 days.
    SegmentVelocity direct = bySegment.get(Segment.DIRECT);
    assertEquals(1, direct.won());
    assertEquals("40.0", direct.averageCycleDays().orElseThrow().toPlainString());
    assertFalse(bySegment.containsKey(Segment.CHANNEL));
  }

  @Test
  void trendsFollowEachHalfYear() {
    AllianceAnalysis analysis = analyse(portfolio());
    HalfYearTrend trend = analysis.trends().get(R_ALPHA);
    assertEquals(
        List.of(RevenuePeriod.half(2025, 2), RevenuePeriod.half(2026, 1)),
        trend.points().stream().map(p -> p.half()).toList());
    // Every factor rated 4 of 10, then 6 of 10: overall 0.4, then 0.6, a change of +0.2.
    assertEquals(0.4, trend.points().get(0).overall(), 1e-12);
    assertEquals(0.6, trend.points().get(1).overall(), 1e-12);
    assertEquals(0.2, trend.points().get(1).change().getAsDouble(), 1e-12);
    // Two (relationship, half-year) pairs are fewer than three: a reason, no numbers.
    assertEquals(List.of(0, 1), analysis.evidence().stream().map(e -> e.lag()).toList());
    assertTrue(analysis.evidence().get(0).reason().isPresent());
    assertEquals(2, analysis.evidence().get(0).pairs());
  }

  /**
   * Silver asks for EUR 500 won in twelve months; Gold for EUR 1,500, competency Data &amp; AI and
   * an overall score of 0.7. Alpha (won o-1, EUR 1,000; latest score 0.6 in 2026-H1) is assigned
   * Gold but meets Silver only; beta (nothing won) is assigned Silver but meets no tier; gamma has
   * no assigned tier, so it is never at risk; the host has no standing.
   */
  static AlliancePortfolio withProgramme() {
    return AlliancePortfolio.builder()
        .from(portfolio())
        .addTiers(
            ProgrammeTier.builder()
                .name("Silver")
                .rank(1)
                .minWonRevenue(Money.of(500, "EUR"))
                .build(),
            ProgrammeTier.builder()
                .name("Gold")
                .rank(2)
                .minWonRevenue(Money.of(1_500, "EUR"))
                .addRequiredCompetencies("Data & AI")
                .minScore(new java.math.BigDecimal("0.7"))
                .build())
        .addPartnerTiers(PartnerTier.of(ALPHA, "Gold"), PartnerTier.of(BETA, "Silver"))
        .build();
  }

  @Test
  void aPartnerBelowItsAssignedTierIsATierAtRiskFinding() {
    AllianceAnalysis analysis = analyse(withProgramme());
    ProgrammeAnalysis programme = analysis.programme().orElseThrow();
    assertEquals(
        List.of("alpha Gold Silver", "beta Silver -", "gamma - -"),
        programme.qualifications().stream()
            .map(
                q ->
                    q.partner().value()
                        + " "
                        + q.assignedTier().orElse("-")
                        + " "
                        + q.qualifiedTier().orElse("-"))
            .toList());
    List<Finding> atRisk =
        analysis.findings().stream().filter(f -> f.kind() == FindingKind.TIER_AT_RISK).toList();
    assertEquals(
        List.of(
            "partner alpha is assigned tier Gold but qualifies only for Silver; for Gold it needs"
                + " EUR 500.00 more won revenue, needs competency Data & AI, needs an overall score"
                + " of at least 0.7, has 0.60",
            "partner beta is assigned tier Silver but qualifies for no tier; for Silver it needs"
                + " EUR 500.00 more won revenue"),
        atRisk.stream().map(Finding::message).toList());
    assertEquals(
        List.of(Optional.of(R_ALPHA), Optional.of(R_BETA)),
        atRisk.stream().map(Finding::relationship).toList());
    assertEquals(Set.of(HQ, ALPHA), atRisk.get(0).parties());
    assertTrue(atRisk.stream().allMatch(f -> f.severity() == Severity.MEDIUM));
  }

  @Test
  void aPartnersScoreIsItsLatestHalfYearsOverall() {
    AllianceAnalysis analysis = analyse(portfolio());
    // alpha's trend: 0.4 in 2025-H2, 0.6 in 2026-H1; no other relationship is assessed.
    Map<PartnerId, Double> scores = AllianceAnalyzer.partnerScores(portfolio(), analysis.trends());
    assertEquals(Set.of(ALPHA), scores.keySet());
    assertEquals(0.6, scores.get(ALPHA), 1e-12);
  }

  @Test
  void withoutAProgrammeNoPartnerIsAtRisk() {
    AllianceAnalysis analysis = analyse(portfolio());
    assertTrue(analysis.programme().isPresent());
    assertTrue(analysis.programme().get().atRisk().isEmpty());
    assertFalse(analysis.findings().stream().anyMatch(f -> f.kind() == FindingKind.TIER_AT_RISK));
  }

  @Test
  void theDefaultAsOfDateIsTheLatestRecordedEvent() {
    // The latest past event is the assessment of 2026-04-10; the expected closes of open deals
    // and the competency's expiry lie ahead and do not count.
    assertEquals(Optional.of(LocalDate.of(2026, 4, 10)), AsOfDates.latestRecorded(portfolio()));
    assertEquals(
        LocalDate.of(2026, 4, 10),
        AllianceAnalyzer.standard().withPermutations(99, 1).analyze(portfolio(), EUR).asOf());
  }

  @Test
  void anAsOfDateBeforeARegistrationLeavesItUndecided() {
    AllianceAnalysis early =
        AllianceAnalyzer.standard()
            .withPermutations(99, 1)
            .analyze(portfolio(), LocalDate.of(2026, 1, 18), EUR);
    assertEquals(
        List.of("reg-1"),
        early.registrations().stream().map(o -> o.registrationId().value()).toList());
  }

  @Test
  void refusesNothingToDateAPortfolioBy() {
    AlliancePortfolio empty = AlliancePortfolio.builder().host(HQ).build();
    assertEquals(Optional.empty(), AsOfDates.latestRecorded(empty));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AllianceAnalyzer.standard().analyze(empty, EUR));
    assertTrue(e.getMessage().contains("as-of"), e.getMessage());
  }

  @Property(tries = 30)
  void theOrderOfTheRecordsChangesNothing(@ForAll long seed) {
    AlliancePortfolio original = withProgramme();
    Random random = new Random(seed);
    AlliancePortfolio shuffled =
        AlliancePortfolio.builder()
            .from(original)
            .partners(shuffle(original.partners(), random))
            .relationships(shuffle(original.relationships(), random))
            .opportunities(shuffle(original.opportunities(), random))
            .leads(shuffle(original.leads(), random))
            .registrations(shuffle(original.registrations(), random))
            .assessments(shuffle(original.assessments(), random))
            .revenues(shuffle(original.revenues(), random))
            .tiers(shuffle(original.tiers(), random))
            .partnerTiers(shuffle(original.partnerTiers(), random))
            .build();
    assertEquals(
        analyse(original).withRecordProblems(List.of()),
        analyse(shuffled).withRecordProblems(List.of()));
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return ImmutableList.copyOf(copy);
  }

  private static AllianceAnalysis analyse(AlliancePortfolio portfolio) {
    return AllianceAnalyzer.standard().withPermutations(999, 7).analyze(portfolio, AS_OF, EUR);
  }

  private static Partner partner(PartnerId id, long employees) {
    return Partner.builder()
        .id(id)
        .name("Company " + id)
        .addKinds(PartnerKind.ISV)
        .size(CompanySize.of(employees))
        .build();
  }

  private static Opportunity.Builder deal(
      String id, PartnerId owner, String account, LocalDate created, Stage stage, long amount) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of(account), "Customer " + account))
        .name("Deal " + id)
        .amount(Money.of(amount, "EUR"))
        .stage(stage)
        .created(created)
        .expectedClose(created.plusDays(200))
        .owner(owner);
  }

  private static Lead lead(String id, PartnerId source, PartnerId to) {
    return Lead.builder()
        .id(LeadId.of(id))
        .account(Account.of(AccountId.of("acc-" + id), "Customer " + id))
        .source(source)
        .received(IN_WINDOW)
        .addSharedWith(to)
        .build();
  }

  /** A registration approved two days after submission, or still pending. */
  private static Registration registration(
      String id, String opportunity, PartnerId party, LocalDate submitted, boolean approved) {
    DealRegistration.Builder registration =
        DealRegistration.builder()
            .registeringParty(party)
            .submitted(submitted)
            .expires(submitted.plusDays(180))
            .status(approved ? RegistrationStatus.APPROVED : RegistrationStatus.PENDING);
    if (approved) {
      registration.decided(submitted.plusDays(2));
    }
    return Registration.of(
        RegistrationId.of(id), OpportunityId.of(opportunity), registration.build());
  }

  @Test
  void theListenerHearsEveryPhaseInOrderAndChangesNothing() {
    List<String> heard = new ArrayList<>();
    AnalysisListener listener =
        new AnalysisListener() {
          @Override
          public void started(AnalysisPhase phase) {
            heard.add("start " + phase);
          }

          @Override
          public void finished(AnalysisPhase phase) {
            heard.add("end " + phase);
          }
        };
    AllianceAnalysis withListener =
        AllianceAnalyzer.standard().analyze(portfolio(), AS_OF, EUR, listener);
    List<String> expected = new ArrayList<>();
    for (AnalysisPhase phase : AnalysisPhase.values()) {
      expected.add("start " + phase);
      expected.add("end " + phase);
    }
    assertEquals(expected, heard);
    assertEquals(AllianceAnalyzer.standard().analyze(portfolio(), AS_OF, EUR), withListener);
    assertThrows(
        NullPointerException.class,
        () -> AllianceAnalyzer.standard().analyze(portfolio(), AS_OF, EUR, null));
  }

  private static Assessment assessment(
      String id, RelationshipId relationship, LocalDate date, double everyRating) {
    FactorCatalog catalog = FactorCatalogs.allianceSalesScorecard();
    Assessment.Builder builder =
        Assessment.builder()
            .id(AssessmentId.of(id))
            .relationship(relationship)
            .catalog(catalog)
            .scale(new NumericScale(0, 10))
            .assessor(Assessor.of("Ann", "Alliance manager"))
            .side(Side.HOST)
            .date(date);
    for (String code : catalog.codes()) {
      builder.addRatings(Rating.of(code, everyRating));
    }
    return builder.build();
  }
}
