package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.alliancekit.arbitraries.Portfolio;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SalesMotion;

/** The domain supplies every model type to plain {@code @ForAll} parameters. */
@Domain(AllianceDomain.class)
class AllianceDomainTest {

  @Property(tries = 100)
  void partiesAndRelationships(
      @ForAll PartnerId partnerId,
      @ForAll Partner partner,
      @ForAll Account account,
      @ForAll RelationshipId relationshipId,
      @ForAll SalesMotion motion,
      @ForAll Relationship relationship) {
    assertTrue(partnerId.value().startsWith("p"));
    assertEquals("Partner " + partner.id(), partner.name());
    assertTrue(account.id().value().startsWith("c"));
    assertTrue(relationshipId.value().startsWith("r"));
    assertTrue(relationship.parties().contains(PartnerId.of("host")));
  }

  @Property(tries = 100)
  void catalogsScalesAssessmentsAndPortfolios(
      @ForAll FactorCatalog catalog,
      @ForAll RatingScale scale,
      @ForAll AssessmentId assessmentId,
      @ForAll Assessment assessment,
      @ForAll Portfolio portfolio,
      @ForAll CurrencyUnit currency,
      @ForAll MonetaryAmount amount) {
    assertFalse(catalog.factors().isEmpty());
    assertTrue(scale.min() < scale.max());
    assertTrue(assessmentId.value().startsWith("a"));
    assertEquals(assessment.relationship(), RelationshipId.of("r1"));
    assertFalse(portfolio.relationships().isEmpty());
    assertEquals("EUR", amount.getCurrency().getCurrencyCode());
  }

  @Property(tries = 100)
  void pipelines(
      @ForAll OpportunityId opportunityId,
      @ForAll StageModel model,
      @ForAll Opportunity opportunity,
      @ForAll Lead lead,
      @ForAll Pipeline pipeline) {
    assertTrue(opportunityId.value().startsWith("o"));
    assertFalse(model.stages().isEmpty());
    assertFalse(opportunity.expectedClose().isBefore(opportunity.created()));
    assertFalse(lead.sharedWith().contains(lead.source()));
    assertFalse(
        pipeline
            .asOf()
            .isBefore(
                pipeline.opportunities().stream()
                    .map(Opportunity::created)
                    .max(java.util.Comparator.naturalOrder())
                    .orElse(pipeline.asOf())));
  }

  @Property(tries = 20)
  @Domain(DomainContext.Global.class)
  void combinesWithJqwiksOwnTypesWhenTheGlobalDomainIsAdded(
      @ForAll Partner partner, @ForAll int anyNumber) {
    assertFalse(partner.kinds().isEmpty());
  }

  @Property(tries = 100)
  void attributionInputs(
      @ForAll List<Participant> deal,
      @ForAll Journey journey,
      @ForAll JourneyPath path,
      @ForAll List<JourneyPath> dataset,
      @ForAll Game game,
      @ForAll CharacteristicFunction function) {
    assertFalse(deal.isEmpty());
    assertTrue(deal.get(0).party().value().startsWith("p"));
    assertFalse(journey.touches().isEmpty());
    assertFalse(path.parties().isEmpty());
    assertTrue(dataset.stream().anyMatch(p -> p.conversions() > 0));
    assertTrue(game.grandCoalitionValue() > 0);
    assertTrue(function.size() >= 2);
  }
}
