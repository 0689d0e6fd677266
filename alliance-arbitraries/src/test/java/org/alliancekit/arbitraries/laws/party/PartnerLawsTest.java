package org.alliancekit.arbitraries.laws.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.Partner;

/** Laws of {@link Partner}, on generated partners. */
class PartnerLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("partners") Partner partner) {
    assertEquals(partner, Partner.builder().from(partner).build());
  }

  @Property
  void withNameChangesOnlyTheName(@ForAll("partners") Partner partner) {
    Partner renamed = partner.withName("Renamed");
    assertEquals("Renamed", renamed.name());
    assertEquals(partner, renamed.withName(partner.name()));
  }

  @Provide
  Arbitrary<Partner> partners() {
    return ModelArbitraries.partners();
  }
}
