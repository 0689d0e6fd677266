package org.alliancekit.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.alliancekit.model.factor.FactorCategory;
import org.junit.jupiter.api.Test;

class FactorGapTest {
  @Test
  void gapIsHostMinusPartner() {
    FactorGap gap = FactorGap.of("Co1", FactorCategory.COMMERCIAL, 0.25, 1);
    assertEquals(-0.75, gap.gap());
    assertEquals(0.75, gap.absoluteGap());
  }

  @Test
  void rejectsValueAboveOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FactorGap.of("Co1", FactorCategory.COMMERCIAL, 1.5, 0));
    assertEquals("host value 1.5 of Co1 must be between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsNaNPartnerValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FactorGap.of("Co1", FactorCategory.COMMERCIAL, 0, Double.NaN));
    assertEquals("partner value NaN of Co1 must be between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsBlankCode() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FactorGap.of(" ", FactorCategory.COMMERCIAL, 0, 0));
    assertEquals("factor code ' ' must not be blank", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            FactorGap.of("Co1", FactorCategory.COMMERCIAL, 0.5, 0.25),
            new FactorGap("Co1", FactorCategory.COMMERCIAL, 0.5, 0.25))
        .addEqualityGroup(FactorGap.of("Co2", FactorCategory.COMMERCIAL, 0.5, 0.25))
        .addEqualityGroup(FactorGap.of("Co1", FactorCategory.TECHNICAL, 0.5, 0.25))
        .addEqualityGroup(FactorGap.of("Co1", FactorCategory.COMMERCIAL, 0.25, 0.5))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = GapFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(FactorGap.class);
    tester.testAllPublicConstructors(FactorGap.class);
    tester.testAllPublicInstanceMethods(FactorGap.of("Co1", FactorCategory.COMMERCIAL, 0, 0));
  }
}
