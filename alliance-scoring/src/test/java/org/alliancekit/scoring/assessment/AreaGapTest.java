package org.alliancekit.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.alliancekit.model.factor.FactorCategory;
import org.junit.jupiter.api.Test;

class AreaGapTest {
  @Test
  void gapIsHostMeanMinusPartnerMean() {
    AreaGap gap = AreaGap.of(FactorCategory.CULTURAL, 0.75, 0.5, 3);
    assertEquals(0.25, gap.gap());
    assertEquals(0.25, AreaGap.of(FactorCategory.CULTURAL, 0.5, 0.75, 3).absoluteGap());
  }

  @Test
  void rejectsAreaWithoutComparedFactors() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AreaGap.of(FactorCategory.CULTURAL, 0.5, 0.5, 0));
    assertEquals("area CULTURAL compares 0 factors; it must compare at least 1", e.getMessage());
  }

  @Test
  void rejectsNegativeMean() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AreaGap.of(FactorCategory.CULTURAL, -0.1, 0.5, 2));
    assertEquals("host value -0.1 of CULTURAL must be between 0 and 1", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            AreaGap.of(FactorCategory.CULTURAL, 0.5, 0.25, 2),
            new AreaGap(FactorCategory.CULTURAL, 0.5, 0.25, 2))
        .addEqualityGroup(AreaGap.of(FactorCategory.STRATEGIC, 0.5, 0.25, 2))
        .addEqualityGroup(AreaGap.of(FactorCategory.CULTURAL, 0.5, 0.25, 3))
        .addEqualityGroup(AreaGap.of(FactorCategory.CULTURAL, 0.5, 0.5, 2))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = GapFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AreaGap.class);
    tester.testAllPublicConstructors(AreaGap.class);
    tester.testAllPublicInstanceMethods(AreaGap.of(FactorCategory.CULTURAL, 0, 0, 1));
  }
}
