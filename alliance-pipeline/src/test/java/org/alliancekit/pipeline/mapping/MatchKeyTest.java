package org.alliancekit.pipeline.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class MatchKeyTest {

  @Test
  void comparesByText() {
    assertTrue(MatchKey.of("domain:x").compareTo(MatchKey.of("name:x")) < 0);
    assertEquals("name:x", MatchKey.of("name:x").toString());
  }

  @Test
  void rejectsBlankKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MatchKey.of("  "));
    assertEquals("match key '  ' must not be blank", e.getMessage());
  }

  @Test
  void equalityIsByText() {
    new EqualsTester()
        .addEqualityGroup(MatchKey.of("a"), new MatchKey("a"))
        .addEqualityGroup(MatchKey.of("b"))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(MatchKey.class);
  }
}
