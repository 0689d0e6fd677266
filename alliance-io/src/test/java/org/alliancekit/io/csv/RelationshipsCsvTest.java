package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
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
                + "r3,hq,c,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,0."
                + hundred
                + ",GBP\n" // 4
                + "r4,hq,d,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,0."
                + hundred
                + "9,GBP\n");
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

  @Test
  void writingLeavesOutWhatTheFileCannotHold() throws IOException {
    StringWriter out = new StringWriter();
    RelationshipsCsv.write(
        out, ImmutableList.of(RelationshipRow.of(Samples.sellWith(), Money.of(5, "EUR"))));
    Relationship back = read(out.toString()).values().get(0).relationship();
    assertEquals(SellWith.of("host", "partner", true), back.motion());
    assertEquals(Formality.of(FormalityKind.QUID_PRO_QUO), back.formality());
    assertEquals(ImmutableList.of(), back.commitments());
    assertEquals(java.util.Optional.empty(), back.exclusivity());
  }

  @Test
  void refusesToWriteAMotionFromThePartnerToTheHost() {
    StringWriter out = new StringWriter();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RelationshipsCsv.write(
                    out,
                    ImmutableList.of(
                        RelationshipRow.of(relationship("r1", "acme"), Money.of(1, "EUR")),
                        RelationshipRow.of(Samples.sellThrough(), Money.of(1, "EUR")))));
    assertEquals(
        "relationship rel-globex sells partner globex's offer through host hq; relationships.csv"
            + " can only hold sales from the host",
        e.getMessage());
    assertEquals("", out.toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(RelationshipsCsv.class);
  }
}
