package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class OpportunitiesCsvTest {
  private static final String OPPS = "opportunities.csv";
  private static final String INVS = "involvements.csv";
  private static final String OPP_HEADER =
      "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,close_date,"
          + "owner_id,origin\n";
  private static final String INV_HEADER = "opportunity_id,partner_id,role,since_date\n";

  private static ReadResult<Opportunity> read(String opportunities, String involvements) {
    return OpportunitiesCsv.read(
        new StringReader(opportunities), OPPS, new StringReader(involvements), INVS);
  }

  private static Opportunity.Builder o1() {
    return Opportunity.builder()
        .id(OpportunityId.of("o1"))
        .account(Account.of(AccountId.of("northwind"), "Northwind Traders"))
        .name("Claims platform")
        .amount(Money.of(new BigDecimal("250000.00"), "GBP"))
        .stage(StageModels.coSell().get("Technical Validation"))
        .created(LocalDate.of(2026, 1, 10))
        .expectedClose(LocalDate.of(2026, 6, 30))
        .owner(Samples.HOST);
  }

  @Test
  void joinsInvolvementsToTheirOpportunities() {
    ReadResult<Opportunity> result =
        read(
            OPP_HEADER
                + "o1,northwind,Northwind Traders,Claims platform,250000.00,GBP,technical"
                + " validation,2026-01-10,2026-06-30,hq,PARTNER_SOURCED\n"
                + "o2,contoso,Contoso,Renewal,1200,EUR,Launched,2025-11-01,2026-01-31,hq,\n",
            INV_HEADER
                + "o1,acme,ORIGINATOR,2026-01-10\n"
                + "o2,globex,influencer,\n"
                + "o1,acme,CO_SELLER,\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        o1().origin(Origin.PARTNER_SOURCED)
            .addInvolvements(
                Involvement.of(Samples.ACME, InvolvementRole.ORIGINATOR, LocalDate.of(2026, 1, 10)),
                Involvement.of(Samples.ACME, InvolvementRole.CO_SELLER))
            .build(),
        result.values().get(0));
    Opportunity o2 = result.values().get(1);
    assertEquals(Origin.DIRECT, o2.origin());
    assertEquals(StageModels.coSell().get("Launched"), o2.stage());
    assertEquals(
        ImmutableList.of(Involvement.of(Samples.GLOBEX, InvolvementRole.INFLUENCER)),
        o2.involvements());
    assertEquals(ImmutableList.of(2L, 3L), result.lines());
  }

  @Test
  void readsStagesOfAGivenStageModel() {
    StageModel simple =
        StageModel.of("Simple", Stage.open("Working", 0.3), Stage.won("Won"), Stage.lost("Lost"));
    ReadResult<Opportunity> result =
        OpportunitiesCsv.read(
            new StringReader(
                "owner_id,close_date,created_date,stage,currency,amount,name,account_name,account_id,opportunity_id\n"
                    + "hq,2026-06-30,2026-01-10,working,GBP,5,Deal,N,n,o1\n"),
            OPPS,
            new StringReader("role,partner_id,opportunity_id\n"),
            INVS,
            simple);
    assertTrue(result.isClean(), result::toString);
    assertEquals(Stage.open("Working", 0.3), result.values().get(0).stage());
  }

  @Test
  void reportsEveryBadOpportunityRow() {
    ReadResult<Opportunity> result =
        read(
            OPP_HEADER
                + "o1,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,\n" // 2
                + "o2,n,N,Deal,5,GBP,Proposal,2026-01-10,2026-06-30,hq,\n" // 3: not a co-sell stage
                + "o3,n,N,Deal,-5,GBP,Prospect,2026-01-10,2026-06-30,hq,\n" // 4: negative amount
                + "o4,n,N,Deal,5,GBP,Prospect,2026-06-30,2026-01-10,hq,\n" // 5: closes before
                // created
                + "o5,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,SOURCED\n" // 6: bad origin
                + "o1,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,\n" // 7: duplicate
                + "o6,n,,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,,\n" // 8: no account name, owner
                + "o7,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,PARTNER_INFLUENCED\n", // 9
            INV_HEADER + "o7,hq,CO_SELLER,\n");
    assertProblems(
        result,
        at(OPPS, 3, "stage", ProblemKind.UNKNOWN_REFERENCE),
        at(OPPS, 4, "amount", ProblemKind.OUT_OF_RANGE),
        at(OPPS, 5, "", ProblemKind.INVALID_VALUE),
        at(OPPS, 6, "origin", ProblemKind.INVALID_VALUE),
        at(OPPS, 7, "opportunity_id", ProblemKind.DUPLICATE),
        at(OPPS, 8, "account_name", ProblemKind.MISSING_VALUE),
        at(OPPS, 8, "owner_id", ProblemKind.MISSING_VALUE),
        at(OPPS, 9, "origin", ProblemKind.INVALID_VALUE),
        at(INVS, 2, "opportunity_id", ProblemKind.UNKNOWN_REFERENCE));
    assertEquals(
        ImmutableList.of(OpportunityId.of("o1")),
        result.values().stream().map(Opportunity::id).toList());
    assertEquals(
        "stage 'Proposal' is not a stage of stage model Co-sell: Prospect, Qualified, Technical"
            + " Validation, Business Validation, Committed, Launched, Closed Lost",
        problemAt(result, 3, "stage").message());
    assertEquals(
        "opportunity o4 is expected to close on 2026-01-10, before it was created on 2026-06-30",
        problemAt(result, 5, "").message());
    assertEquals(
        "opportunity o7 is PARTNER_INFLUENCED, so involvements.csv must list at least one party"
            + " other than its owner hq",
        problemAt(result, 9, "origin").message());
    assertEquals(
        "opportunity o7 was rejected on line 9 of opportunities.csv",
        result.problems().get(8).message());
  }

  @Test
  void reportsEveryBadInvolvementRow() {
    ReadResult<Opportunity> result =
        read(
            OPP_HEADER
                + "o1,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,PARTNER_SOURCED\n"
                + "o2,n,N,Deal,5,GBP,Nope,2026-01-10,2026-06-30,hq,\n",
            INV_HEADER
                + "o1,acme,ORIGINATOR,\n" // 2
                + "o1,acme,originator,2026-01-11\n" // 3: same party and role again
                + "o9,acme,CO_SELLER,\n" // 4: no such opportunity
                + "o2,acme,CO_SELLER,\n" // 5: opportunity row rejected
                + "o1,globex,SPONSOR,\n" // 6: unknown role
                + "o1,globex,RESELLER,01/02/2026\n"); // 7: bad date
    assertProblems(
        result,
        at(OPPS, 3, "stage", ProblemKind.UNKNOWN_REFERENCE),
        at(INVS, 3, "partner_id", ProblemKind.DUPLICATE),
        at(INVS, 4, "opportunity_id", ProblemKind.UNKNOWN_REFERENCE),
        at(INVS, 5, "opportunity_id", ProblemKind.UNKNOWN_REFERENCE),
        at(INVS, 6, "role", ProblemKind.INVALID_VALUE),
        at(INVS, 7, "since_date", ProblemKind.INVALID_VALUE));
    assertEquals(
        "opportunity o1 already lists acme as ORIGINATOR on line 2",
        result.problems().get(1).message());
    assertEquals("opportunity o9 is not in opportunities.csv", result.problems().get(2).message());
    assertEquals(
        "opportunity o2 was rejected on line 3 of opportunities.csv",
        result.problems().get(3).message());
    assertEquals(
        ImmutableList.of(Involvement.of(Samples.ACME, InvolvementRole.ORIGINATOR)),
        result.values().get(0).involvements());
  }

  @Test
  void roundTripsWhatTheFilesHold() throws IOException {
    Opportunity rich = Samples.opportunity();
    Opportunity held =
        rich.withAccount(Account.of(rich.account().id(), rich.account().name()))
            .withSolution(java.util.Optional.empty())
            .withRegistration(java.util.Optional.empty())
            .withStageHistory();
    ImmutableList<Opportunity> opportunities =
        ImmutableList.of(held, o1().amount(Money.of(0, "JPY")).build());
    StringWriter opps = new StringWriter();
    StringWriter invs = new StringWriter();
    OpportunitiesCsv.writeOpportunities(opps, opportunities);
    OpportunitiesCsv.writeInvolvements(invs, opportunities);
    ReadResult<Opportunity> back = read(opps.toString(), invs.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(opportunities, back.values());
  }

  @Test
  void involvesNoPartyWithoutInvolvementRows() {
    ReadResult<Opportunity> result =
        read(OPP_HEADER + "o1,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,DIRECT\n", "");
    assertEquals(1, result.values().size());
    assertProblems(result, at(INVS, 1, "", ProblemKind.MISSING_COLUMN));
    assertEquals(PartnerId.of("hq"), result.values().get(0).owner());
  }

  @Test
  void resolvesSolutionIdsAgainstTheSolutionsGiven() {
    Solution claims = Samples.opportunity().solution().orElseThrow();
    ReadResult<Opportunity> result =
        OpportunitiesCsv.read(
            new StringReader(
                OPP_HEADER.strip()
                    + ",solution_id\n"
                    + "o1,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,,claims-on-cloud\n"
                    + "o2,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,,\n"
                    + "o3,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,,other\n"),
            OPPS,
            new StringReader(INV_HEADER),
            INVS,
            StageModels.coSell(),
            ImmutableMap.of(claims.id(), claims));
    assertProblems(result, at(OPPS, 4, "solution_id", ProblemKind.UNKNOWN_REFERENCE));
    assertEquals(
        "solution_id 'other' is not among the solutions given",
        problemAt(result, 4, "solution_id").message());
    assertEquals(Optional.of(claims), result.values().get(0).solution());
    assertEquals(Optional.empty(), result.values().get(1).solution());
    assertEquals(ImmutableList.of(2L, 3L), result.lines());
  }

  @Test
  void reportsASolutionIdWhenNoSolutionsAreGiven() {
    ReadResult<Opportunity> result =
        read(
            OPP_HEADER.strip()
                + ",solution_id\n"
                + "o1,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,,claims-on-cloud\n"
                + "o2,n,N,Deal,5,GBP,Prospect,2026-01-10,2026-06-30,hq,,\n",
            INV_HEADER);
    assertProblems(result, at(OPPS, 2, "solution_id", ProblemKind.UNKNOWN_REFERENCE));
    assertEquals(
        "solution_id 'claims-on-cloud' names a solution, but no solutions were given to read it",
        problemAt(result, 2, "solution_id").message());
    assertEquals(ImmutableList.of(3L), result.lines());
  }

  @Test
  void roundTripsTheSolutionByItsId() throws IOException {
    Opportunity rich = Samples.opportunity();
    Opportunity held =
        rich.withAccount(Account.of(rich.account().id(), rich.account().name()))
            .withRegistration(Optional.empty())
            .withStageHistory();
    Solution solution = held.solution().orElseThrow();
    StringWriter opps = new StringWriter();
    StringWriter invs = new StringWriter();
    OpportunitiesCsv.writeOpportunities(opps, ImmutableList.of(held));
    OpportunitiesCsv.writeInvolvements(invs, ImmutableList.of(held));
    assertTrue(opps.toString().contains(",claims-on-cloud,,,,,\r\n"), opps::toString);
    ReadResult<Opportunity> back =
        OpportunitiesCsv.read(
            new StringReader(opps.toString()),
            OPPS,
            new StringReader(invs.toString()),
            INVS,
            StageModels.coSell(),
            ImmutableMap.of(solution.id(), solution));
    assertTrue(back.isClean(), back::toString);
    assertEquals(ImmutableList.of(held), back.values());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester()
        .setDefault(StageModel.class, StageModels.coSell())
        .testAllPublicStaticMethods(OpportunitiesCsv.class);
  }
}
