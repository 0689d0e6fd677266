package org.alliancekit.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.alliancekit.model.Testers;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CompanySizeTest {

  @Test
  void derivesSizeClassFromHeadCount() {
    assertEquals(SizeClass.MEDIUM, CompanySize.of(120).sizeClass());
    assertEquals(Optional.empty(), CompanySize.of(120).annualRevenue());
    assertEquals(
        Money.of(3_000_000, "EUR"),
        CompanySize.of(120, Money.of(3_000_000, "EUR")).annualRevenue().orElseThrow());
  }

  @Test
  void rejectsNegativeHeadCount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CompanySize.of(-5));
    assertEquals("employees -5 must not be negative", e.getMessage());
  }

  @Test
  void rejectsNegativeRevenue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CompanySize.of(5, Money.of(-1, "EUR")));
    assertEquals("annual revenue EUR -1 must not be negative", e.getMessage());
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(CompanySize.of(10), CompanySize.of(10))
        .addEqualityGroup(CompanySize.of(11))
        .addEqualityGroup(CompanySize.of(10, Money.of(1, "EUR")))
        .testEquals();
    Testers.nullPointerTester().testAllPublicStaticMethods(CompanySize.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(CompanySize.of(10));
  }

  @Property
  void withEmployeesRederivesTheClass(
      @ForAll @LongRange(min = 0, max = 100_000) long a,
      @ForAll @LongRange(min = 0, max = 100_000) long b) {
    CompanySize size = CompanySize.of(a).withEmployees(b);
    assertEquals(SizeClass.ofEmployees(b), size.sizeClass());
    assertEquals(CompanySize.of(a), size.withEmployees(a));
  }
}
