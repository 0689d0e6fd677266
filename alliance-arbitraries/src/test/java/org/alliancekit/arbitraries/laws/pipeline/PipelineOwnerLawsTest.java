package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.PipelineOwner;

/** Laws of {@link PipelineOwner}, on generated owners of every kind. */
class PipelineOwnerLawsTest {
  @Property
  void copyThroughFactoryIsEqual(@ForAll("owners") PipelineOwner owner) {
    PipelineOwner copy;
    if (owner instanceof PipelineOwner.Party) {
      copy = PipelineOwner.party(((PipelineOwner.Party) owner).id());
    } else if (owner instanceof PipelineOwner.Relationship) {
      copy = PipelineOwner.relationship(((PipelineOwner.Relationship) owner).id());
    } else {
      copy = PipelineOwner.jointVenture(((PipelineOwner.Venture) owner).id());
    }
    assertEquals(owner, copy);
    assertEquals(owner.hashCode(), copy.hashCode());
  }

  @Provide
  Arbitrary<PipelineOwner> owners() {
    return ModelArbitraries.pipelineOwners();
  }
}
