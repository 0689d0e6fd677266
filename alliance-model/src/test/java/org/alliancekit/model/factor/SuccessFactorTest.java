package org.alliancekit.model.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuccessFactorTest {
  private static SuccessFactor trust() {
    return SuccessFactor.of("Cu31", "Business to business trust", FactorCategory.CULTURAL);
  }

  @Test
  void buildsWithoutDescription() {
    SuccessFactor factor = trust();
    assertEquals("Cu31", factor.code());
    assertEquals("Business to business trust", factor.name());
    assertEquals(FactorCategory.CULTURAL, factor.category());
    assertEquals(Optional.empty(), factor.description());
  }

  @Test
  void buildsWithDescriptionThroughFactoryAndBuilder() {
    SuccessFactor viaFactory =
        SuccessFactor.of("O52", "Issue escalation", FactorCategory.OPERATIONAL, "Agreed path up.");
    SuccessFactor viaBuilder =
        SuccessFactor.builder()
            .code("O52")
            .name("Issue escalation")
            .category(FactorCategory.OPERATIONAL)
            .description("Agreed path up.")
            .build();
    assertEquals(viaFactory, viaBuilder);
    assertEquals(Optional.of("Agreed path up."), viaBuilder.description());
  }

  @Test
  void rejectsCodeWithSurroundingWhitespace() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SuccessFactor.of(" Co1", "Value proposition", FactorCategory.COMMERCIAL));
    assertEquals("factor code ' Co1' must not start or end with whitespace", e.getMessage());
  }

  @Test
  void rejectsBlankCode() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SuccessFactor.of("", "Value proposition", FactorCategory.COMMERCIAL));
    assertEquals("factor code '' must not be blank", e.getMessage());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SuccessFactor.of("Co1", " ", FactorCategory.COMMERCIAL));
    assertEquals("factor name ' ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsBlankDescription() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> trust().withDescription(""));
    assertEquals("factor description '' must not be blank", e.getMessage());
  }

  @Test
  void missingCategoryIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> SuccessFactor.builder().code("Co1").name("Value proposition").build());
    assertTrue(e.getMessage().contains("category"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(trust(), trust(), SuccessFactor.builder().from(trust()).build())
        .addEqualityGroup(trust().withCode("Cu32"))
        .addEqualityGroup(trust().withName("Trust"))
        .addEqualityGroup(trust().withCategory(FactorCategory.STRATEGIC))
        .addEqualityGroup(trust().withDescription("Each side trusts the other."))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(SuccessFactor.class);
    tester.testAllPublicInstanceMethods(trust());
    tester.testAllPublicInstanceMethods(SuccessFactor.builder());
  }
}
