package org.alliancekit.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ExclusivityTest {

  private static Exclusivity.Builder dach() {
    return Exclusivity.builder().addTerritories("DE", "AT", "CH");
  }

  @Test
  void coversTerritoriesInOrder() {
    Exclusivity exclusivity = dach().price(Money.of(50_000, "EUR")).build();
    assertEquals(ImmutableSet.of("DE", "AT", "CH"), exclusivity.territories());
    assertEquals(ImmutableSet.of(), exclusivity.products());
    assertEquals(Optional.of(Money.of(50_000, "EUR")), exclusivity.price());
  }

  @Test
  void equalityIgnoresTheOrderOfTerritories() {
    assertEquals(dach().build(), Exclusivity.builder().addTerritories("CH", "AT", "DE").build());
  }

  @Test
  void mayCoverProductsOnly() {
    Exclusivity exclusivity = Exclusivity.builder().addProduct("Analytics Suite").build();
    assertEquals(ImmutableSet.of("Analytics Suite"), exclusivity.products());
    assertEquals(Optional.empty(), exclusivity.price());
  }

  @Test
  void mayBeFree() {
    assertEquals(Optional.of(Money.of(0, "EUR")), dach().price(Money.of(0, "EUR")).build().price());
  }

  @Test
  void rejectsExclusivityCoveringNothing() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Exclusivity.builder().build());
    assertEquals(
        "exclusivity must cover at least one territory or product, has neither", e.getMessage());
  }

  @Test
  void rejectsNegativePrice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> dach().price(Money.of(-1, "EUR")).build());
    assertEquals("exclusivity price EUR -1 must not be negative", e.getMessage());
  }

  @Test
  void rejectsBlankTerritory() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> dach().addTerritory(" ").build());
    assertEquals("exclusivity territory ' ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsBlankProduct() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> dach().addProduct("").build());
    assertEquals("exclusivity product '' must not be blank", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(dach().build(), dach().build())
        .addEqualityGroup(Exclusivity.builder().addTerritories("DE", "AT").build())
        .addEqualityGroup(dach().addProduct("Analytics Suite").build())
        .addEqualityGroup(dach().price(Money.of(1, "EUR")).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Exclusivity.class);
    tester.testAllPublicInstanceMethods(dach().build());
    tester.testAllPublicInstanceMethods(Exclusivity.builder());
  }
}
