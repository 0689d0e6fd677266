package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alliancekit.arbitraries.Portfolio;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.Touch;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;

/**
 * Each arbitrary shrinks a failing value to the smallest readable case: the properties of {@link
 * ShrinkingFixtures} fail on purpose and this test checks the counterexample jqwik ends up with.
 */
class ShrinkingTest {
  private static final PartnerId HOST = PartnerId.of("host");
  private static final PartnerId P1 = PartnerId.of("p1");
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  private static Map<String, FixtureRunner.Outcome> outcomes;

  @BeforeAll
  static void runFixtures() throws Exception {
    outcomes = FixtureRunner.run(ShrinkingFixtures.class);
  }

  private static Object shrunk(String property) {
    FixtureRunner.Outcome outcome = FixtureRunner.outcome(outcomes, property);
    assertEquals(Status.FAILED, outcome.status, outcome.toString());
    return outcome.shrunkParameters().get(0);
  }

  @Test
  void aPartnerShrinksToP1OfTheFirstKindWithNothingButWhatFails() {
    Partner expected =
        Partner.builder()
            .id(P1)
            .name("Partner p1")
            .addKinds(PartnerKind.PLATFORM_VENDOR)
            .addCompetencies(Competency.of("Cloud Migration", CompetencyLevel.FOUNDATION, P1))
            .build();
    assertEquals(expected, shrunk("partnersHaveNoCompetency"));
  }

  @Test
  void aRelationshipShrinksToASimpleAllianceWithOneCommitment() {
    Relationship expected =
        Relationship.builder()
            .id(RelationshipId.of("r1"))
            .host(HOST)
            .partner(P1)
            .motion(SellWith.of("platform", "platform", true))
            .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
            .formality(Formality.of(FormalityKind.CONTRACT))
            .addCommitments(
                Commitment.builder()
                    .party(HOST)
                    .resource(ResourceKind.PEOPLE)
                    .quantity(BigDecimal.ONE)
                    .strength(CommitmentStrength.INTENT)
                    .build())
            .start(EPOCH)
            .build();
    assertEquals(expected, shrunk("relationshipsHaveNoCommitment"));
  }

  @Test
  void anAssessmentShrinksToASmallCustomCatalogWithRatingsAtTheBottom() {
    Assessment assessment = (Assessment) shrunk("assessmentsHaveFewerThanThreeKnownRatings");
    // Three known ratings need four rated factors at the default unknown share of 0.2.
    assertEquals(List.of("F1", "F2", "F3", "F4"), assessment.catalog().codes());
    assertEquals(
        List.of(Rating.unknown("F1"), Rating.of("F2", 0), Rating.of("F3", 0), Rating.of("F4", 0)),
        assessment.ratings());
    assertEquals(EPOCH, assessment.date());
  }

  @Test
  void aPortfolioShrinksToTwoNumberedRelationshipsWithOneRatingEach() {
    Portfolio portfolio = (Portfolio) shrunk("portfoliosHoldOneRelationshipAtMost");
    assertEquals(2, portfolio.size());
    for (int i = 1; i <= 2; i++) {
      RelationshipId id = RelationshipId.of("r" + i);
      Relationship relationship = portfolio.relationship(id).orElseThrow();
      assertEquals(PartnerId.of("p" + i), relationship.partner());
      assertEquals(SellWith.of("platform", "platform", true), relationship.motion());
      assertEquals(List.of(), relationship.commitments());
      Assessment assessment = portfolio.assessmentsOf(id).get(0);
      assertEquals(1, portfolio.assessmentsOf(id).size());
      assertEquals(List.of("F1"), assessment.catalog().codes());
      assertEquals(List.of(Rating.of("F1", 0)), assessment.ratings());
      assertEquals(Money.of(0, "EUR"), portfolio.revenueOf(id));
    }
  }

  @Test
  void anOpportunityShrinksToADirectDealInTheFirstStageWithOneInvolvement() {
    Opportunity opportunity = (Opportunity) shrunk("opportunitiesInvolveNobody");
    assertEquals(OpportunityId.of("o1"), opportunity.id());
    assertEquals(Account.of(AccountId.of("c1"), "Customer 1"), opportunity.account());
    assertEquals(Money.of(0, "EUR"), opportunity.amount());
    assertEquals(EPOCH, opportunity.created());
    assertEquals(EPOCH, opportunity.expectedClose());
    assertEquals(
        List.of(Involvement.of(P1, InvolvementRole.ORIGINATOR)), opportunity.involvements());
    assertEquals(List.of(), opportunity.stageHistory());
    assertTrue(opportunity.solution().isEmpty());
    assertTrue(opportunity.registration().isEmpty());
  }

  @Test
  void aPipelineShrinksToTheHostsPipelineWithOneOpportunity() {
    Pipeline pipeline = (Pipeline) shrunk("pipelinesAreEmpty");
    assertEquals(PipelineOwner.party(HOST), pipeline.owner());
    assertEquals(EPOCH, pipeline.asOf());
    assertEquals(List.of(), pipeline.leads());
    Opportunity opportunity = pipeline.opportunities().get(0);
    assertEquals(1, pipeline.opportunities().size());
    assertEquals(OpportunityId.of("o1"), opportunity.id());
    assertEquals(StageModels.generic().stages().get(0), opportunity.stage());
    assertEquals(List.of(), opportunity.involvements());
  }

  @Test
  void aDealShrinksToTwoOriginators() {
    assertEquals(
        List.of(Participant.of(P1, "ORIGINATOR"), Participant.of(PartnerId.of("p2"), "ORIGINATOR")),
        shrunk("dealsHaveOneParty"));
  }

  @Test
  void aJourneyShrinksToTwoTouchesOfP1OnTheFirstDay() {
    assertEquals(
        Journey.of(List.of(Touch.of(P1, EPOCH), Touch.of(P1, EPOCH))),
        shrunk("journeysHaveOneTouch"));
  }

  @Test
  void aJourneyPathShrinksToOneTouchOfP1AndOneJourneyThatDidNotConvert() {
    assertEquals(
        JourneyPath.of(List.of(P1), 0, Money.of(0, "EUR"), 1), shrunk("journeyPathsAlwaysConvert"));
  }

  @Test
  void aDatasetShrinksToTwoPathsOfP1WithOneConversionWorthNothing() {
    JourneyPath path = JourneyPath.of(List.of(P1), 1, Money.of(0, "EUR"), 0);
    assertEquals(List.of(path, path), shrunk("datasetsHaveOnePath"));
  }

  @Test
  void aGameShrinksToTwoPlayersWorthOneOnlyTogether() {
    Game expected =
        Game.builder()
            .putValue(ImmutableSet.of(P1), 0.0)
            .putValue(ImmutableSet.of(PartnerId.of("p2")), 0.0)
            .putValue(ImmutableSet.of(P1, PartnerId.of("p2")), 1.0)
            .build();
    assertEquals(expected, shrunk("gamesAreWorthNothing"));
  }
}
