package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Outcome;

/** Laws of {@link Opportunity}, on generated opportunities. */
class OpportunityLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("opportunities") Opportunity opportunity) {
    assertEquals(opportunity, Opportunity.builder().from(opportunity).build());
  }

  @Property
  void withNameRoundTrips(@ForAll("opportunities") Opportunity opportunity) {
    Opportunity renamed = opportunity.withName("Renamed");
    assertEquals("Renamed", renamed.name());
    assertEquals(opportunity, renamed.withName(opportunity.name()));
  }

  @Property
  void partnersNeverIncludeTheOwner(@ForAll("opportunities") Opportunity opportunity) {
    assertFalse(opportunity.partners().contains(opportunity.owner()));
    assertEquals(!opportunity.partners().isEmpty(), opportunity.isPartnerInvolved());
  }

  @Property
  void outcomeFollowsTheStageKind(@ForAll("opportunities") Opportunity opportunity) {
    assertEquals(Outcome.of(opportunity.stage().kind()), opportunity.outcome());
  }

  @Provide
  Arbitrary<Opportunity> opportunities() {
    return ModelArbitraries.opportunities();
  }
}
