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
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RevenuesCsvTest {
  private static final String FILE = "revenues.csv";
  private static final String HEADER = "relationship_id,period,amount,currency\n";

  private static ReadResult<PeriodRevenue> read(String text) {
    return RevenuesCsv.read(new StringReader(text), FILE);
  }

  @Test
  void readsRevenuesOfHalfYearsAndQuarters() {
    ReadResult<PeriodRevenue> result =
        read(
            "currency,amount,PERIOD,relationship_id\n"
                + "EUR,410000.00,2025-H2,rel-acme\n"
                + "GBP,0,2026-Q1,rel-acme\n"
                + "EUR,12.5,2025-H2,rel-globex\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        ImmutableList.of(
            Samples.revenue(),
            PeriodRevenue.of(
                RelationshipId.of("rel-acme"), RevenuePeriod.quarter(2026, 1), Money.of(0, "GBP")),
            PeriodRevenue.of(
                RelationshipId.of("rel-globex"), RevenuePeriod.half(2025, 2), Samples.eur("12.5"))),
        result.values());
    assertEquals(ImmutableList.of(2L, 3L, 4L), result.lines());
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<PeriodRevenue> result =
        read(
            HEADER
                + "r1,2026-H1,100,EUR\n" // 2
                + "r1,2026-H1,200,EUR\n" // 3
                + "r1,2026-Q2,50,EUR\n" // 4
                + "r1,2026-Q3,50,EUR\n" // 5
                + "r1,2026-H3,50,EUR\n" // 6
                + "r1,2026/Q4,50,EUR\n" // 7
                + "r1,2027-Q1,-1,EUR\n" // 8
                + "r1,2027-Q2,1,XXY\n" // 9
                + "r2,2026-H1,100,EUR\n"); // 10
    assertProblems(
        result,
        at(FILE, 3, "period", ProblemKind.DUPLICATE),
        at(FILE, 4, "period", ProblemKind.INCONSISTENT),
        at(FILE, 6, "period", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "period", ProblemKind.INVALID_VALUE),
        at(FILE, 8, "amount", ProblemKind.OUT_OF_RANGE),
        at(FILE, 9, "currency", ProblemKind.INVALID_VALUE));
    assertEquals(ImmutableList.of(2L, 5L, 10L), result.lines());
    assertEquals(
        "revenue of r1 in 2026-H1 is already listed on line 2",
        problemAt(result, 3, "period").message());
    assertEquals(
        "revenue of r1 in 2026-Q2 overlaps 2026-H1 on line 2",
        problemAt(result, 4, "period").message());
    assertEquals(
        "'2026/Q4' is not a revenue period such as 2025-H2 or 2026-Q1",
        problemAt(result, 7, "period").message());
  }

  @Test
  void roundTripsWhatTheFileHolds() throws IOException {
    ImmutableList<PeriodRevenue> revenues =
        ImmutableList.of(
            Samples.revenue(),
            PeriodRevenue.of(
                RelationshipId.of("rel-x"),
                RevenuePeriod.quarter(2026, 4),
                Money.of(new BigDecimal("1E+3"), "JPY")));
    StringWriter out = new StringWriter();
    RevenuesCsv.write(out, revenues);
    assertEquals(
        "relationship_id,period,amount,currency\r\n"
            + "rel-acme,2025-H2,410000.00,EUR\r\n"
            + "rel-x,2026-Q4,1000,JPY\r\n",
        out.toString());
    ReadResult<PeriodRevenue> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(revenues, back.values());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(RevenuesCsv.class);
  }
}
