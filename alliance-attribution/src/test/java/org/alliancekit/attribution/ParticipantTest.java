package org.alliancekit.attribution;

import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  @Test
  void holdsPartyAndRole() {
    Participant participant = Participant.of(p("si"), "CO_SELLER");
    assertEquals(p("si"), participant.party());
    assertEquals("CO_SELLER", participant.role());
  }

  @Test
  void rejectsBlankRole() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Participant.of(p("si"), " "));
    assertEquals("role ' ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsPaddedRole() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Participant.of(p("si"), "RESELLER "));
    assertEquals("role 'RESELLER ' must not start or end with whitespace", e.getMessage());
  }

  @Test
  void rejectsControlCharactersInRole() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Participant.of(p("si"), "RE\tSELLER"));
    assertEquals("role 'RE?SELLER' must not contain control characters", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Participant.of(p("a"), "X"), new Participant(p("a"), "X"))
        .addEqualityGroup(Participant.of(p("a"), "Y"))
        .addEqualityGroup(Participant.of(p("b"), "X"))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Participant.class);
    tester.testAllPublicConstructors(Participant.class);
  }
}
