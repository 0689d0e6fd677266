package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Exclusivity;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SalesProcess;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RelationshipsCsvTest {
  private static final String FILE = "relationships.csv";
  private static final String HEADER =
      "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,alliance_revenue,"
          + "currency\n";

  private static ReadResult<RelationshipRow> read(String text) {
    return RelationshipsCsv.read(new StringReader(text), FILE);
  }

  private static Relationship relationship(String id, String partner) {
    return Relationship.builder()
        .id(RelationshipId.of(id))
        .host(Samples.HOST)
        .partner(PartnerId.of(partner))
        .motion(SellWith.of("host", "partner", true))
        .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
        .formality(Formality.of(FormalityKind.QUID_PRO_QUO))
        .start(LocalDate.of(2024, 1, 15))
        .build();
  }

  @Test
  void readsEachMotionWithTheHostAsTheActiveSide() {
    ReadResult<RelationshipRow> result =
        read(
            HEADER
                + "r1,hq,acme,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1000000,GBP\n"
                + "r2,hq,globex,sell_to,ASYMMETRIC_CHANNEL,contract,2023-07-01,250000.50,EUR\n"
                + "r3,hq,initech,SELL_THROUGH,asymmetric,INFORMAL,2025-02-28,0,USD\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        RelationshipRow.of(relationship("r1", "acme"), Money.of(1_000_000, "GBP")),
        result.values().get(0));
    Relationship sellTo = result.values().get(1).relationship();
    assertEquals(SellTo.of(Samples.HOST, Samples.GLOBEX), sellTo.motion());
    assertEquals(Symmetry.ASYMMETRIC_CHANNEL, sellTo.symmetry());
    assertEquals(Formality.of(FormalityKind.CONTRACT), sellTo.formality());
    assertEquals(
        Money.of(new BigDecimal("250000.50"), "EUR"), result.values().get(1).allianceRevenue());
    assertEquals(
        SellThrough.of(Samples.HOST, PartnerId.of("initech")),
        result.values().get(2).relationship().motion());
    assertEquals(ImmutableList.of(2L, 3L, 4L), result.lines());
  }

  @Test
  void readsColumnsInAnyOrder() {
    ReadResult<RelationshipRow> result =
        read(
            "currency,alliance_revenue,start_date,formality,symmetry,motion,partner_id,host_id,relationship_id\n"
                + "GBP,1000000,2024-01-15,QUID_PRO_QUO,SYMMETRIC_ALLIANCE,SELL_WITH,acme,hq,r1\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(relationship("r1", "acme"), result.values().get(0).relationship());
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<RelationshipRow> result =
        read(
            HEADER
                + "r1,hq,acme,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1000000,GBP\n" // 2
                + "r2,hq,hq,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP\n" // 3
                + "r3,hq,b,CO_SELL,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP\n" // 4
                + "r4,hq,b,SELL_WITH,BALANCED,QUID_PRO_QUO,2024-01-15,1,GBP\n" // 5
                + "r5,hq,b,SELL_WITH,SYMMETRIC,HANDSHAKE,2024-01-15,1,GBP\n" // 6
                + "r6,hq,b,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,15/01/2024,1,GBP\n" // 7
                + "r7,hq,b,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,-5,GBP\n" // 8
                + "r8,hq,b,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,,GBP\n" // 9
                + "r1,hq,c,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP\n" // 10
                + "r9,hq,c,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP\n"); // 11
    assertProblems(
        result,
        at(FILE, 3, "", ProblemKind.INVALID_VALUE),
        at(FILE, 4, "motion", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "symmetry", ProblemKind.INVALID_VALUE),
        at(FILE, 6, "formality", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "start_date", ProblemKind.INVALID_VALUE),
        at(FILE, 8, "alliance_revenue", ProblemKind.OUT_OF_RANGE),
        at(FILE, 9, "alliance_revenue", ProblemKind.MISSING_VALUE),
        at(FILE, 10, "relationship_id", ProblemKind.DUPLICATE));
    assertEquals(ImmutableList.of(2L, 11L), result.lines());
    assertEquals(
        "relationship r2 must have different host and partner, both are hq",
        problemAt(result, 3, "").message());
    assertEquals(
        "motion 'CO_SELL' is not one of SELL_WITH, SELL_TO, SELL_THROUGH",
        problemAt(result, 4, "motion").message());
    assertEquals(
        "start_date '15/01/2024' is not an ISO-8601 date such as 2026-03-31",
        problemAt(result, 7, "start_date").message());
    assertEquals(
        "relationship r1 is already listed on line 2",
        problemAt(result, 10, "relationship_id").message());
  }

  @Test
  void revenuesOfMoreThanOneHundredDigitsEitherSideOfThePointAreReportedAtTheirLine() {
    String hundred = "9".repeat(100);
    ReadResult<RelationshipRow> result =
        read(
            HEADER
                + "r1,hq,a,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,"
                + hundred
                + ",GBP\n" // 2
                + "r2,hq,b,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,9"
                + hundred
                + ",GBP\n" // 3
                // XAU has no minor unit, so a hundred decimals are a valid amount of gold.
                + "r3,hq,c,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,0."
                + hundred
                + ",XAU\n" // 4
                + "r4,hq,d,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,0."
                + hundred
                + "9,XAU\n");
    assertProblems(
        result,
        at(FILE, 3, "alliance_revenue", ProblemKind.OUT_OF_RANGE),
        at(FILE, 5, "alliance_revenue", ProblemKind.OUT_OF_RANGE));
    assertEquals(ImmutableList.of(2L, 4L), result.lines());
    assertTrue(
        problemAt(result, 3, "alliance_revenue")
            .message()
            .endsWith("has more than 100 digits before or after the decimal point"),
        () -> problemAt(result, 3, "alliance_revenue").message());
  }

  @Test
  void aRevenueFinerThanItsCurrencysMinorUnitIsReportedAtItsLineNotRounded() {
    ReadResult<RelationshipRow> result =
        read(
            HEADER
                + "r1,hq,a,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,450000.005,GBP\n"
                + "r2,hq,b,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,450000.50,GBP\n");
    assertEquals(ImmutableList.of(3L), result.lines());
    assertEquals(1, result.problems().size(), result.problems()::toString);
    assertEquals(2, result.problems().get(0).line());
    assertEquals(ProblemKind.INVALID_VALUE, result.problems().get(0).kind());
    assertTrue(
        result.problems().get(0).message().contains("GBP 450000.005 has more decimal places"),
        result.problems()::toString);
  }

  @Test
  void roundTripsWhatTheFileHolds() throws IOException {
    ImmutableList<RelationshipRow> rows =
        ImmutableList.of(
            RelationshipRow.of(
                relationship("r1", "acme"), Money.of(new BigDecimal("1000000.25"), "GBP")),
            RelationshipRow.of(Samples.sellTo(), Money.of(0, "JPY")),
            RelationshipRow.of(
                Samples.fixedFee()
                    .withMotion(SellThrough.of(Samples.HOST, Samples.GLOBEX))
                    .withFormality(Formality.of(FormalityKind.CONTRACT)),
                Money.of(12, "USD")));
    StringWriter out = new StringWriter();
    RelationshipsCsv.write(out, rows);
    ReadResult<RelationshipRow> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(rows, back.values());
  }

  /** The sell-with sample as far as the file can hold it. */
  private static Relationship writableSellWith() {
    return Samples.sellWith()
        .withFormality(Formality.quidProQuo(Period.ofMonths(24)))
        .withExclusivity(Exclusivity.builder().addTerritories("DE", "AT").build());
  }

  @Test
  void writingLeavesOutWhatTheFileCannotHold() throws IOException {
    StringWriter out = new StringWriter();
    RelationshipsCsv.write(
        out, ImmutableList.of(RelationshipRow.of(writableSellWith(), Money.of(5, "EUR"))));
    Relationship back = read(out.toString()).values().get(0).relationship();
    assertEquals(SellWith.of("host", "partner", true), back.motion());
    assertEquals(ImmutableList.of(), back.commitments());
    assertEquals(
        writableSellWith()
            .withMotion(SellWith.of("host", "partner", true))
            .withCommitments(ImmutableList.of()),
        back);
  }

  @Test
  void readsTheOptionalColumns() {
    ReadResult<RelationshipRow> result =
        read(
            "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
                + "alliance_revenue,currency,review_months,last_review_date,host_sponsor,"
                + "partner_sponsor,host_alliance_manager,partner_alliance_manager,"
                + "exclusive_scope\n"
                + "r1,hq,acme,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,"
                + "24,2025-11-03,Dana Reyes,Sam Ode,Ann Lee,Li Wei, DE ; AT \n"
                + "r2,hq,globex,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,,,,,,,\n"
                + "r3,hq,initech,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,1,,,,,, ; \n");
    assertTrue(result.isClean(), result::toString);
    Relationship full = result.values().get(0).relationship();
    assertEquals(Formality.quidProQuo(Period.ofMonths(24)), full.formality());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 3)), full.lastReview());
    assertEquals(
        Governance.builder()
            .hostSponsor("Dana Reyes")
            .partnerSponsor("Sam Ode")
            .hostAllianceManager("Ann Lee")
            .partnerAllianceManager("Li Wei")
            .build(),
        full.governance());
    assertEquals(
        Optional.of(Exclusivity.builder().addTerritories("DE", "AT").build()), full.exclusivity());
    assertEquals(relationship("r2", "globex"), result.values().get(1).relationship());
    Relationship monthly = result.values().get(2).relationship();
    assertEquals(Optional.of(Period.ofMonths(1)), monthly.formality().reviewCadence());
    assertEquals(Optional.empty(), monthly.exclusivity());
  }

  @Test
  void readsWhetherASalesProcessIsAgreedAndRefusesOtherWords() {
    ReadResult<RelationshipRow> result =
        read(
            HEADER.strip()
                + ",sales_process\n"
                + "r1,hq,a,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,agreed\n" // 2
                + "r2,hq,b,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,NONE\n" // 3
                + "r3,hq,c,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,\n" // 4
                + "r4,hq,d,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,maybe\n"); // 5
    assertProblems(result, at(FILE, 5, "sales_process", ProblemKind.INVALID_VALUE));
    assertEquals(
        List.of(Optional.of(SalesProcess.AGREED), Optional.of(SalesProcess.NONE), Optional.empty()),
        result.values().stream().map(row -> row.relationship().salesProcess()).toList());
  }

  @Test
  void reportsBadOptionalCellsWithTheirLineAndColumn() {
    ReadResult<RelationshipRow> result =
        read(
            "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
                + "alliance_revenue,currency,review_months,last_review_date,host_sponsor,"
                + "exclusive_scope\n"
                + "r1,hq,a,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,0,,,\n" // 2
                + "r2,hq,b,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,1y,,,\n" // 3
                + "r3,hq,c,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,,2024-1-1,,\n" // 4
                + "r4,hq,d,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,,2023-12-31,,\n" // 5
                + "r5,hq,e,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,,,\"A\u0001\",\n"
                + "r6,hq,f,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,,,,DE;\"A\u0002\"\n"
                + "r7,hq,g,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,"
                + "9999999999,,,\n" // 8
                + "r8,hq,h,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1,GBP,12,2024-01-15,Jo,FR\n");
    assertProblems(
        result,
        at(FILE, 2, "review_months", ProblemKind.OUT_OF_RANGE),
        at(FILE, 3, "review_months", ProblemKind.INVALID_VALUE),
        at(FILE, 4, "last_review_date", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "", ProblemKind.INVALID_VALUE),
        at(FILE, 6, "host_sponsor", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "exclusive_scope", ProblemKind.INVALID_VALUE),
        at(FILE, 8, "review_months", ProblemKind.OUT_OF_RANGE));
    assertEquals(ImmutableList.of(9L), result.lines());
    assertEquals(
        "relationship r4 was last reviewed on 2023-12-31, before it started on 2024-01-15",
        problemAt(result, 5, "").message());
  }

  @Test
  void roundTripsTheOptionalColumns() throws IOException {
    ImmutableList<RelationshipRow> rows =
        ImmutableList.of(
            RelationshipRow.of(
                writableSellWith()
                    .withMotion(SellWith.of("host", "partner", true))
                    .withCommitments(ImmutableList.of()),
                Money.of(5, "EUR")),
            RelationshipRow.of(
                relationship("r1", "globex")
                    .withFormality(Formality.contract(Period.ofMonths(1)))
                    .withGovernance(Governance.builder().partnerSponsor("Ana; \"B\"").build()),
                Money.of(1, "GBP")));
    StringWriter out = new StringWriter();
    RelationshipsCsv.write(out, rows);
    ReadResult<RelationshipRow> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(rows, back.values());
  }

  private static String refusal(Relationship relationship) {
    return Refusals.refusal(
        out ->
            RelationshipsCsv.write(
                out,
                ImmutableList.of(
                    RelationshipRow.of(relationship("r1", "acme"), Money.of(1, "EUR")),
                    RelationshipRow.of(relationship, Money.of(1, "EUR")))));
  }

  @Test
  void refusesACadenceThatIsNotAWholeNumberOfMonthsAlone() {
    for (Period cadence :
        ImmutableList.of(Period.ofYears(2), Period.ofDays(30), Period.of(0, 1, 1))) {
      assertEquals(
          "relationship r2 is reviewed every "
              + cadence
              + ", but relationships.csv holds a review cadence in whole months only; give it as"
              + " Period.ofMonths",
          refusal(relationship("r2", "globex").withFormality(Formality.contract(cadence))));
    }
  }

  @Test
  void refusesAnExclusivityWithProductsOrAPrice() {
    assertEquals(
        "relationship rel-acme has an exclusivity with products or a price, but relationships.csv"
            + " holds the territories of an exclusivity only",
        refusal(writableSellWith().withExclusivity(Samples.sellWith().exclusivity())));
  }

  @Test
  void refusesAGovernanceNameWithSurroundingWhitespace() {
    assertEquals(
        "host_alliance_manager value 'Jo ' cannot be written: surrounding whitespace is not kept",
        refusal(
            relationship("r2", "globex")
                .withGovernance(Governance.builder().hostAllianceManager("Jo ").build())));
  }

  @Test
  void refusesToWriteAMotionFromThePartnerToTheHost() {
    assertEquals(
        "relationship rel-globex sells partner globex's offer through host hq; relationships.csv"
            + " can only hold sales from the host",
        refusal(Samples.sellThrough()));
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(RelationshipsCsv.class);
  }
}
