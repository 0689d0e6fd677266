package org.alliancekit.model.relationship;

import static org.alliancekit.model.relationship.RelationshipFixtures.HOST;
import static org.alliancekit.model.relationship.RelationshipFixtures.PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class SellToTest {

  @Test
  void holdsSellerAndBuyer() {
    SellTo motion = SellTo.of(HOST, PARTNER);
    assertEquals(HOST, motion.seller());
    assertEquals(PARTNER, motion.buyer());
  }

  @Test
  void rejectsSellerWhoIsAlsoTheBuyer() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SellTo.of(HOST, PartnerId.of("hq")));
    assertEquals("sell-to seller and buyer must be different parties, both are hq", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(SellTo.of(HOST, PARTNER), new SellTo(HOST, PARTNER))
        .addEqualityGroup(SellTo.of(PARTNER, HOST))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(PartnerId.class, PartnerId.of("default"));
    tester.testAllPublicStaticMethods(SellTo.class);
    tester.testAllPublicConstructors(SellTo.class);
    tester.testAllPublicInstanceMethods(SellTo.of(HOST, PARTNER));
  }
}
