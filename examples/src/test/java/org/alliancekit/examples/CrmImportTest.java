package org.alliancekit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.report.sample.SamplePortfolio;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CrmImportTest {
  private static final String OUTPUT = Printed.by(CrmImport::run);
  private static final PortfolioData DATA = CrmImport.read();

  private static void assertProblem(
      Problem problem, String file, long line, String column, ProblemKind kind, String text) {
    assertEquals(file, problem.file(), problem::toString);
    assertEquals(line, problem.line(), problem::toString);
    assertEquals(column, problem.column(), problem::toString);
    assertEquals(kind, problem.kind(), problem::toString);
    assertTrue(problem.message().contains(text), problem::toString);
  }

  @Test
  void reportsEveryBadRowOfTheBundledExportWithItsLine() {
    List<Problem> problems = DATA.problems();
    assertEquals(7, problems.size(), problems::toString);
    assertProblem(
        problems.get(0), "Opportunity.csv", 6, "Amount", ProblemKind.INVALID_VALUE, "'12,5OO'");
    assertProblem(
        problems.get(1),
        "Opportunity.csv",
        8,
        "StageName",
        ProblemKind.UNKNOWN_REFERENCE,
        "'Contracting' is neither a stage of the co-sell model nor a standard Salesforce stage");
    assertProblem(
        problems.get(2),
        "Opportunity.csv",
        10,
        "CloseDate",
        ProblemKind.INVALID_VALUE,
        "2026-01-15 is before the creation date 2026-02-01");
    assertProblem(
        problems.get(3),
        "Opportunity.csv",
        11,
        "LeadSource",
        ProblemKind.INVALID_VALUE,
        "PARTNER_SOURCED, but it has no OpportunityPartner row");
    assertProblem(
        problems.get(4),
        "OpportunityPartner.csv",
        9,
        "OpportunityId",
        ProblemKind.UNKNOWN_REFERENCE,
        "opportunity 006Qy00000Op005IAA was left out (Opportunity.csv line 6)");
    assertProblem(
        problems.get(5),
        "OpportunityPartner.csv",
        12,
        "OpportunityId",
        ProblemKind.UNKNOWN_REFERENCE,
        "opportunity 006Qy00000Op099IAA is not in an Opportunity file");
    assertProblem(
        problems.get(6),
        "OpportunityPartner.csv",
        16,
        "Role",
        ProblemKind.INVALID_VALUE,
        "'Landlord'");
    assertTrue(
        OUTPUT.startsWith(
            "Imported 8 opportunities from Account.csv, Opportunity.csv, OpportunityPartner.csv;"
                + " 7 problems:"),
        OUTPUT);
  }

  @Test
  void mapsTheColumnsOntoTheModel() {
    Opportunity first = DATA.opportunities().get(0);
    assertEquals("006Qy00000Op001IAA", first.id().value());
    assertEquals("Claims platform modernisation", first.name());
    assertEquals(AccountId.of("001Qy00000bAlGtIAA"), first.account().id());
    assertEquals("Aldersgate Mutual Insurance", first.account().name());
    assertEquals("Business Validation", first.stage().name());
    assertEquals(Money.of(new BigDecimal("420000"), "GBP"), first.amount());
    assertEquals(LocalDate.of(2026, 2, 11), first.created());
    assertEquals(LocalDate.of(2026, 9, 30), first.expectedClose());
    assertEquals(SamplePortfolio.HOST, first.owner());
    assertEquals(Origin.PARTNER_SOURCED, first.origin());
    PartnerId plaidwick = PartnerId.of("001Qy00000aPlWkIAA");
    assertEquals(
        List.of(
            Involvement.of(plaidwick, InvolvementRole.ORIGINATOR),
            Involvement.of(plaidwick, InvolvementRole.TECHNOLOGY_PROVIDER),
            Involvement.of(
                PartnerId.of("001Qy00000aCrVnIAA"), InvolvementRole.TECHNOLOGY_PROVIDER)),
        first.involvements());
    String line =
        OUTPUT.lines().filter(l -> l.startsWith("006Qy00000Op001IAA")).findFirst().orElseThrow();
    assertEquals(
        List.of(
            "006Qy00000Op001IAA",
            "Claims platform modernisation",
            "Business Validation",
            "GBP 420,000.00",
            "PARTNER_SOURCED",
            "Plaidwick Insurance Suite (ORIGINATOR, TECHNOLOGY_PROVIDER), Corvane Cloud"
                + " (TECHNOLOGY_PROVIDER)"),
        List.of(line.strip().split(" {2,}")));
  }

  @Test
  void theAccountsNamedAsPartnersArePartnersAndAnUnlistedOneIsNamedByItsId() {
    assertEquals(SamplePortfolio.HOST, DATA.partners().get(0).id());
    assertEquals(
        "001Qy00000aZzQxIAA",
        DATA.partner(PartnerId.of("001Qy00000aZzQxIAA")).orElseThrow().partner().name());
    assertEquals(
        "Corvane Cloud",
        DATA.partner(PartnerId.of("001Qy00000aCrVnIAA")).orElseThrow().partner().name());
  }

  @Test
  void mainPrintsTheSameToStandardOutput() {
    assertEquals(OUTPUT, Printed.byMain(CrmImport::main));
  }
}
