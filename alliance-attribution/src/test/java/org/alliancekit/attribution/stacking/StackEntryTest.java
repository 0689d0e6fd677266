package org.alliancekit.attribution.stacking;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableTable;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import org.alliancekit.attribution.Fixtures;
import org.junit.jupiter.api.Test;

class StackEntryTest {

  @Test
  void resaleMarginIsExactAndUnrounded() {
    StackEntry entry = StackEntry.resaleMargin(p("isv"), eur("10.01"), new BigDecimal("0.125"));
    assertEquals(ValueComponent.RESALE_MARGIN, entry.component());
    assertEquals(eur("1.25125"), entry.amount());
  }

  @Test
  void rejectsMarginRateAboveOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StackEntry.resaleMargin(p("isv"), eur("1"), new BigDecimal("1.5")));
    assertEquals(
        "margin rate 1.5 on the resale of partner isv must be between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsNegativeResale() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StackEntry.resaleMargin(p("isv"), eur("-1"), new BigDecimal("0.1")));
    assertEquals("resale amount EUR -1 of partner isv must not be negative", e.getMessage());
  }

  @Test
  void rejectsNegativeAmount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> StackEntry.platform(p("cloud"), eur("-3")));
    assertEquals("PLATFORM EUR -3 from partner cloud must not be negative", e.getMessage());
  }

  @Test
  void valueStackRejectsCellsNotAddingUp() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ValueStack(
                    ImmutableTable.of(p("isv"), ValueComponent.PLATFORM, eur("1")), eur("2")));
    assertEquals("value stack cells add up to 1, not to the total EUR 2", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            StackEntry.platform(p("a"), eur("1")),
            StackEntry.of(p("a"), ValueComponent.PLATFORM, eur("1.00")))
        .addEqualityGroup(StackEntry.jointGoToMarket(p("a"), eur("1")))
        .addEqualityGroup(StackEntry.platform(p("b"), eur("1")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(StackEntry.class);
    tester.testAllPublicConstructors(StackEntry.class);
    tester.testAllPublicConstructors(ValueStack.class);
    tester.testAllPublicInstanceMethods(
        ValueStacking.stack(List.of(StackEntry.platform(p("a"), eur("1")))));
  }
}
