package org.alliancekit.pipeline.velocity;

import static org.alliancekit.pipeline.velocity.VelocityFixtures.ACME;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.CO_SELL;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.HOST;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.ISV;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.day;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.deal;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.opportunity;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.relationship;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellWith;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Known answers as of 30 June 2024: the window is 1 July 2023 to 30 June 2024 (30 June 2023 < close
 * <= 30 June 2024). The owner is host; host sells with acme and through isv; var is a reseller
 * without a relationship. Days counted by hand (2024 is a leap year):
 *
 * <pre>
 * deal partners          created    closed (from history)       amount        segment   cycle
 * W1   acme co-seller    2024-01-01 won  2024-03-01             EUR  100.00   ALLIANCE  60
 * W2   acme co-seller    2024-02-01 won  2024-03-02             EUR  200.01   ALLIANCE  30
 * L1   acme originator   2024-03-01 lost 2024-04-01             EUR   50      ALLIANCE
 * W3   acme co-seller    2024-05-01 won  2024-05-11             JPY 1001      ALLIANCE  10
 * W4   acme co-seller    2024-05-01 won  2024-05-12             JPY    0      ALLIANCE  11
 * C1   isv influencer    2024-06-01 won  2024-06-30 (last day)  EUR  300      CHANNEL   29
 * C2   var reseller      2023-06-01 lost 2023-07-01 (first day) EUR   80      CHANNEL
 * D3   -                 2024-01-01 lost 2024-01-15             GBP   30      DIRECT
 * D4   -, no history     2024-01-01 won, expected 2024-02-01    USD   40      DIRECT    31
 * out of the window or open:
 * D1   -                 2023-06-01 won  2023-06-30 (the day before the window)   USD 10
 * D2   -                 2024-06-01 won  2024-07-01 (after the as-of day)         USD 20
 * D5   -                 2023-05-01 won  2023-06-15, though expected 2023-07-15   USD 60
 * O1   acme co-seller    2024-01-01 open                                           EUR 1000
 * </pre>
 */
class ClosedDealVelocityTest {
  private static final LocalDate AS_OF = day(6, 30);
  private static final PartnerId VAR = PartnerId.of("var");
  private static final List<Involvement> NONE = List.of();
  private static final List<Involvement> CO_SELLING_ACME =
      List.of(Involvement.of(ACME, InvolvementRole.CO_SELLER));
  private static final Segmentation SEGMENTATION =
      Segmentation.byRelationships(
          List.of(
              relationship("r-acme", HOST, ACME, SellWith.of("platform", "services", true)),
              relationship("r-isv", HOST, ISV, SellThrough.of(HOST, ISV))));

  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR");
  }

  private static final Opportunity W1 =
      deal("W1", eur("100.00"), CO_SELLING_ACME, day(1, 1), "Prospect", day(3, 1), "Launched");
  private static final Opportunity W2 =
      deal("W2", eur("200.01"), CO_SELLING_ACME, day(2, 1), "Prospect", day(3, 2), "Launched");
  private static final Opportunity L1 =
      deal(
          "L1",
          eur("50"),
          List.of(Involvement.of(ACME, InvolvementRole.ORIGINATOR)),
          day(3, 1),
          "Prospect",
          day(4, 1),
          "Closed Lost");
  private static final Opportunity W3 =
      deal(
          "W3",
          Money.of(1001, "JPY"),
          CO_SELLING_ACME,
          day(5, 1),
          "Prospect",
          day(5, 11),
          "Launched");
  private static final Opportunity W4 =
      deal(
          "W4", Money.of(0, "JPY"), CO_SELLING_ACME, day(5, 1), "Prospect", day(5, 12), "Launched");
  private static final Opportunity C1 =
      deal(
          "C1",
          eur("300"),
          List.of(Involvement.of(ISV, InvolvementRole.INFLUENCER)),
          day(6, 1),
          "Prospect",
          day(6, 30),
          "Launched");
  private static final Opportunity C2 =
      deal(
          "C2",
          eur("80"),
          List.of(Involvement.of(VAR, InvolvementRole.RESELLER)),
          LocalDate.of(2023, 6, 1),
          "Prospect",
          LocalDate.of(2023, 7, 1),
          "Closed Lost");
  private static final Opportunity D1 =
      deal(
          "D1",
          Money.of(10, "USD"),
          NONE,
          LocalDate.of(2023, 6, 1),
          "Prospect",
          LocalDate.of(2023, 6, 30),
          "Launched");
  private static final Opportunity D2 =
      deal("D2", Money.of(20, "USD"), NONE, day(6, 1), "Prospect", day(7, 1), "Launched");
  private static final Opportunity D3 =
      deal("D3", Money.of(30, "GBP"), NONE, day(1, 1), "Prospect", day(1, 15), "Closed Lost");
  private static final Opportunity D4 =
      opportunity("D4", Money.of(40, "USD"), day(1, 1))
          .stage(stage("Launched"))
          .expectedClose(day(2, 1))
          .build();
  private static final Opportunity D5 =
      deal(
              "D5",
              Money.of(60, "USD"),
              NONE,
              LocalDate.of(2023, 5, 1),
              "Prospect",
              LocalDate.of(2023, 6, 15),
              "Launched")
          .withExpectedClose(LocalDate.of(2023, 7, 15));
  private static final Opportunity O1 =
      deal("O1", eur("1000"), CO_SELLING_ACME, day(1, 1), "Prospect");

  private static final List<Opportunity> ALL =
      List.of(O1, D5, D4, D3, D2, D1, C2, C1, W4, W3, L1, W2, W1);

  /**
   * The row as text: segment, currency, won, lost, rate, average amount, average cycle. Money keeps
   * no trailing zeros, so EUR 150.00 reads "EUR 150".
   */
  private static String text(SegmentVelocity row) {
    return String.join(
        " ",
        row.segment().name(),
        row.currency().getCurrencyCode(),
        Long.toString(row.won()),
        Long.toString(row.lost()),
        row.winRate().toPlainString(),
        row.averageWonAmount().map(Amounts::text).orElse("-"),
        row.averageCycleDays().map(BigDecimal::toPlainString).orElse("-"));
  }

  @Test
  void computesTheHandWorkedRows() {
    List<SegmentVelocity> rows = ClosedDealVelocity.of(ALL, SEGMENTATION, AS_OF);
    // ALLIANCE EUR: 2 won of 3 = 0.66666.. -> 0.6667; (100.00 + 200.01) / 2 = 150.005, half to
    //   even -> 150.00; cycles (60 + 30) / 2 = 45.0.
    // ALLIANCE JPY: 2 of 2 -> 1.0000; (1001 + 0) / 2 = 500.5 -> JPY 500 (no minor unit, half to
    //   even); cycles (10 + 11) / 2 = 10.5.
    // CHANNEL EUR: 1 of 2 -> 0.5000; 300 / 1 = 300.00; 29.0.
    // DIRECT GBP: 0 of 1 -> 0.0000; nothing won, no averages.
    // DIRECT USD: 1 of 1 -> 1.0000; 40.00; 31.0 (D4 closes on its expected close date).
    assertEquals(
        List.of(
            "ALLIANCE EUR 2 1 0.6667 EUR 150 45.0",
            "ALLIANCE JPY 2 0 1.0000 JPY 500 10.5",
            "CHANNEL EUR 1 1 0.5000 EUR 300 29.0",
            "DIRECT GBP 0 1 0.0000 - -",
            "DIRECT USD 1 0 1.0000 USD 40 31.0"),
        rows.stream().map(ClosedDealVelocityTest::text).toList());
    assertEquals(
        new SegmentVelocity(Segment.ALLIANCE, W1.currency(), 2, 1, eur("300.01"), 90), rows.get(0));
    assertEquals(Optional.empty(), rows.get(3).averageWonAmount());
  }

  @Test
  void theWindowExcludesItsFirstDayAndIncludesTheAsOfDay() {
    // D1 closes on 30 June 2023, a year before the as-of day: out; counted a day later.
    assertEquals(List.of(), ClosedDealVelocity.of(List.of(D1), SEGMENTATION, AS_OF));
    assertEquals(
        List.of("DIRECT USD 1 0 1.0000 USD 10 29.0"),
        ClosedDealVelocity.of(List.of(D1), SEGMENTATION, LocalDate.of(2024, 6, 29)).stream()
            .map(ClosedDealVelocityTest::text)
            .toList());
    // D2 closes on 1 July 2024: counted as of that day, not before.
    assertEquals(List.of(), ClosedDealVelocity.of(List.of(D2), SEGMENTATION, AS_OF));
    assertEquals(1, ClosedDealVelocity.of(List.of(D2), SEGMENTATION, day(7, 1)).size());
  }

  @Test
  void theCloseDateIsTheFirstClosedStageOfTheHistory() {
    // Lost on 1 Feb, then reopened and won on 1 Mar: it closed on 1 Feb (cycle 31 days).
    Opportunity reopened =
        deal(
            "R1",
            eur("10"),
            NONE,
            day(1, 1),
            "Prospect",
            day(2, 1),
            "Closed Lost",
            day(3, 1),
            "Launched");
    assertEquals(
        List.of("DIRECT EUR 1 0 1.0000 EUR 10 31.0"),
        ClosedDealVelocity.of(List.of(reopened), SEGMENTATION, AS_OF).stream()
            .map(ClosedDealVelocityTest::text)
            .toList());
    // Closed on 1 Feb 2024: out of the window as of 1 Feb 2025, though it was won on 1 Mar.
    assertEquals(
        List.of(),
        ClosedDealVelocity.of(List.of(reopened), SEGMENTATION, LocalDate.of(2025, 2, 1)));
  }

  @Test
  void noOpportunitiesGiveNoRows() {
    assertEquals(List.of(), ClosedDealVelocity.of(List.of(), SEGMENTATION, AS_OF));
  }

  @Test
  void refusesASegmentationThatGivesNoSegment() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClosedDealVelocity.of(List.of(W1), opportunity -> null, AS_OF));
    assertEquals("segmentation puts opportunity W1 in no segment", e.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    VelocityFixtures.nullPointerTester()
        .setDefault(Segmentation.class, SEGMENTATION)
        .testAllPublicStaticMethods(ClosedDealVelocity.class);
  }

  // ---- laws ----

  /** The rows do not depend on the order of the opportunities. */
  @Property(tries = 300)
  void rowsDoNotDependOnInputOrder(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll("asOfDays") LocalDate asOf,
      @ForAll long seed) {
    List<Opportunity> shuffled = new ArrayList<>(opportunities);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(
        ClosedDealVelocity.of(opportunities, SEGMENTATION, asOf),
        ClosedDealVelocity.of(shuffled, SEGMENTATION, asOf));
  }

  /** The rows of two disjoint parts, added row by row, are the rows of the whole. */
  @Property(tries = 300)
  void rowsOfDisjointPartsAddUpToTheRowsOfTheWhole(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll("asOfDays") LocalDate asOf,
      @ForAll @IntRange(min = 0, max = 25) int cut) {
    int at = Math.min(cut, opportunities.size());
    Map<List<Object>, SegmentVelocity> merged = new LinkedHashMap<>();
    for (List<Opportunity> part :
        List.of(opportunities.subList(0, at), opportunities.subList(at, opportunities.size()))) {
      for (SegmentVelocity row : ClosedDealVelocity.of(part, SEGMENTATION, asOf)) {
        merged.merge(List.of(row.segment(), row.currency()), row, SegmentVelocity::plus);
      }
    }
    List<SegmentVelocity> whole = ClosedDealVelocity.of(opportunities, SEGMENTATION, asOf);
    assertEquals(whole.size(), merged.size());
    for (SegmentVelocity row : whole) {
      assertEquals(row, merged.get(List.of(row.segment(), row.currency())));
    }
  }

  /**
   * The rows agree with {@link VelocityAnalyzer} on the deals closed in the window: per segment the
   * same numbers won and lost and, per currency, the same average deal size.
   */
  @Property(tries = 300)
  void rowsAgreeWithTheAnalyzerOnTheDealsOfTheWindow(
      @ForAll("pipelines") List<Opportunity> opportunities, @ForAll("asOfDays") LocalDate asOf) {
    List<Opportunity> window =
        opportunities.stream()
            .filter(opportunity -> opportunity.outcome().isClosed())
            .filter(
                opportunity -> {
                  LocalDate closed = opportunity.closeDate();
                  return closed.isAfter(asOf.minusYears(1)) && !closed.isAfter(asOf);
                })
            .toList();
    VelocityComparison comparison = VelocityAnalyzer.of(CO_SELL, SEGMENTATION).compare(window);
    List<SegmentVelocity> rows = ClosedDealVelocity.of(opportunities, SEGMENTATION, asOf);
    for (Segment segment : Segment.values()) {
      Velocity velocity = comparison.velocity(segment);
      List<SegmentVelocity> mine = rows.stream().filter(row -> row.segment() == segment).toList();
      assertEquals(velocity.wonCount(), mine.stream().mapToLong(SegmentVelocity::won).sum());
      assertEquals(velocity.lostCount(), mine.stream().mapToLong(SegmentVelocity::lost).sum());
      for (SegmentVelocity row : mine) {
        assertEquals(
            Optional.ofNullable(velocity.averageDealSize().get(row.currency())).map(Amounts::text),
            row.averageWonAmount().map(Amounts::text));
      }
    }
  }

  @Provide
  Arbitrary<List<Opportunity>> pipelines() {
    return VelocityFixtures.opportunities().list().ofMaxSize(25);
  }

  /** As-of days around the generated close dates (January to October 2024) and a year later. */
  @Provide
  Arbitrary<LocalDate> asOfDays() {
    return Arbitraries.integers().between(0, 700).map(day(1, 1)::plusDays);
  }
}
