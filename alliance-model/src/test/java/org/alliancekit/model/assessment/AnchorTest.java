package org.alliancekit.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AnchorTest {

  @Test
  void valueIsFractionTimesHundred() {
    Anchor anchor = Anchor.of("Largely in place", 0.75);
    assertEquals("Largely in place", anchor.label());
    assertEquals(0.75, anchor.fraction());
    assertEquals(75.0, anchor.value());
  }

  @Test
  void rejectsFractionAboveOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Anchor.of("Beyond", 1.5));
    assertEquals("anchor fraction 1.5 must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsNanFraction() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Anchor.of("Unknown", Double.NaN));
    assertEquals("anchor fraction NaN must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsBlankLabel() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Anchor.of("", 0.5));
    assertEquals("anchor label '' must not be blank", e.getMessage());
  }

  @Test
  void negativeZeroFractionIsStoredAsZero() {
    assertEquals(Anchor.of("None", 0), Anchor.of("None", -0.0));
  }

  @Test
  void equalityIsByLabelAndFraction() {
    new EqualsTester()
        .addEqualityGroup(Anchor.of("Half", 0.5), new Anchor("Half", 0.5))
        .addEqualityGroup(Anchor.of("Half", 0.25))
        .addEqualityGroup(Anchor.of("Partly", 0.5))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Anchor.class);
    tester.testAllPublicConstructors(Anchor.class);
    tester.testAllPublicInstanceMethods(Anchor.of("Half", 0.5));
  }

  @Property
  void copyThroughConstructorIsEqual(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String label,
      @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
    Anchor anchor = Anchor.of(label, fraction);
    assertEquals(anchor, new Anchor(anchor.label(), anchor.fraction()));
    assertEquals(fraction * 100, anchor.value());
  }
}
