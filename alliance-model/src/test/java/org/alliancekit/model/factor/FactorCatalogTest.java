package org.alliancekit.model.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactorCatalogTest {
  private static final SuccessFactor PIPELINE =
      SuccessFactor.of("H1", "Joint pipeline reviewed monthly", FactorCategory.OPERATIONAL);
  private static final SuccessFactor SPONSOR =
      SuccessFactor.of("H2", "Named executive sponsor", FactorCategory.STRATEGIC);
  private static final SuccessFactor PLAN =
      SuccessFactor.of("H3", "Joint account plan", FactorCategory.OPERATIONAL);

  private static FactorCatalog health() {
    return FactorCatalog.builder().name("HEALTH").addFactors(PIPELINE, SPONSOR, PLAN).build();
  }

  @Test
  void keepsFactorsInTheOrderGiven() {
    FactorCatalog catalog = health();
    assertEquals("HEALTH", catalog.name());
    assertEquals(ImmutableList.of(PIPELINE, SPONSOR, PLAN), catalog.factors());
    assertEquals(ImmutableList.of("H1", "H2", "H3"), catalog.codes());
    assertEquals(3, catalog.size());
  }

  @Test
  void looksUpFactorsByCode() {
    FactorCatalog catalog = health();
    assertEquals(Optional.of(SPONSOR), catalog.find("H2"));
    assertEquals(Optional.of(PIPELINE), catalog.find("H1"));
    assertEquals(Optional.empty(), catalog.find("H9"));
    assertEquals(PLAN, catalog.get("H3"));
    assertTrue(catalog.contains("H1"));
    assertFalse(catalog.contains("h1"));
    assertEquals(0, catalog.indexOf("H1"));
    assertEquals(2, catalog.indexOf("H3"));
    assertEquals(-1, catalog.indexOf("H9"));
  }

  @Test
  void getOfUnknownCodeNamesCodeAndCatalog() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> health().get("Co1"));
    assertEquals("factor code Co1 is not in catalog HEALTH", e.getMessage());
  }

  @Test
  void groupsFactorsByCategoryInCategoryOrder() {
    FactorCatalog catalog = health();
    assertEquals(ImmutableList.of(PIPELINE, PLAN), catalog.inCategory(FactorCategory.OPERATIONAL));
    assertEquals(ImmutableList.of(SPONSOR), catalog.inCategory(FactorCategory.STRATEGIC));
    assertEquals(ImmutableList.of(), catalog.inCategory(FactorCategory.CULTURAL));
    assertEquals(
        ImmutableList.of(FactorCategory.STRATEGIC, FactorCategory.OPERATIONAL),
        catalog.categories().asList());
  }

  @Test
  void factoriesAgreeWithBuilder() {
    assertEquals(health(), FactorCatalog.of("HEALTH", PIPELINE, SPONSOR, PLAN));
    assertEquals(health(), FactorCatalog.of("HEALTH", List.of(PIPELINE, SPONSOR, PLAN)));
  }

  @Test
  void rejectsDuplicateCodeNamingIt() {
    SuccessFactor otherH2 = SuccessFactor.of("H2", "Another factor", FactorCategory.CULTURAL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FactorCatalog.of("HEALTH", PIPELINE, SPONSOR, PLAN, otherH2));
    assertEquals(
        "catalog HEALTH lists factor code H2 more than once; codes must be unique", e.getMessage());
  }

  @Test
  void rejectsSameFactorTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FactorCatalog.of("HEALTH", SPONSOR, SPONSOR));
    assertEquals(
        "catalog HEALTH lists factor code H2 more than once; codes must be unique", e.getMessage());
  }

  @Test
  void rejectsEmptyCatalog() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FactorCatalog.builder().name("EMPTY").build());
    assertEquals("catalog EMPTY must have at least one factor", e.getMessage());
  }

  @Test
  void rejectsNameWithSurroundingWhitespace() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> health().withName("HEALTH "));
    assertEquals("catalog name 'HEALTH ' must not start or end with whitespace", e.getMessage());
  }

  @Test
  void missingNameIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> FactorCatalog.builder().addFactor(PLAN).build());
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void equalityIsByNameAndFactorsInOrder() {
    new EqualsTester()
        .addEqualityGroup(health(), health(), FactorCatalog.builder().from(health()).build())
        .addEqualityGroup(health().withName("OTHER"))
        .addEqualityGroup(FactorCatalog.of("HEALTH", PLAN, SPONSOR, PIPELINE))
        .addEqualityGroup(FactorCatalog.of("HEALTH", PIPELINE, SPONSOR))
        .testEquals();
  }

  @Test
  void toStringShowsNameAndCodes() {
    assertEquals("FactorCatalog{name=HEALTH, codes=[H1, H2, H3]}", health().toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(SuccessFactor.class, PLAN);
    tester.testAllPublicStaticMethods(FactorCatalog.class);
    tester.testAllPublicInstanceMethods(health());
    tester.testAllPublicInstanceMethods(FactorCatalog.builder());
  }
}
