package org.alliancekit.model.venture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class OwnershipTest {
  private static final PartnerId ACME = PartnerId.of("acme");

  @Test
  void holdsOwnerAndShare() {
    Ownership ownership = Ownership.of(ACME, new BigDecimal("0.6"));
    assertEquals(ACME, ownership.owner());
    assertEquals(new BigDecimal("0.6"), ownership.share());
  }

  @Test
  void wholeShareIsAllowed() {
    assertEquals(BigDecimal.ONE, Ownership.of(ACME, BigDecimal.ONE).share());
  }

  @Test
  void rejectsZeroShare() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ownership.of(ACME, BigDecimal.ZERO));
    assertEquals("share 0 of owner acme must be greater than 0 and at most 1", e.getMessage());
  }

  @Test
  void rejectsNegativeShare() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Ownership(ACME, new BigDecimal("-0.1")));
    assertEquals("share -0.1 of owner acme must be greater than 0 and at most 1", e.getMessage());
  }

  @Test
  void rejectsShareAboveOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Ownership.of(ACME, new BigDecimal("1.5")));
    assertEquals("share 1.5 of owner acme must be greater than 0 and at most 1", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Ownership.of(ACME, new BigDecimal("0.5")), new Ownership(ACME, new BigDecimal("0.5")))
        .addEqualityGroup(Ownership.of(ACME, new BigDecimal("0.4")))
        .addEqualityGroup(Ownership.of(PartnerId.of("globex"), new BigDecimal("0.5")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(PartnerId.class, ACME)
            .setDefault(BigDecimal.class, BigDecimal.ONE);
    tester.testAllPublicStaticMethods(Ownership.class);
    tester.testAllPublicConstructors(Ownership.class);
    tester.testAllPublicInstanceMethods(Ownership.of(ACME, BigDecimal.ONE));
  }

  @Property
  void rebuiltFromItsComponentsIsEqual(@ForAll("ownerships") Ownership ownership) {
    assertEquals(ownership, Ownership.of(ownership.owner(), ownership.share()));
  }

  @Provide
  Arbitrary<Ownership> ownerships() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(PartnerId::of),
            Arbitraries.bigDecimals().between(new BigDecimal("0.001"), BigDecimal.ONE).ofScale(3))
        .as(Ownership::of);
  }
}
