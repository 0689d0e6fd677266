package org.alliancekit.attribution.path;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.path;
import static org.alliancekit.attribution.Fixtures.ps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.List;
import org.alliancekit.attribution.Fixtures;
import org.junit.jupiter.api.Test;

class JourneyPathTest {

  @Test
  void mergesConsecutiveRepeatsOnly() {
    JourneyPath path = path("a>a>b>a>a>c>c", 1, "5", 2);
    assertEquals(ps("a", "b", "a", "c"), path.mergedParties());
    assertEquals(ImmutableSet.copyOf(ps("a", "b", "c")), path.distinctParties());
    assertEquals(3, path.journeys());
  }

  @Test
  void rejectsEmptyPath() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> JourneyPath.of(List.of(), 1, eur("1"), 0));
    assertEquals("journey path must have at least one touch", e.getMessage());
  }

  @Test
  void rejectsPathWithoutJourneys() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> path("a>b", 0, "0", 0));
    assertEquals(
        "path [a, b] has neither conversions nor nulls; every path needs at least one journey",
        e.getMessage());
  }

  @Test
  void rejectsNegativeCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> path("a", -1, "0", 3));
    assertEquals("conversions -1 of path [a] must not be negative", e.getMessage());
    IllegalArgumentException n =
        assertThrows(IllegalArgumentException.class, () -> path("a", 1, "0", -3));
    assertEquals("nulls -3 of path [a] must not be negative", n.getMessage());
  }

  @Test
  void rejectsValueWithoutConversions() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> path("a", 0, "5", 3));
    assertEquals("path [a] has value EUR 5 but no conversions", e.getMessage());
  }

  @Test
  void rejectsNegativeValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> path("a", 1, "-5", 3));
    assertEquals("value EUR -5 of path [a] must not be negative", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(path("a>b", 1, "5", 2), path("a>b", 1, "5", 2))
        .addEqualityGroup(path("b>a", 1, "5", 2))
        .addEqualityGroup(path("a>b", 2, "5", 2))
        .addEqualityGroup(path("a>b", 1, "6", 2))
        .addEqualityGroup(path("a>b", 1, "5", 3))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(JourneyPath.class);
    tester.testAllPublicConstructors(JourneyPath.class);
  }
}
