package org.alliancekit.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class SellWithTest {

  @Test
  void holdsRolesAndDataSharing() {
    SellWith motion = SellWith.of("platform", "implementation", true);
    assertEquals("platform", motion.hostRole());
    assertEquals("implementation", motion.partnerRole());
    assertTrue(motion.sharesProspectData());
  }

  @Test
  void rejectsBlankHostRole() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SellWith.of(" ", "services", true));
    assertEquals("sell-with host role ' ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsControlCharactersInPartnerRole() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new SellWith("platform", "ser\tvices", false));
    assertEquals(
        "sell-with partner role 'ser?vices' must not contain control characters", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            SellWith.of("platform", "services", true), new SellWith("platform", "services", true))
        .addEqualityGroup(SellWith.of("platform", "services", false))
        .addEqualityGroup(SellWith.of("services", "platform", true))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(SellWith.class);
    tester.testAllPublicConstructors(SellWith.class);
    tester.testAllPublicInstanceMethods(SellWith.of("platform", "services", true));
  }
}
