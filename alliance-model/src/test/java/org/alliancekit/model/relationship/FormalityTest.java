package org.alliancekit.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormalityTest {

  @Test
  void factoriesSetKindAndCadence() {
    assertEquals(FormalityKind.CONTRACT, Formality.contract(Period.ofYears(1)).kind());
    assertEquals(
        Optional.of(Period.ofYears(2)), Formality.quidProQuo(Period.ofYears(2)).reviewCadence());
    assertEquals(FormalityKind.QUID_PRO_QUO, Formality.quidProQuo(Period.ofYears(2)).kind());
    assertEquals(FormalityKind.INFORMAL, Formality.informal().kind());
    assertEquals(Optional.empty(), Formality.informal().reviewCadence());
    assertEquals(Optional.empty(), Formality.of(FormalityKind.CONTRACT).reviewCadence());
  }

  @Test
  void rejectsZeroReviewCadence() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Formality.contract(Period.ZERO));
    assertEquals(
        "review cadence P0D must be positive: not zero and with no negative part", e.getMessage());
  }

  @Test
  void rejectsNegativeReviewCadence() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Formality.quidProQuo(Period.ofMonths(-6)));
    assertEquals(
        "review cadence P-6M must be positive: not zero and with no negative part", e.getMessage());
  }

  @Test
  void rejectsReviewCadenceWithANegativePart() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Formality.informal().withReviewCadence(Period.of(1, -1, 0)));
    assertEquals(
        "review cadence P1Y-1M must be positive: not zero and with no negative part",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Formality.contract(Period.ofYears(1)),
            Formality.of(FormalityKind.CONTRACT).withReviewCadence(Period.ofYears(1)))
        .addEqualityGroup(Formality.contract(Period.ofYears(2)))
        .addEqualityGroup(Formality.of(FormalityKind.CONTRACT))
        .addEqualityGroup(Formality.quidProQuo(Period.ofYears(1)))
        .addEqualityGroup(Formality.informal(), Formality.of(FormalityKind.INFORMAL))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Formality.class);
    tester.testAllPublicInstanceMethods(Formality.contract(Period.ofYears(1)));
  }
}
