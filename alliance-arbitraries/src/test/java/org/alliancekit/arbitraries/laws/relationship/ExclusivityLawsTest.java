package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.relationship.Exclusivity;
import org.javamoney.moneta.Money;

/** Laws of {@link Exclusivity}, on generated exclusivities priced in any currency. */
class ExclusivityLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("exclusivities") Exclusivity exclusivity) {
    assertEquals(exclusivity, Exclusivity.builder().from(exclusivity).build());
  }

  @Property
  void withPriceRoundTrips(@ForAll("exclusivities") Exclusivity exclusivity) {
    Exclusivity repriced = exclusivity.withPrice(Money.of(7, "CHF"));
    assertEquals(Optional.of(Money.of(7, "CHF")), repriced.price());
    assertEquals(exclusivity, repriced.withPrice(exclusivity.price()));
  }

  @Provide
  Arbitrary<Exclusivity> exclusivities() {
    return ModelArbitraries.currencies().flatMap(ModelArbitraries::exclusivities);
  }
}
