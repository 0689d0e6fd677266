package org.alliancekit.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AssessorTest {

  @Test
  void holdsNameAndRole() {
    Assessor assessor = Assessor.of("Dana Reyes", "Alliance manager");
    assertEquals("Dana Reyes", assessor.name());
    assertEquals("Alliance manager", assessor.role());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Assessor.of(" ", "Alliance manager"));
    assertEquals("assessor name ' ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsControlCharactersInRole() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Assessor.of("Dana Reyes", "Alliance\tmanager"));
    assertEquals(
        "assessor role 'Alliance?manager' must not contain control characters", e.getMessage());
  }

  @Test
  void equalityIsByNameAndRole() {
    new EqualsTester()
        .addEqualityGroup(
            Assessor.of("Dana Reyes", "Alliance manager"),
            new Assessor("Dana Reyes", "Alliance manager"))
        .addEqualityGroup(Assessor.of("Dana Reyes", "Sales director"))
        .addEqualityGroup(Assessor.of("Sam Okafor", "Alliance manager"))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Assessor.class);
    tester.testAllPublicConstructors(Assessor.class);
    tester.testAllPublicInstanceMethods(Assessor.of("Dana Reyes", "Alliance manager"));
  }

  @Property
  void copyThroughConstructorIsEqual(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String name,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String role) {
    Assessor assessor = Assessor.of(name, role);
    assertEquals(assessor, new Assessor(assessor.name(), assessor.role()));
  }
}
