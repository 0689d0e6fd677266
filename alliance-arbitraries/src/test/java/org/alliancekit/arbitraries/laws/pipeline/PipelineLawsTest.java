package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Pipeline;

/** Laws of {@link Pipeline}, on generated pipelines. */
class PipelineLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("pipelines") Pipeline pipeline) {
    assertEquals(pipeline, Pipeline.builder().from(pipeline).build());
  }

  @Property
  void withAsOfRoundTrips(@ForAll("pipelines") Pipeline pipeline) {
    Pipeline later = pipeline.withAsOf(pipeline.asOf().plusDays(1));
    assertEquals(pipeline.opportunities(), later.opportunities());
    assertEquals(pipeline, later.withAsOf(pipeline.asOf()));
  }

  @Property
  void everyOpportunityIsFoundById(@ForAll("pipelines") Pipeline pipeline) {
    for (Opportunity opportunity : pipeline.opportunities()) {
      assertEquals(Optional.of(opportunity), pipeline.opportunity(opportunity.id()));
    }
    for (Lead lead : pipeline.leads()) {
      assertEquals(Optional.of(lead), pipeline.lead(lead.id()));
    }
  }

  @Property
  void openOpportunitiesAreThoseWithOpenOutcome(@ForAll("pipelines") Pipeline pipeline) {
    assertEquals(
        pipeline.opportunities().stream()
            .filter(o -> !o.stage().isClosed())
            .collect(ImmutableList.toImmutableList()),
        pipeline.openOpportunities());
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return ModelArbitraries.pipelines();
  }
}
