package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contribution;

/** Laws of {@link Contribution}, on generated contributions. */
class ContributionLawsTest {
  @Property
  void copyThroughFactoryIsEqual(@ForAll("contributions") Contribution contribution) {
    assertEquals(contribution, Contribution.of(contribution.party(), contribution.kinds()));
  }

  @Property
  void withPartyRoundTrips(@ForAll("contributions") Contribution contribution) {
    Contribution moved = contribution.withParty(PartnerId.of("elsewhere"));
    assertEquals(contribution.kinds(), moved.kinds());
    assertEquals(contribution, moved.withParty(contribution.party()));
  }

  @Provide
  Arbitrary<Contribution> contributions() {
    return ModelArbitraries.contributions();
  }
}
