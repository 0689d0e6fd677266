package org.alliancekit.pipeline.velocity;

import static org.alliancekit.pipeline.velocity.VelocityFixtures.EUR;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.pipeline.Opportunity;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Good and bad input, equality and copies of the velocity value types. */
class VelocityValuesTest {
  private static final Velocity EMPTY =
      Velocity.builder().count(0).openCount(0).wonCount(0).lostCount(0).build();

  private static VelocityComparison comparison(Velocity alliance) {
    return VelocityComparison.builder()
        .modelName("Co-sell")
        .putSegment(Segment.DIRECT, EMPTY)
        .putSegment(Segment.CHANNEL, EMPTY)
        .putSegment(Segment.ALLIANCE, alliance)
        .overall(alliance)
        .build();
  }

  @Test
  void rejectsCountsThatDoNotAddUp() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EMPTY.withCount(2));
    assertEquals(
        "velocity counts 0 open, 0 won and 0 lost must not be negative and must add up to 2",
        e.getMessage());
  }

  @Test
  void rejectsWinRateOutsideZeroToOneAndNaN() {
    assertEquals(
        "win rate 1.5 must be between 0 and 1",
        assertThrows(IllegalArgumentException.class, () -> EMPTY.withWinRate(1.5)).getMessage());
    assertEquals(
        "win rate NaN must be between 0 and 1",
        assertThrows(IllegalArgumentException.class, () -> EMPTY.withWinRate(Double.NaN))
            .getMessage());
    assertEquals(
        "average cycle of Infinity days must be a finite number, not negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> EMPTY.withAverageCycleDays(Double.POSITIVE_INFINITY))
            .getMessage());
  }

  @Test
  void rejectsAmountUnderAnotherCurrency() {
    assertEquals(
        "average deal size USD 5 is listed under currency EUR",
        assertThrows(
                IllegalArgumentException.class,
                () -> EMPTY.withAverageDealSize(ImmutableMap.of(EUR, Money.of(5, "USD"))))
            .getMessage());
  }

  @Test
  void comparisonCoversEverySegmentInDeclarationOrder() {
    VelocityComparison comparison = comparison(EMPTY);
    assertEquals(ImmutableList.copyOf(Segment.values()), comparison.segments().keySet().asList());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                VelocityComparison.builder()
                    .modelName("Co-sell")
                    .putSegment(Segment.DIRECT, EMPTY)
                    .overall(EMPTY)
                    .build());
    assertEquals(
        "velocity comparison must cover every segment [ALLIANCE, CHANNEL, DIRECT], not [DIRECT]",
        e.getMessage());
    Velocity one = Velocity.builder().count(1).openCount(1).wonCount(0).lostCount(0).build();
    assertEquals(
        "velocity comparison segments count 1 opportunities, but overall counts 0",
        assertThrows(IllegalArgumentException.class, () -> comparison(one).withOverall(EMPTY))
            .getMessage());
  }

  @Test
  void rejectsInconsistentConversionAndStageTime() {
    assertEquals(
        "conversion from Prospect to Qualified: 3 advanced and 1 pending must not be negative and"
            + " must not exceed the 3 entered",
        assertThrows(
                IllegalArgumentException.class,
                () -> StageConversion.of(stage("Prospect"), stage("Qualified"), 3, 3, 1))
            .getMessage());
    assertEquals(
        "time in stage Prospect: 5 days need at least one stay",
        assertThrows(IllegalArgumentException.class, () -> StageTime.of(stage("Prospect"), 0, 5))
            .getMessage());
    assertEquals(
        "time in stage Prospect: -1 stays and 0 days must not be negative",
        assertThrows(IllegalArgumentException.class, () -> StageTime.of(stage("Prospect"), -1, 0))
            .getMessage());
    assertEquals(
        Optional.of(0.5),
        StageConversion.of(stage("Prospect"), stage("Qualified"), 4, 1, 2).rate());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(EMPTY, Velocity.builder().from(EMPTY).build())
        .addEqualityGroup(EMPTY.withWinRate(0.5))
        .addEqualityGroup(EMPTY.withWonAmounts(ImmutableMap.of(EUR, Money.of(1, "EUR"))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(comparison(EMPTY), comparison(EMPTY))
        .addEqualityGroup(comparison(EMPTY).withModelName("Other"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            StageConversion.of(stage("Prospect"), stage("Qualified"), 3, 2, 0),
            StageConversion.of(stage("Prospect"), stage("Qualified"), 3, 2, 0))
        .addEqualityGroup(StageConversion.of(stage("Prospect"), stage("Qualified"), 3, 2, 1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            StageTime.of(stage("Prospect"), 2, 5), StageTime.of(stage("Prospect"), 2, 5))
        .addEqualityGroup(StageTime.of(stage("Qualified"), 2, 5))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = VelocityFixtures.nullPointerTester().setDefault(Velocity.class, EMPTY);
    tester.testAllPublicStaticMethods(Velocity.class);
    tester.testAllPublicInstanceMethods(EMPTY);
    tester.testAllPublicInstanceMethods(Velocity.builder());
    tester.testAllPublicStaticMethods(VelocityComparison.class);
    tester.testAllPublicInstanceMethods(comparison(EMPTY));
    tester.testAllPublicInstanceMethods(VelocityComparison.builder());
    tester.testAllPublicStaticMethods(StageConversion.class);
    tester.testAllPublicConstructors(StageConversion.class);
    tester.testAllPublicStaticMethods(StageTime.class);
    tester.testAllPublicConstructors(StageTime.class);
    tester.testAllPublicConstructors(SegmentDelta.class);
  }

  @Provide
  Arbitrary<List<Opportunity>> pipelines() {
    return VelocityFixtures.opportunities().list().ofMaxSize(10);
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("pipelines") List<Opportunity> opportunities) {
    VelocityComparison comparison =
        VelocityAnalyzer.of(VelocityFixtures.CO_SELL).compare(opportunities);
    assertEquals(comparison, VelocityComparison.builder().from(comparison).build());
    Velocity overall = comparison.overall();
    assertEquals(overall, Velocity.builder().from(overall).build());
  }

  @Property
  void withCopiesRoundTrip(@ForAll("pipelines") List<Opportunity> opportunities) {
    VelocityComparison comparison =
        VelocityAnalyzer.of(VelocityFixtures.CO_SELL).compare(opportunities);
    assertEquals(comparison, comparison.withModelName("Other").withModelName("Co-sell"));
    Velocity overall = comparison.overall();
    assertEquals(overall, overall.withWinRate(Optional.empty()).withWinRate(overall.winRate()));
  }
}
