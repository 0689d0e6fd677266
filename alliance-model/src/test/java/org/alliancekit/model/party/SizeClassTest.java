package org.alliancekit.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.alliancekit.model.Testers;
import org.junit.jupiter.api.Test;

class SizeClassTest {

  @Test
  void classBoundsFollowHeadCount() {
    assertEquals(SizeClass.MICRO, SizeClass.ofEmployees(0));
    assertEquals(SizeClass.MICRO, SizeClass.ofEmployees(9));
    assertEquals(SizeClass.SMALL, SizeClass.ofEmployees(10));
    assertEquals(SizeClass.SMALL, SizeClass.ofEmployees(49));
    assertEquals(SizeClass.MEDIUM, SizeClass.ofEmployees(50));
    assertEquals(SizeClass.MEDIUM, SizeClass.ofEmployees(249));
    assertEquals(SizeClass.LARGE, SizeClass.ofEmployees(250));
    assertEquals(SizeClass.LARGE, SizeClass.ofEmployees(4_999));
    assertEquals(SizeClass.GLOBAL, SizeClass.ofEmployees(5_000));
    assertEquals(SizeClass.GLOBAL, SizeClass.ofEmployees(Long.MAX_VALUE));
  }

  @Test
  void eachClassStartsAtItsSmallestHeadCount() {
    assertEquals(0, SizeClass.MICRO.minEmployees());
    assertEquals(10, SizeClass.SMALL.minEmployees());
    assertEquals(50, SizeClass.MEDIUM.minEmployees());
    assertEquals(250, SizeClass.LARGE.minEmployees());
    assertEquals(5_000, SizeClass.GLOBAL.minEmployees());
  }

  @Test
  void rejectsNegativeHeadCount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SizeClass.ofEmployees(-1));
    assertEquals("employees -1 must not be negative", e.getMessage());
  }

  @Test
  void davidAndGoliathNeedsOneOfEach() {
    assertTrue(SizeClass.isDavidAndGoliath(SizeClass.GLOBAL, SizeClass.SMALL));
    assertTrue(SizeClass.isDavidAndGoliath(SizeClass.MEDIUM, SizeClass.LARGE));
    assertFalse(SizeClass.isDavidAndGoliath(SizeClass.GLOBAL, SizeClass.LARGE));
    assertFalse(SizeClass.isDavidAndGoliath(SizeClass.SMALL, SizeClass.MICRO));
    Testers.nullPointerTester().testAllPublicStaticMethods(SizeClass.class);
  }

  @Property
  void classIsMonotoneInHeadCount(
      @ForAll @LongRange(min = 0, max = 1_000_000) long a,
      @ForAll @LongRange(min = 0, max = 1_000_000) long b) {
    long low = Math.min(a, b);
    long high = Math.max(a, b);
    assertTrue(SizeClass.ofEmployees(low).compareTo(SizeClass.ofEmployees(high)) <= 0);
    assertTrue(SizeClass.ofEmployees(high).minEmployees() <= high);
  }

  @Property
  void davidAndGoliathIsSymmetric(@ForAll SizeClass a, @ForAll SizeClass b) {
    assertEquals(SizeClass.isDavidAndGoliath(a, b), SizeClass.isDavidAndGoliath(b, a));
  }
}
