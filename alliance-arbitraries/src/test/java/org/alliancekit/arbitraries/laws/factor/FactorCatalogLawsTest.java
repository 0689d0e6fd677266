package org.alliancekit.arbitraries.laws.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.SuccessFactor;

/** Laws of {@link FactorCatalog}, on generated catalogs, custom and standard. */
class FactorCatalogLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("catalogs") FactorCatalog catalog) {
    assertEquals(catalog, FactorCatalog.builder().from(catalog).build());
  }

  @Property
  void withNameChangesOnlyTheName(@ForAll("catalogs") FactorCatalog catalog) {
    FactorCatalog renamed = catalog.withName("RENAMED");
    assertEquals("RENAMED", renamed.name());
    assertEquals(catalog.factors(), renamed.factors());
    assertEquals(catalog, renamed.withName(catalog.name()));
  }

  @Property
  void indexOfFindsEveryFactorAtItsPosition(@ForAll("catalogs") FactorCatalog catalog) {
    for (int i = 0; i < catalog.size(); i++) {
      SuccessFactor factor = catalog.factors().get(i);
      assertEquals(i, catalog.indexOf(factor.code()));
      assertEquals(factor, catalog.get(factor.code()));
      assertEquals(factor.code(), catalog.codes().get(i));
      assertTrue(catalog.inCategory(factor.category()).contains(factor));
    }
    assertEquals(
        ImmutableSet.copyOf(
            catalog.factors().stream().map(SuccessFactor::category).sorted().toList()),
        catalog.categories());
  }

  @Provide
  Arbitrary<FactorCatalog> catalogs() {
    return ModelArbitraries.factorCatalogs();
  }
}
