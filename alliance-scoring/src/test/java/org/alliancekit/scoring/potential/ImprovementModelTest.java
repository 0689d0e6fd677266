package org.alliancekit.scoring.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class ImprovementModelTest {

  @Test
  void targetRaisesAScoreToTheTarget() {
    assertEquals(0.6, ImprovementModel.target(0.6).attainable(0.3));
  }

  @Test
  void targetNeverLowersAScoreAboveIt() {
    assertEquals(0.7, ImprovementModel.target(0.6).attainable(0.7));
  }

  @Test
  void closeGapClosesTheFractionOfTheGapToOne() {
    // 0.3 + 0.5 x (1 - 0.3) = 0.65, and 0.8 + 0.5 x 0.2 = 0.9, up to the last bit of a double.
    assertEquals(0.65, ImprovementModel.closeGap(0.5).attainable(0.3), 1e-15);
    assertEquals(0.9, ImprovementModel.closeGap(0.5).attainable(0.8), 1e-15);
    assertEquals(0.3, ImprovementModel.closeGap(0).attainable(0.3));
    assertEquals(1.0, ImprovementModel.closeGap(1).attainable(0.3));
  }

  @Test
  void stepAddsTheDeltaCappedAtOne() {
    assertEquals(0.4, ImprovementModel.step(0.1).attainable(0.3), 1e-15);
    assertEquals(1.0, ImprovementModel.step(0.1).attainable(0.95));
    assertEquals(1.0, ImprovementModel.step(0.1).attainable(1.0));
  }

  @Test
  void rejectsTargetOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ImprovementModel.target(1.5));
    assertEquals("target score 1.5 must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsGapFractionThatIsNotANumber() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ImprovementModel.closeGap(Double.NaN));
    assertEquals("gap fraction NaN must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsNegativeStep() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ImprovementModel.step(-0.1));
    assertEquals("score step -0.1 must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsInfiniteStep() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ImprovementModel.step(Double.POSITIVE_INFINITY));
    assertEquals("score step Infinity must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void everyStandardModelRejectsACurrentScoreOutsideZeroToOne() {
    for (ImprovementModel model :
        new ImprovementModel[] {
          ImprovementModel.target(0.5), ImprovementModel.closeGap(0.5), ImprovementModel.step(0.1)
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> model.attainable(1.1));
      assertEquals("current score 1.1 must be a number between 0 and 1", e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> model.attainable(Double.NaN));
      assertEquals("current score NaN must be a number between 0 and 1", e.getMessage());
    }
  }

  @Test
  void modelsAreEqualByKindAndParameter() {
    new EqualsTester()
        .addEqualityGroup(ImprovementModel.target(0.6), ImprovementModel.target(0.6))
        .addEqualityGroup(ImprovementModel.target(0.7))
        .addEqualityGroup(ImprovementModel.closeGap(0.6), ImprovementModel.closeGap(0.6))
        .addEqualityGroup(ImprovementModel.step(0.6))
        .testEquals();
  }

  @Test
  void modelsPrintTheirFactory() {
    assertEquals("target(0.6)", ImprovementModel.target(0.6).toString());
    assertEquals("closeGap(0.5)", ImprovementModel.closeGap(0.5).toString());
    assertEquals("step(0.1)", ImprovementModel.step(0.1).toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(ImprovementModel.class);
    tester.testAllPublicInstanceMethods(ImprovementModel.target(0.5));
  }

  @Property
  void standardModelsNeverLowerAScoreNorLeaveZeroToOne(
      @ForAll("models") ImprovementModel model,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(12) double current) {
    double attainable = model.attainable(current);
    assertTrue(attainable >= current && attainable <= 1.0, model + " gave " + attainable);
  }

  @Provide
  static Arbitrary<ImprovementModel> models() {
    Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).ofScale(12);
    return Arbitraries.oneOf(
        unit.map(ImprovementModel::target),
        unit.map(ImprovementModel::closeGap),
        unit.map(ImprovementModel::step));
  }
}
