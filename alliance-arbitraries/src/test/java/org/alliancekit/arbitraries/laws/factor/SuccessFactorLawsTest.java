package org.alliancekit.arbitraries.laws.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.factor.SuccessFactor;

/** Laws of {@link SuccessFactor}, on the factors of generated catalogs, custom and standard. */
class SuccessFactorLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("factors") SuccessFactor factor) {
    assertEquals(factor, SuccessFactor.builder().from(factor).build());
  }

  @Property
  void withNameChangesOnlyTheName(@ForAll("factors") SuccessFactor factor) {
    SuccessFactor renamed = factor.withName("Renamed");
    assertEquals("Renamed", renamed.name());
    assertEquals(factor.code(), renamed.code());
    assertEquals(factor, renamed.withName(factor.name()));
  }

  @Provide
  Arbitrary<SuccessFactor> factors() {
    return ModelArbitraries.factorCatalogs().flatMap(catalog -> Arbitraries.of(catalog.factors()));
  }
}
