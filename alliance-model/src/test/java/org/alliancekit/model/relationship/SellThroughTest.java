package org.alliancekit.model.relationship;

import static org.alliancekit.model.relationship.RelationshipFixtures.HOST;
import static org.alliancekit.model.relationship.RelationshipFixtures.PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SellThroughTest {
  private static final AccessFee TWENTY_PERCENT = AccessFee.marginPercent(new BigDecimal("20"));

  @Test
  void holdsSupplierChannelAndFee() {
    SellThrough motion = SellThrough.of(HOST, PARTNER, TWENTY_PERCENT);
    assertEquals(HOST, motion.supplier());
    assertEquals(PARTNER, motion.channel());
    assertEquals(Optional.of(TWENTY_PERCENT), motion.accessFee());
  }

  @Test
  void feeIsOptional() {
    assertEquals(Optional.empty(), SellThrough.of(HOST, PARTNER).accessFee());
  }

  @Test
  void rejectsSupplierWhoIsAlsoTheChannel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SellThrough(PARTNER, PartnerId.of("acme"), Optional.of(TWENTY_PERCENT)));
    assertEquals(
        "sell-through supplier and channel must be different parties, both are acme",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            SellThrough.of(HOST, PARTNER), new SellThrough(HOST, PARTNER, Optional.empty()))
        .addEqualityGroup(SellThrough.of(PARTNER, HOST))
        .addEqualityGroup(
            SellThrough.of(HOST, PARTNER, TWENTY_PERCENT),
            new SellThrough(HOST, PARTNER, Optional.of(TWENTY_PERCENT)))
        .addEqualityGroup(SellThrough.of(HOST, PARTNER, AccessFee.fixed(Money.of(1_000, "EUR"))))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(PartnerId.class, PartnerId.of("default"))
            .setDefault(AccessFee.class, TWENTY_PERCENT);
    tester.testAllPublicStaticMethods(SellThrough.class);
    tester.testAllPublicConstructors(SellThrough.class);
    tester.testAllPublicInstanceMethods(SellThrough.of(HOST, PARTNER, TWENTY_PERCENT));
  }
}
