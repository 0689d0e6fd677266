package org.alliancekit.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.factor.FactorCategory;
import org.junit.jupiter.api.Test;

class WeightsTest {

  @Test
  void equalWeightsGiveEveryFactorOneAndNoAreaWeights() {
    Weights equal = Weights.equal();
    assertEquals(1.0, equal.factorWeight("Co1"));
    assertEquals(1.0, equal.factorWeight("anything"));
    assertFalse(equal.hasCategoryWeights());
    assertEquals(Weights.builder().build(), equal);
    assertSame(Weights.equal(), Weights.equal());
  }

  @Test
  void unlistedFactorsWeighOneAndUnlistedAreasWeighOneOnceAnyAreaIsListed() {
    Weights weights =
        Weights.builder()
            .putFactorWeight("Co1", 2)
            .putFactorWeight("O52", 0)
            .putCategoryWeight(FactorCategory.STRATEGIC, 3)
            .build();
    assertEquals(2.0, weights.factorWeight("Co1"));
    assertEquals(0.0, weights.factorWeight("O52"));
    assertEquals(1.0, weights.factorWeight("T14"));
    assertTrue(weights.hasCategoryWeights());
    assertEquals(OptionalDouble.of(3), weights.categoryWeight(FactorCategory.STRATEGIC));
    assertEquals(OptionalDouble.of(1), weights.categoryWeight(FactorCategory.CULTURAL));
  }

  @Test
  void areaWeightIsEmptyWithoutAreaWeights() {
    assertEquals(OptionalDouble.empty(), Weights.equal().categoryWeight(FactorCategory.TECHNICAL));
  }

  @Test
  void rejectsNegativeFactorWeight() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.builder().putFactorWeight("Co1", -1).build());
    assertEquals("weight -1.0 of factor Co1 must be a finite number of at least 0", e.getMessage());
  }

  @Test
  void rejectsNanAndInfiniteWeights() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Weights.builder().putCategoryWeight(FactorCategory.STRATEGIC, Double.NaN).build());
    assertEquals(
        "weight NaN of area STRATEGIC must be a finite number of at least 0", nan.getMessage());
    IllegalArgumentException infinite =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.builder().putFactorWeight("T14", Double.POSITIVE_INFINITY).build());
    assertEquals(
        "weight Infinity of factor T14 must be a finite number of at least 0",
        infinite.getMessage());
  }

  @Test
  void rejectsBlankFactorCode() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.builder().putFactorWeight(" ", 1).build());
    assertEquals("factor code ' ' of a weight must not be blank", e.getMessage());
  }

  @Test
  void storesNegativeZeroAsZero() {
    Weights weights =
        Weights.builder()
            .putFactorWeight("Co1", -0.0)
            .putCategoryWeight(FactorCategory.COMMERCIAL, -0.0)
            .build();
    assertEquals(
        Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(weights.factorWeight("Co1")));
    assertEquals(
        Weights.builder()
            .putFactorWeight("Co1", 0.0)
            .putCategoryWeight(FactorCategory.COMMERCIAL, 0.0)
            .build(),
        weights);
  }

  @Test
  void printsShortly() {
    assertEquals("Weights.equal()", Weights.equal().toString());
    assertEquals(
        "Weights{factors={Co1=2.0}, areas={STRATEGIC=0.5}}",
        Weights.builder()
            .putFactorWeight("Co1", 2)
            .putCategoryWeight(FactorCategory.STRATEGIC, 0.5)
            .build()
            .toString());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Weights.equal(), Weights.builder().build())
        .addEqualityGroup(
            Weights.builder().putFactorWeight("Co1", 2).build(),
            Weights.equal().withFactorWeights(ImmutableMap.of("Co1", 2.0)))
        .addEqualityGroup(Weights.builder().putFactorWeight("Co1", 3).build())
        .addEqualityGroup(Weights.builder().putCategoryWeight(FactorCategory.CULTURAL, 2).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ScoreFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Weights.class);
    tester.testAllPublicInstanceMethods(
        Weights.builder().putCategoryWeight(FactorCategory.CULTURAL, 2).build());
    tester.testAllPublicInstanceMethods(Weights.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("weights") Weights weights) {
    assertEquals(weights, Weights.builder().from(weights).build());
  }

  @Property
  void withFactorWeightsRoundTrips(@ForAll("weights") Weights weights) {
    Weights changed = weights.withFactorWeights(ImmutableMap.of("X1", 4.0));
    assertEquals(4.0, changed.factorWeight("X1"));
    assertEquals(weights, changed.withFactorWeights(weights.factorWeights()));
  }

  @Provide
  Arbitrary<Weights> weights() {
    return ModelArbitraries.factorCatalogs().flatMap(ScoreFixtures::weights);
  }
}
