package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.relationship.Governance;

/** Laws of {@link Governance}, on generated governance. */
class GovernanceLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("governances") Governance governance) {
    assertEquals(governance, Governance.builder().from(governance).build());
  }

  @Property
  void withHostSponsorRoundTrips(@ForAll("governances") Governance governance) {
    Governance changed = governance.withHostSponsor("Someone Else");
    assertEquals(Optional.of("Someone Else"), changed.hostSponsor());
    assertEquals(governance, changed.withHostSponsor(governance.hostSponsor()));
  }

  @Provide
  Arbitrary<Governance> governances() {
    return ModelArbitraries.governances();
  }
}
