package org.alliancekit.pipeline.velocity;

import static org.alliancekit.pipeline.velocity.VelocityFixtures.ACME;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.CO_SELL;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.EUR;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.HOST;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.ISV;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.USD;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.day;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.deal;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Known answers on nine co-sell deals of 2024 (a leap year; days counted by hand):
 *
 * <pre>
 * deal partners          history (stage entered on)                          amount
 * A1   acme co-seller    Prospect 1/1, Qualified 1/11, TV 1/31, Launched 3/1  EUR 100,000 won
 * A2   acme originator   Prospect 1/1, Qualified 1/21, Closed Lost 2/20       EUR  40,000 lost
 * A3   acme co-seller,   Prospect 2/1, Committed 3/2, Launched 3/12           EUR  60,000 won
 *      isv reseller
 * C1   isv reseller      Prospect 1/1, Qualified 1/31, Launched 4/30          EUR  20,000 won
 * C2   isv distributor   Prospect 1/1, Closed Lost 1/16                       EUR  10,000 lost
 * D1   -                 Prospect 1/1, Qualified 1/11, Launched 3/11          EUR  30,000 won
 * D2   -                 Prospect 1/1                                         EUR   1,000 open
 * D3   -                 Qualified 1/5, Closed Lost 3/5                       EUR   5,000 lost
 * D4   -                 Prospect 1/1, Launched 1/31                          USD   9,000 won
 * (TV: Technical Validation)
 * </pre>
 *
 * <p>Cycle days (creation is the first history day): A1 60, A2 50, A3 40, C1 120, C2 15, D1 70, D3
 * 60, D4 30.
 */
class VelocityAnalyzerTest {
  private static final List<Involvement> NONE = List.of();
  static final Opportunity A1 =
      deal(
          "A1",
          Money.of(100_000, "EUR"),
          List.of(Involvement.of(ACME, InvolvementRole.CO_SELLER)),
          day(1, 1),
          "Prospect",
          day(1, 11),
          "Qualified",
          day(1, 31),
          "Technical Validation",
          day(3, 1),
          "Launched");
  static final Opportunity A2 =
      deal(
          "A2",
          Money.of(40_000, "EUR"),
          List.of(Involvement.of(ACME, InvolvementRole.ORIGINATOR)),
          day(1, 1),
          "Prospect",
          day(1, 21),
          "Qualified",
          day(2, 20),
          "Closed Lost");
  static final Opportunity A3 =
      deal(
          "A3",
          Money.of(60_000, "EUR"),
          List.of(
              Involvement.of(ACME, InvolvementRole.CO_SELLER),
              Involvement.of(ISV, InvolvementRole.RESELLER)),
          day(2, 1),
          "Prospect",
          day(3, 2),
          "Committed",
          day(3, 12),
          "Launched");
  static final Opportunity C1 =
      deal(
          "C1",
          Money.of(20_000, "EUR"),
          List.of(Involvement.of(ISV, InvolvementRole.RESELLER)),
          day(1, 1),
          "Prospect",
          day(1, 31),
          "Qualified",
          day(4, 30),
          "Launched");
  static final Opportunity C2 =
      deal(
          "C2",
          Money.of(10_000, "EUR"),
          List.of(Involvement.of(ISV, InvolvementRole.DISTRIBUTOR)),
          day(1, 1),
          "Prospect",
          day(1, 16),
          "Closed Lost");
  static final Opportunity D1 =
      deal(
          "D1",
          Money.of(30_000, "EUR"),
          NONE,
          day(1, 1),
          "Prospect",
          day(1, 11),
          "Qualified",
          day(3, 11),
          "Launched");
  static final Opportunity D2 = deal("D2", Money.of(1_000, "EUR"), NONE, day(1, 1), "Prospect");
  static final Opportunity D3 =
      deal("D3", Money.of(5_000, "EUR"), NONE, day(1, 5), "Qualified", day(3, 5), "Closed Lost");
  static final Opportunity D4 =
      deal("D4", Money.of(9_000, "USD"), NONE, day(1, 1), "Prospect", day(1, 31), "Launched");
  static final List<Opportunity> DEALS = List.of(A1, A2, A3, C1, C2, D1, D2, D3, D4);

  private static final VelocityAnalyzer ANALYZER = VelocityAnalyzer.of(CO_SELL);

  @Test
  void segmentsDealsByPartnerRoles() {
    Segmentation standard = Segmentation.standard();
    assertEquals(Segment.ALLIANCE, standard.segmentOf(A1));
    assertEquals(Segment.ALLIANCE, standard.segmentOf(A3)); // co-sold, fulfilled by a reseller
    assertEquals(Segment.CHANNEL, standard.segmentOf(C1));
    assertEquals(Segment.CHANNEL, standard.segmentOf(C2));
    assertEquals(Segment.DIRECT, standard.segmentOf(D1));
    // The owner recording its own role is not a partner.
    assertEquals(
        Segment.DIRECT,
        standard.segmentOf(D1.withInvolvements(Involvement.of(HOST, InvolvementRole.ORIGINATOR))));
    assertEquals(
        Segment.ALLIANCE,
        standard.segmentOf(
            D1.withInvolvements(Involvement.of(ACME, InvolvementRole.INFLUENCER))
                .withOrigin(org.alliancekit.model.pipeline.Origin.PARTNER_INFLUENCED)));
    assertEquals(
        Segment.CHANNEL,
        standard.segmentOf(
            D1.withInvolvements(
                    Involvement.of(ACME, InvolvementRole.DELIVERY),
                    Involvement.of(ISV, InvolvementRole.RESELLER))
                .withOrigin(org.alliancekit.model.pipeline.Origin.PARTNER_INFLUENCED)));
  }

  @Test
  void allianceDealsAreWonAsOftenAndAreLargerThanDirectOnes() {
    VelocityComparison comparison = ANALYZER.compare(DEALS);
    Velocity alliance = comparison.velocity(Segment.ALLIANCE);
    // A1, A2, A3: 2 won of 3 closed; mean won deal (100000 + 60000) / 2; cycle (60 + 50 + 40) / 3.
    assertEquals(3, alliance.count());
    assertEquals(2, alliance.wonCount());
    assertEquals(1, alliance.lostCount());
    assertEquals(Optional.of(2.0 / 3), alliance.winRate());
    assertEquals(ImmutableMap.of(EUR, Money.of(160_000, "EUR")), alliance.wonAmounts());
    assertEquals(ImmutableMap.of(EUR, Money.of(80_000, "EUR")), alliance.averageDealSize());
    assertEquals(Optional.of(50.0), alliance.averageCycleDays());

    Velocity channel = comparison.velocity(Segment.CHANNEL);
    // C1 won, C2 lost; cycle (120 + 15) / 2 = 67.5.
    assertEquals(Optional.of(0.5), channel.winRate());
    assertEquals(ImmutableMap.of(EUR, Money.of(20_000, "EUR")), channel.averageDealSize());
    assertEquals(Optional.of(67.5), channel.averageCycleDays());

    Velocity direct = comparison.velocity(Segment.DIRECT);
    // D1 and D4 won, D3 lost, D2 open; the USD deal is averaged on its own.
    assertEquals(4, direct.count());
    assertEquals(1, direct.openCount());
    assertEquals(Optional.of(2.0 / 3), direct.winRate());
    assertEquals(
        ImmutableMap.of(EUR, Money.of(30_000, "EUR"), USD, Money.of(9_000, "USD")),
        direct.averageDealSize());
    assertEquals(160.0 / 3, direct.averageCycleDays().orElseThrow(), 1e-9);

    Velocity overall = comparison.overall();
    // 5 won, 3 lost, 1 open.
    assertEquals(9, overall.count());
    assertEquals(Optional.of(5.0 / 8), overall.winRate());
    assertEquals("Co-sell", comparison.modelName());
  }

  @Test
  void comparesSegmentsWithABaseline() {
    VelocityComparison comparison = ANALYZER.compare(DEALS);
    SegmentDelta delta = comparison.versus(Segment.ALLIANCE, Segment.DIRECT);
    // 3 alliance deals against 4 direct ones, 2 won against 2, the same win rate, EUR deals
    // 80000 / 30000 = 2.67 times as large, cycles 50 - 53.33 = 3.33 days shorter.
    assertEquals(Optional.of(0.75), delta.opportunityRatio());
    assertEquals(Optional.of(1.0), delta.wonRatio());
    assertEquals(Optional.of(0.0), delta.winRateDifference());
    assertEquals(8.0 / 3, delta.averageDealSizeRatio().get(EUR), 1e-12);
    assertEquals(List.of(EUR), delta.averageDealSizeRatio().keySet().asList());
    assertEquals(-10.0 / 3, delta.cycleDaysDifference().orElseThrow(), 1e-9);

    SegmentDelta versusChannel = comparison.versus(Segment.ALLIANCE, Segment.CHANNEL);
    assertEquals(4.0, versusChannel.averageDealSizeRatio().get(EUR), 1e-12);
    assertEquals(2.0 / 3 - 0.5, versusChannel.winRateDifference().orElseThrow(), 1e-12);
    assertEquals(Optional.of(-17.5), versusChannel.cycleDaysDifference());
  }

  @Test
  void convertsStageToStageAlongTheModel() {
    VelocityComparison comparison = ANALYZER.compare(DEALS);
    // Alliance: furthest stages A1 Launched, A2 Qualified, A3 Launched (A3 went from Prospect
    // straight to Committed, which counts as passing through the stages between): reached
    // 3, 3, 2, 2, 2, 2.
    assertEquals(
        List.of(
            StageConversion.of(stage("Prospect"), stage("Qualified"), 3, 3, 0),
            StageConversion.of(stage("Qualified"), stage("Technical Validation"), 3, 2, 0),
            StageConversion.of(
                stage("Technical Validation"), stage("Business Validation"), 2, 2, 0),
            StageConversion.of(stage("Business Validation"), stage("Committed"), 2, 2, 0),
            StageConversion.of(stage("Committed"), stage("Launched"), 2, 2, 0)),
        comparison.velocity(Segment.ALLIANCE).conversions());
    // Direct: D2 is still open in Prospect, so it is pending and left out of the rate:
    // Prospect -> Qualified: 4 reached, 3 went on, 1 pending: 3 / 3 = 1.
    StageConversion first = comparison.velocity(Segment.DIRECT).conversions().get(0);
    assertEquals(StageConversion.of(stage("Prospect"), stage("Qualified"), 4, 3, 1), first);
    assertEquals(Optional.of(1.0), first.rate());
    StageConversion second = comparison.velocity(Segment.DIRECT).conversions().get(1);
    assertEquals(Optional.of(2.0 / 3), second.rate());
  }

  @Test
  void measuresTimeInEachOpenStage() {
    Velocity alliance = ANALYZER.compare(DEALS).velocity(Segment.ALLIANCE);
    // Prospect: A1 10, A2 20, A3 30 days; Qualified: A1 20, A2 30; Technical Validation: A1 30;
    // Business Validation: no stay; Committed: A3 10.
    assertEquals(
        List.of(
            StageTime.of(stage("Prospect"), 3, 60),
            StageTime.of(stage("Qualified"), 2, 50),
            StageTime.of(stage("Technical Validation"), 1, 30),
            StageTime.of(stage("Business Validation"), 0, 0),
            StageTime.of(stage("Committed"), 1, 10)),
        alliance.timeInStage());
    assertEquals(Optional.of(20.0), alliance.timeInStage().get(0).averageDays());
    assertEquals(Optional.empty(), alliance.timeInStage().get(3).averageDays());
  }

  @Test
  void averageDealSizeIsRoundedHalfEven() {
    // (0.01 + 0.02) / 2 = 0.015, half-even to 0.02.
    Opportunity a =
        deal("x1", Money.of(new BigDecimal("0.01"), "EUR"), NONE, day(1, 1), "Launched");
    Opportunity b =
        deal("x2", Money.of(new BigDecimal("0.02"), "EUR"), NONE, day(1, 1), "Launched");
    assertEquals(
        ImmutableMap.of(EUR, Money.of(new BigDecimal("0.02"), "EUR")),
        ANALYZER.analyze(List.of(a, b)).averageDealSize());
  }

  @Test
  void emptyPipelineHasNoRatesAndNoNaN() {
    Velocity none = ANALYZER.analyze(List.of());
    assertEquals(Optional.empty(), none.winRate());
    assertEquals(Optional.empty(), none.averageCycleDays());
    assertEquals(Optional.empty(), none.conversions().get(0).rate());
    SegmentDelta delta = ANALYZER.compare(List.of()).versus(Segment.ALLIANCE, Segment.DIRECT);
    assertEquals(Optional.empty(), delta.opportunityRatio());
    assertEquals(Optional.empty(), delta.winRateDifference());
  }

  @Test
  void rejectsStageNotInTheModel() {
    Opportunity generic = A1.withStageHistory().withStage(StageModels.generic().get("Proposal"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ANALYZER.compare(List.of(D1, generic)));
    assertEquals(
        "opportunity A1 is at stage Proposal (OPEN, 0.5), which is not in stage model Co-sell",
        e.getMessage());
    Opportunity oldHistory =
        VelocityFixtures.opportunity("h1", Money.of(1, "EUR"), day(1, 1))
            .addStageHistory(
                org.alliancekit.model.pipeline.StageChange.of(
                    day(1, 1), StageModels.generic().get("Prospecting")),
                org.alliancekit.model.pipeline.StageChange.of(day(1, 2), stage("Prospect")))
            .build();
    assertEquals(
        "stage history of opportunity h1 enters stage Prospecting (OPEN, 0.1) on 2024-01-01,"
            + " which is not in stage model Co-sell",
        assertThrows(IllegalArgumentException.class, () -> ANALYZER.analyze(List.of(oldHistory)))
            .getMessage());
  }

  @Test
  void customSegmentationIsUsed() {
    VelocityComparison allDirect =
        VelocityAnalyzer.of(CO_SELL, opportunity -> Segment.DIRECT).compare(DEALS);
    assertEquals(allDirect.overall(), allDirect.velocity(Segment.DIRECT));
    assertEquals(
        "segmentation puts opportunity A1 in no segment",
        assertThrows(
                IllegalArgumentException.class,
                () -> VelocityAnalyzer.of(CO_SELL, opportunity -> null).compare(DEALS))
            .getMessage());
  }

  @Test
  void analyzersCompareByModelAndSegmentation() {
    Segmentation standard = Segmentation.standard();
    new EqualsTester()
        .addEqualityGroup(
            VelocityAnalyzer.of(CO_SELL, standard), VelocityAnalyzer.of(CO_SELL, standard))
        .addEqualityGroup(VelocityAnalyzer.of(StageModels.generic(), standard))
        .addEqualityGroup(VelocityAnalyzer.of(CO_SELL, opportunity -> Segment.DIRECT))
        .testEquals();
    assertEquals(VelocityAnalyzer.of(CO_SELL), VelocityAnalyzer.of(CO_SELL));
    assertEquals(Segmentation.standard(), ANALYZER.segmentation());
    assertEquals(CO_SELL, ANALYZER.model());
    assertTrue(ANALYZER.toString().contains("Co-sell"));
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = VelocityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(VelocityAnalyzer.class);
    tester.testAllPublicInstanceMethods(ANALYZER);
    tester.testAllPublicStaticMethods(Segmentation.class);
    tester.testAllPublicInstanceMethods(Segmentation.standard());
  }

  @Provide
  Arbitrary<List<Opportunity>> pipelines() {
    return VelocityFixtures.opportunities().list().ofMaxSize(25);
  }

  @Property
  void segmentsPartitionTheOpportunities(@ForAll("pipelines") List<Opportunity> opportunities) {
    VelocityComparison comparison = ANALYZER.compare(opportunities);
    long won = 0;
    long lost = 0;
    long open = 0;
    for (Velocity velocity : comparison.segments().values()) {
      won += velocity.wonCount();
      lost += velocity.lostCount();
      open += velocity.openCount();
      velocity.winRate().ifPresent(rate -> assertTrue(rate >= 0 && rate <= 1, "" + rate));
      for (StageConversion conversion : velocity.conversions()) {
        conversion.rate().ifPresent(rate -> assertTrue(rate >= 0 && rate <= 1, "" + rate));
      }
    }
    Velocity overall = comparison.overall();
    assertEquals(
        List.of(overall.wonCount(), overall.lostCount(), overall.openCount()),
        List.of(won, lost, open));
    assertEquals(ANALYZER.analyze(opportunities), overall);
  }

  @Property
  void conversionCountsAddUpAlongTheModel(@ForAll("pipelines") List<Opportunity> opportunities) {
    Velocity velocity = ANALYZER.analyze(opportunities);
    List<StageConversion> conversions = velocity.conversions();
    for (int i = 0; i + 1 < conversions.size(); i++) {
      // Whoever advanced past one stage reached the next one.
      assertEquals(conversions.get(i).advanced(), conversions.get(i + 1).entered());
    }
    // Every opportunity that is not lost without ever reaching a non-lost stage enters the first.
    long reachedNothing =
        opportunities.stream()
            .filter(o -> o.stage().kind() == org.alliancekit.model.pipeline.StageKind.LOST)
            .filter(o -> o.stageHistory().stream().allMatch(c -> c.stage().isClosed()))
            .count();
    assertEquals(opportunities.size() - reachedNothing, conversions.get(0).entered());
  }
}
