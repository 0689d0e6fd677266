package org.alliancekit.model.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.network.NetworkType;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.IncentiveKind;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.model.venture.Ownership;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AlliancePortfolioTest {
  private static final PartnerId HOST = PartnerId.of("host");
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final PartnerId GHOST = PartnerId.of("ghost");
  private static final RelationshipId R1 = RelationshipId.of("r1");
  private static final Account NORTHWIND = Account.of(AccountId.of("a1"), "Northwind");
  private static final Solution CLAIMS =
      Solution.of(
          SolutionId.of("claims"),
          "Claims",
          Contribution.of(ACME, ContributionKind.RESALE),
          Contribution.of(HOST, ContributionKind.PLATFORM));

  private static Partner partner(PartnerId id) {
    return Partner.builder().id(id).name(id.value()).addKinds(PartnerKind.ISV).build();
  }

  private static Relationship relationship(RelationshipId id, PartnerId host, PartnerId partner) {
    return Relationship.builder()
        .id(id)
        .host(host)
        .partner(partner)
        .motion(SellWith.of("host", "partner", true))
        .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
        .formality(Formality.quidProQuo(Period.ofMonths(6)))
        .start(LocalDate.of(2024, 1, 1))
        .build();
  }

  private static Opportunity opportunity(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(NORTHWIND)
        .name("Deal " + id)
        .amount(Money.of(100, "EUR"))
        .stage(StageModels.coSell().get("Qualified"))
        .created(LocalDate.of(2026, 1, 10))
        .expectedClose(LocalDate.of(2026, 6, 30))
        .owner(HOST)
        .build();
  }

  private static Lead lead(String id) {
    return Lead.builder()
        .id(LeadId.of(id))
        .account(NORTHWIND)
        .source(ACME)
        .received(LocalDate.of(2026, 1, 5))
        .addSharedWith(HOST)
        .build();
  }

  private static PeriodRevenue revenue(RelationshipId id, String period) {
    return PeriodRevenue.of(id, RevenuePeriod.parse(period), Money.of(1000, "EUR"));
  }

  private static AlliancePortfolio.Builder consistent() {
    return AlliancePortfolio.builder()
        .host(HOST)
        .addPartners(partner(HOST), partner(ACME))
        .addAccounts(NORTHWIND)
        .addRelationships(relationship(R1, HOST, ACME))
        .addOpportunities(opportunity("o1").withSolution(CLAIMS))
        .addLeads(lead("l1").convertedTo(OpportunityId.of("o1")))
        .addSolutions(CLAIMS)
        .addRegistrations(
            Registration.of(
                RegistrationId.of("g1"),
                OpportunityId.of("o1"),
                DealRegistration.pending(ACME, LocalDate.of(2026, 1, 12))))
        .addVentures(
            JointVenture.builder()
                .id(JointVentureId.of("jv"))
                .name("Joint")
                .addOwners(
                    Ownership.of(HOST, new BigDecimal("0.5")),
                    Ownership.of(ACME, new BigDecimal("0.5")))
                .build())
        .addNetworks(
            PartnerNetwork.builder()
                .id(NetworkId.of("n1"))
                .name("Cloud circle")
                .type(NetworkType.PEER_TO_PEER)
                .addMembers(HOST, ACME)
                .build())
        .addRevenues(revenue(R1, "2025-H2"), revenue(R1, "2026-Q1"), revenue(R1, "2026-Q2"));
  }

  @Test
  void aConsistentPortfolioHasNoProblem() {
    AlliancePortfolio portfolio = consistent().build();
    assertEquals(List.of(), portfolio.problems());
    assertEquals(List.of(CLAIMS), List.copyOf(portfolio.solutions()));
    assertEquals(1, portfolio.registrationsOf(OpportunityId.of("o1")).size());
    assertEquals(3, portfolio.revenuesOf(R1).size());
  }

  @Test
  void reportsEveryBrokenRuleAtItsRecord() {
    AlliancePortfolio portfolio =
        consistent()
            .addPartners(partner(ACME)) // partners[2]: id twice
            .addRelationships(relationship(RelationshipId.of("r2"), ACME, HOST)) // another host
            .addOpportunities(
                opportunity("o2")
                    .withInvolvements(Involvement.of(GHOST, InvolvementRole.CO_SELLER))
                    .withSolution(
                        Solution.of(
                            SolutionId.of("other"),
                            "Other",
                            Contribution.of(ACME, ContributionKind.SERVICES))))
            .addLeads(lead("l2").convertedTo(OpportunityId.of("o9")))
            .addRegistrations(
                Registration.of(
                    RegistrationId.of("g2"),
                    OpportunityId.of("o8"),
                    DealRegistration.pending(GHOST, LocalDate.of(2026, 1, 12))))
            .addRevenues(revenue(R1, "2026-H1"), revenue(RelationshipId.of("r7"), "2026-H1"))
            .build();

    assertEquals(
        List.of(
            new RecordProblem(
                Section.PARTNERS,
                2,
                "acme",
                "id",
                ProblemKind.DUPLICATE,
                "id acme is already used at index 1 of partners"),
            new RecordProblem(
                Section.RELATIONSHIPS,
                1,
                "r2",
                "host",
                ProblemKind.INCONSISTENT,
                "relationship r2 has host acme, not the portfolio's host host"),
            new RecordProblem(
                Section.OPPORTUNITIES,
                1,
                "o2",
                "involvements",
                ProblemKind.UNKNOWN_REFERENCE,
                "opportunity o2 names party ghost, which is not among the partners"),
            new RecordProblem(
                Section.OPPORTUNITIES,
                1,
                "o2",
                "solution",
                ProblemKind.UNKNOWN_REFERENCE,
                "opportunity o2 sells solution other, which is not in the portfolio"),
            new RecordProblem(
                Section.LEADS,
                1,
                "l2",
                "convertedOpportunity",
                ProblemKind.UNKNOWN_REFERENCE,
                "lead l2 was converted to opportunity o9, which is not in the portfolio"),
            new RecordProblem(
                Section.REGISTRATIONS,
                1,
                "g2",
                "opportunity",
                ProblemKind.UNKNOWN_REFERENCE,
                "registration g2 claims opportunity o8, which is not in the portfolio"),
            new RecordProblem(
                Section.REGISTRATIONS,
                1,
                "g2",
                "registration",
                ProblemKind.UNKNOWN_REFERENCE,
                "registration g2 names party ghost, which is not among the partners"),
            new RecordProblem(
                Section.REVENUES,
                3,
                "r1@2026-H1",
                "period",
                ProblemKind.INCONSISTENT,
                "relationship r1 books revenue for 2026-H1, which overlaps 2026-Q1 booked at"
                    + " index 1"),
            new RecordProblem(
                Section.REVENUES,
                4,
                "r7@2026-H1",
                "relationship",
                ProblemKind.UNKNOWN_REFERENCE,
                "revenue of 2026-H1 is booked to relationship r7, which is not in the portfolio")),
        portfolio.problems());
  }

  @Test
  void aMissingHostAndARevenueBookedTwiceAreReported() {
    AlliancePortfolio portfolio =
        AlliancePortfolio.builder()
            .host(HOST)
            .addPartners(partner(ACME))
            .addRevenues(revenue(R1, "2025-H2"), revenue(R1, "2025-H2"))
            .build();
    assertEquals(
        List.of(
            ProblemKind.UNKNOWN_REFERENCE, // host
            ProblemKind.UNKNOWN_REFERENCE, // revenues[0]: r1 unknown
            ProblemKind.UNKNOWN_REFERENCE, // revenues[1]: r1 unknown
            ProblemKind.DUPLICATE), // revenues[1]: 2025-H2 again
        portfolio.problems().stream().map(RecordProblem::kind).toList());
    assertEquals("host host is not among the partners", portfolio.problems().get(0).message());
  }

  private static ProgrammeTier tier(String name, int rank) {
    return ProgrammeTier.builder().name(name).rank(rank).minWonRevenue(Money.of(0, "EUR")).build();
  }

  @Test
  void theProgrammeRecordsAreCheckedAcrossRecords() {
    AlliancePortfolio consistent =
        consistent()
            .addTiers(tier("Silver", 1), tier("Gold", 2))
            .addPartnerTiers(PartnerTier.of(ACME, "Gold"))
            .addIncentives(
                Incentive.builder()
                    .programme("Referral")
                    .kind(IncentiveKind.REFERRAL_FEE)
                    .ratePercent(BigDecimal.TEN)
                    .build())
            .addSolutionNeeds(SolutionNeed.of(SolutionId.of("claims"), "Data & AI"))
            .build();
    assertEquals(List.of(), consistent.problems());

    AlliancePortfolio portfolio =
        consistent()
            .addTiers(tier("Silver", 1), tier("Gold", 1), tier("Gold", 3))
            .addPartnerTiers(
                PartnerTier.of(ACME, "Gold"),
                PartnerTier.of(ACME, "Silver"),
                PartnerTier.of(GHOST, "Platinum"))
            .addIncentives(
                Incentive.builder()
                    .programme("Rebate")
                    .kind(IncentiveKind.REBATE)
                    .tier("Bronze")
                    .ratePercent(BigDecimal.ONE)
                    .threshold(Money.of(1000, "EUR"))
                    .build())
            .addSolutionNeeds(
                SolutionNeed.of(SolutionId.of("claims"), "Data & AI"),
                SolutionNeed.of(SolutionId.of("claims"), "Data & AI"),
                SolutionNeed.of(SolutionId.of("nothing"), "Cloud"))
            .build();
    assertEquals(
        List.of(
            "/tiers/2/id DUPLICATE id Gold is already used at index 1 of tiers",
            "/tiers/1/rank DUPLICATE rank 1 is already used at index 0 of tiers",
            "/partnerTiers/1/id DUPLICATE id acme is already used at index 0 of partnerTiers",
            "/partnerTiers/2/partner UNKNOWN_REFERENCE assigned tier of ghost names party ghost,"
                + " which is not among the partners",
            "/partnerTiers/2/tier UNKNOWN_REFERENCE assigned tier of ghost names tier Platinum,"
                + " which is not among the programme's tiers",
            "/incentives/0/tier UNKNOWN_REFERENCE programme Rebate names tier Bronze,"
                + " which is not among the programme's tiers",
            "/solutionNeeds/1/id DUPLICATE id claims/Data & AI is already used at index 0 of"
                + " solutionNeeds",
            "/solutionNeeds/2/solution UNKNOWN_REFERENCE competency Cloud is needed by solution"
                + " nothing, which is not in the portfolio"),
        portfolio.problems().stream()
            .map(problem -> problem.pointer() + " " + problem.kind() + " " + problem.message())
            .toList());
  }

  @Test
  void aProblemIsLocatedByPointerAndByRow() {
    RecordProblem problem =
        new RecordProblem(
            Section.LEADS, 3, "l4", "convertedOpportunity", ProblemKind.UNKNOWN_REFERENCE, "m");
    assertEquals("/leads/3/convertedOpportunity", problem.pointer());
    assertEquals(Problem.atRow(3, "l4", ProblemKind.UNKNOWN_REFERENCE, "m"), problem.toProblem());
  }
}
