package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.money.Monetary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.RelationshipId;

class PipelineArbitraryTest {
  private static final PipelineOwner OWNER = PipelineOwner.relationship(RelationshipId.of("r-7"));

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return ModelArbitraries.pipelines();
  }

  @Provide
  Arbitrary<Pipeline> constrained() {
    return ModelArbitraries.pipelines()
        .owner(OWNER)
        .ofSize(2, 3)
        .maxLeads(1)
        .stageModel(StageModels.generic())
        .currency(Monetary.getCurrency("USD"));
  }

  @Property(tries = 200)
  void pipelinesNumberTheirOpportunitiesAndLeads(@ForAll("pipelines") Pipeline pipeline) {
    assertTrue(pipeline.opportunities().size() <= 5);
    assertTrue(pipeline.leads().size() <= 3);
    for (int i = 0; i < pipeline.opportunities().size(); i++) {
      Opportunity opportunity = pipeline.opportunities().get(i);
      assertEquals("o" + (i + 1), opportunity.id().value());
      assertFalse(opportunity.created().isAfter(pipeline.asOf()));
    }
    for (int i = 0; i < pipeline.leads().size(); i++) {
      Lead lead = pipeline.leads().get(i);
      assertEquals("l" + (i + 1), lead.id().value());
      assertFalse(lead.sharedWith().contains(lead.source()));
    }
    Statistics.label("owner").collect(pipeline.owner().getClass().getSimpleName());
    Statistics.label("owner")
        .coverage(
            coverage -> {
              coverage.check("Party").count(n -> n > 0);
              coverage.check("Relationship").count(n -> n > 0);
              coverage.check("Venture").count(n -> n > 0);
            });
  }

  @Property(tries = 100)
  void ownerSizeLeadsModelAndCurrencyCanBeConstrained(@ForAll("constrained") Pipeline pipeline) {
    assertEquals(OWNER, pipeline.owner());
    assertTrue(pipeline.opportunities().size() >= 2 && pipeline.opportunities().size() <= 3);
    assertTrue(pipeline.leads().size() <= 1);
    for (Opportunity opportunity : pipeline.opportunities()) {
      assertTrue(StageModels.generic().contains(opportunity.stage()));
      assertEquals("USD", opportunity.currency().getCurrencyCode());
    }
  }

  @Example
  void rejectsBadSettings() {
    PipelineArbitrary pipelines = ModelArbitraries.pipelines();
    assertEquals(
        "pipeline size range 0..1001 must be within 0..1000 and not empty",
        assertThrows(IllegalArgumentException.class, () -> pipelines.ofSize(0, 1001)).getMessage());
    assertEquals(
        "most leads -1 must be within 0..1000",
        assertThrows(IllegalArgumentException.class, () -> pipelines.maxLeads(-1)).getMessage());
    assertThrows(NullPointerException.class, () -> pipelines.owner(null));
    assertThrows(NullPointerException.class, () -> pipelines.stageModel(null));
    assertThrows(NullPointerException.class, () -> pipelines.currency(null));
  }
}
