package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;

class CatalogArbitraryTest {

  @Provide
  Arbitrary<FactorCatalog> catalogs() {
    return ModelArbitraries.factorCatalogs();
  }

  @Provide
  Arbitrary<FactorCatalog> culturalAndStrategic() {
    return ModelArbitraries.customCatalogs()
        .named("HEALTH")
        .ofSize(3, 5)
        .inCategories(FactorCategory.CULTURAL, FactorCategory.STRATEGIC);
  }

  @Property(tries = 300)
  void catalogsAreStandardOrCustomWithNumberedFactors(@ForAll("catalogs") FactorCatalog catalog) {
    Statistics.label("catalog").collect(catalog.name());
    Statistics.label("catalog")
        .coverage(
            coverage -> {
              coverage.check("CUSTOM").count(n -> n > 0);
              coverage.check(FactorCatalogs.SALES_SCORECARD_NAME).count(n -> n > 0);
              coverage.check(FactorCatalogs.BEST_PRACTICES_NAME).count(n -> n > 0);
            });
    if (catalog.name().equals("CUSTOM")) {
      assertTrue(catalog.size() >= 1 && catalog.size() <= 12, catalog.toString());
      assertEquals(numbered(catalog.size()), catalog.codes());
    } else {
      assertEquals(FactorCatalogs.byName(catalog.name()).orElseThrow(), catalog);
    }
  }

  @Property(tries = 200)
  void nameSizeAndCategoriesCanBeConstrained(
      @ForAll("culturalAndStrategic") FactorCatalog catalog) {
    assertEquals("HEALTH", catalog.name());
    assertTrue(catalog.size() >= 3 && catalog.size() <= 5, catalog.toString());
    assertTrue(
        EnumSet.of(FactorCategory.CULTURAL, FactorCategory.STRATEGIC)
            .containsAll(catalog.categories()));
    for (SuccessFactor factor : catalog.factors()) {
      assertEquals("Factor " + factor.code().substring(1), factor.name());
    }
  }

  @Example
  void rejectsBadSettings() {
    CatalogArbitrary catalogs = ModelArbitraries.customCatalogs();
    assertEquals(
        "catalog size range 0..3 must start at 1 or more",
        assertThrows(IllegalArgumentException.class, () -> catalogs.ofSize(0, 3)).getMessage());
    assertEquals(
        "catalog size range 4..3 must start at 1 or more",
        assertThrows(IllegalArgumentException.class, () -> catalogs.ofSize(4, 3)).getMessage());
    assertEquals(
        "factor categories to choose from must not be empty",
        assertThrows(IllegalArgumentException.class, catalogs::inCategories).getMessage());
    assertEquals(
        "catalog name ' x' must not start or end with whitespace",
        assertThrows(IllegalArgumentException.class, () -> catalogs.named(" x")).getMessage());
    assertThrows(NullPointerException.class, () -> catalogs.named(null));
  }

  private static java.util.List<String> numbered(int size) {
    return IntStream.rangeClosed(1, size).mapToObj(i -> "F" + i).collect(Collectors.toList());
  }
}
