package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.DealRegistration;

/** Laws of {@link DealRegistration}, on generated deal registrations. */
class DealRegistrationLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("registrations") DealRegistration registration) {
    assertEquals(registration, DealRegistration.builder().from(registration).build());
  }

  @Property
  void withRegisteringPartyRoundTrips(@ForAll("registrations") DealRegistration registration) {
    DealRegistration moved = registration.withRegisteringParty(PartnerId.of("platform"));
    assertEquals(registration.status(), moved.status());
    assertEquals(registration, moved.withRegisteringParty(registration.registeringParty()));
  }

  @Provide
  Arbitrary<DealRegistration> registrations() {
    return ModelArbitraries.registrations();
  }
}
