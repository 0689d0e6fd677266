package org.alliancekit.testkit;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.alliancekit.arbitraries.Portfolio;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.touch.Journey;
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
  boolean assessmentsHaveFewerThanThreeKnownRatings(@ForAll("assessments") Assessment assessment) {
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

  @Provide
  Arbitrary<List<Participant>> deals() {
    return AllianceArbitraries.deals();
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return AllianceArbitraries.journeys();
  }

  @Provide
  Arbitrary<JourneyPath> journeyPaths() {
    return AllianceArbitraries.journeyPaths();
  }

  @Provide
  Arbitrary<List<JourneyPath>> datasets() {
    return AllianceArbitraries.journeyPaths().datasets(1, 6);
  }

  @Provide
  Arbitrary<Game> games() {
    return AllianceArbitraries.games();
  }

  @Property
  boolean dealsHaveOneParty(@ForAll("deals") List<Participant> deal) {
    return deal.stream().map(Participant::party).distinct().count() <= 1;
  }

  @Property
  boolean journeysHaveOneTouch(@ForAll("journeys") Journey journey) {
    return journey.touches().size() <= 1;
  }

  @Property
  boolean journeyPathsAlwaysConvert(@ForAll("journeyPaths") JourneyPath path) {
    return path.nulls() == 0;
  }

  @Property
  boolean datasetsHaveOnePath(@ForAll("datasets") List<JourneyPath> paths) {
    return paths.size() <= 1;
  }

  @Property
  boolean gamesAreWorthNothing(@ForAll("games") Game game) {
    return game.grandCoalitionValue() == 0;
  }
}
