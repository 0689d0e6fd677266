package org.alliancekit.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.relationship.Relationship;

/**
 * Properties that fail on purpose, so that {@link ShrinkingTest} can check what each arbitrary
 * shrinks to. Run only through {@link FixtureRunner}.
 */
@Tag("failing-fixture")
@AddLifecycleHook(FixtureRunner.Guard.class)
class ShrinkingFixtures {

  @Provide
  Arbitrary<Partner> partners() {
    return AllianceArbitraries.partners();
  }

  @Provide
  Arbitrary<Relationship> relationships() {
    return AllianceArbitraries.relationships();
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return AllianceArbitraries.assessments();
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return AllianceArbitraries.portfolios();
  }

  @Provide
  Arbitrary<Opportunity> opportunities() {
    return AllianceArbitraries.opportunities();
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return AllianceArbitraries.pipelines();
  }

  @Property
  boolean partnersHaveNoCompetency(@ForAll("partners") Partner partner) {
    return partner.competencies().isEmpty();
  }

  @Property
  boolean relationshipsHaveNoCommitment(@ForAll("relationships") Relationship relationship) {
    return relationship.commitments().isEmpty();
  }

  @Property
  boolean assessmentsHaveFewerThanThreeKnownRatings(
      @ForAll("assessments") Assessment assessment) {
    return assessment.knownRatings().size() < 3;
  }

  @Property
  boolean portfoliosHoldOneRelationshipAtMost(@ForAll("portfolios") Portfolio portfolio) {
    return portfolio.size() <= 1;
  }

  @Property
  boolean opportunitiesInvolveNobody(@ForAll("opportunities") Opportunity opportunity) {
    return opportunity.involvements().isEmpty();
  }

  @Property
  boolean pipelinesAreEmpty(@ForAll("pipelines") Pipeline pipeline) {
    return pipeline.opportunities().isEmpty();
  }
}
