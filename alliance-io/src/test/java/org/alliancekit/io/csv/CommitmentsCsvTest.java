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
import java.nio.file.Path;
import java.time.LocalDate;
import org.alliancekit.io.CommitmentRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitmentsCsvTest {
  private static final String FILE = "commitments.csv";
  private static final String HEADER =
      "relationship_id,party_id,resource,strength,quantity,amount,currency,period_start,"
          + "period_end\n";
  private static final RelationshipId REL = RelationshipId.of("rel-acme");

  private static ReadResult<CommitmentRow> read(String text) {
    return CommitmentsCsv.read(new StringReader(text), FILE);
  }

  @Test
  void readsGoodRows() {
    ReadResult<CommitmentRow> result =
        read(
            HEADER
                + "rel-acme,acme,PEOPLE,intent,2.50,,,2024-01-01,2024-12-31\n"
                + "rel-acme,hq,funding,COMMITMENT,,75000.00,eur,,\n"
                + "rel-acme,hq,SALES_COVERAGE,INTENT,3,,EUR,2025-01-01,\n");
    assertTrue(result.isClean(), result::toString);
    ImmutableList<Commitment> sample = Samples.sellWith().commitments();
    assertEquals(
        ImmutableList.of(
            CommitmentRow.of(REL, sample.get(0)),
            CommitmentRow.of(REL, sample.get(1)),
            CommitmentRow.of(
                REL,
                Commitment.builder()
                    .party(Samples.HOST)
                    .resource(ResourceKind.SALES_COVERAGE)
                    .strength(CommitmentStrength.INTENT)
                    .quantity(new BigDecimal("3"))
                    .periodStart(LocalDate.of(2025, 1, 1))
                    .build())),
        result.values());
    assertEquals(ImmutableList.of(2L, 3L, 4L), result.lines());
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<CommitmentRow> result =
        read(
            HEADER
                + "r1,acme,PEOPLE,INTENT,1,,,,\n" // 2
                + "r1,acme,PEOPLE,INTENT,1,100,EUR,,\n" // 3
                + "r1,acme,PEOPLE,INTENT,,,,,\n" // 4
                + "r1,acme,PEOPLE,INTENT,,100,,,\n" // 5
                + "r1,acme,PEOPLE,INTENT,0,,,,\n" // 6
                + "r1,acme,MONEY,INTENT,1,,,,\n" // 7
                + "r1,acme,PEOPLE,MAYBE,1,,,,\n" // 8
                + "r1,acme,PEOPLE,INTENT,1,,,2024-02-01,2024-01-31\n" // 9
                + "r1,acme,PEOPLE,INTENT,,100,XYZ,,\n" // 10
                + "r1,acme,PEOPLE,INTENT,1,,,2024-02-30,\n" // 11
                + ",acme,PEOPLE,INTENT,1,,,,\n" // 12
                + "r1,acme,PEOPLE,INTENT,,-5,EUR,,\n" // 13
                + "r1,hq,TRAINING,COMMITMENT,,0.5,GBP,,\n"); // 14
    assertProblems(
        result,
        at(FILE, 3, "amount", ProblemKind.INVALID_VALUE),
        at(FILE, 4, "quantity", ProblemKind.MISSING_VALUE),
        at(FILE, 5, "currency", ProblemKind.MISSING_VALUE),
        at(FILE, 6, "quantity", ProblemKind.OUT_OF_RANGE),
        at(FILE, 7, "resource", ProblemKind.INVALID_VALUE),
        at(FILE, 8, "strength", ProblemKind.INVALID_VALUE),
        at(FILE, 9, "", ProblemKind.INVALID_VALUE),
        at(FILE, 10, "currency", ProblemKind.INVALID_VALUE),
        at(FILE, 11, "period_start", ProblemKind.INVALID_VALUE),
        at(FILE, 12, "relationship_id", ProblemKind.MISSING_VALUE),
        at(FILE, 13, "amount", ProblemKind.OUT_OF_RANGE));
    assertEquals(ImmutableList.of(2L, 14L), result.lines());
    assertEquals(
        "PEOPLE commitment of acme ends on 2024-01-31, before it starts on 2024-02-01",
        problemAt(result, 9, "").message());
    assertEquals(
        "quantity or amount must be given: one of the two",
        problemAt(result, 4, "quantity").message());
  }

  @Test
  void writesOneRowPerCommitmentAndReadsThemBack(@TempDir Path dir) throws IOException {
    Relationship withMore =
        Samples.sellTo()
            .withCommitments(
                Commitment.builder()
                    .party(Samples.HOST)
                    .resource(ResourceKind.MARKETING)
                    .strength(CommitmentStrength.COMMITMENT)
                    .amount(Money.of(new BigDecimal("1234.5"), "USD"))
                    .periodEnd(LocalDate.of(2026, 6, 30))
                    .build());
    ImmutableList<Relationship> relationships =
        ImmutableList.of(Samples.sellWith(), Samples.sellThrough(), withMore);
    ImmutableList<CommitmentRow> rows = CommitmentsCsv.rows(relationships);
    assertEquals(3, rows.size());
    StringWriter out = new StringWriter();
    CommitmentsCsv.write(out, relationships);
    assertTrue(out.toString().contains(",2.50,"), out::toString);
    ReadResult<CommitmentRow> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(rows, back.values());
    Path file = dir.resolve(CommitmentsCsv.FILE_NAME);
    CommitmentsCsv.write(file, relationships);
    assertEquals(rows, CommitmentsCsv.read(file).values());
  }

  @Test
  void refusesAQuantityWithANegativeScale() {
    Commitment people = Samples.sellWith().commitments().get(0);
    Relationship relationship =
        Samples.sellWith().withCommitments(people, people.withQuantity(new BigDecimal("1E+3")));
    assertEquals(
        "quantity value 1E+3 has a negative scale, which a plain decimal cannot give back; give it"
            + " with scale 0 or more",
        Refusals.refusal(out -> CommitmentsCsv.write(out, ImmutableList.of(relationship))));
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(CommitmentsCsv.class);
    Samples.nullPointerTester().testAllPublicStaticMethods(CommitmentRow.class);
    Samples.nullPointerTester().testAllPublicConstructors(CommitmentRow.class);
  }
}
