package org.alliancekit.testkit;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
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
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.Participant;

import org.apiguardian.api.API;

/**
 * A jqwik domain that generates the AllianceKit model types for {@code @ForAll} parameters with the
 * defaults of {@link AllianceArbitraries}:
 *
 * <pre>{@code
 * @Property
 * @Domain(AllianceDomain.class)
 * void everyPortfolioHasRevenues(@ForAll Portfolio portfolio) { ... }
 * }</pre>
 *
 * <p>Types provided: {@link PartnerId}, {@link Partner}, {@link Account}, {@link RelationshipId},
 * {@link SalesMotion}, {@link Relationship}, {@link FactorCatalog}, {@link RatingScale}, {@link
 * AssessmentId}, {@link Assessment}, {@link Portfolio}, {@link CurrencyUnit}, {@link
 * MonetaryAmount} (in EUR), {@link OpportunityId}, {@link StageModel}, {@link Opportunity}, {@link
 * Lead}, {@link Pipeline}, the participants of a deal as {@code List<Participant>}, {@link
 * Journey}, {@link JourneyPath}, data sets of journey paths as {@code List<JourneyPath>}, {@link
 * Game} and {@link CharacteristicFunction}.
 *
 * <p>A property or container annotated with only this domain sees only these types; to use jqwik's
 * own types ({@code int}, {@code String}, enums, lists) beside them, add {@code
 * @Domain(DomainContext.Global.class)} too. For constrained values (a given catalog, currency or
 * size range) write a {@code @Provide} method with {@link AllianceArbitraries} instead.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllianceDomain extends DomainContextBase {

  /** Creates the domain; jqwik does this for {@code @Domain(AllianceDomain.class)}. */
  public AllianceDomain() {}

  /** Partner ids {@code p1} to {@code p99}. */
  @Provide
  public Arbitrary<PartnerId> partnerIds() {
    return AllianceArbitraries.partnerIds();
  }

  /** Partners, as {@link AllianceArbitraries#partners()}. */
  @Provide
  public Arbitrary<Partner> partners() {
    return AllianceArbitraries.partners();
  }

  /** Customer accounts, as {@link AllianceArbitraries#accounts()}. */
  @Provide
  public Arbitrary<Account> accounts() {
    return AllianceArbitraries.accounts();
  }

  /** Relationship ids {@code r1} to {@code r99}. */
  @Provide
  public Arbitrary<RelationshipId> relationshipIds() {
    return AllianceArbitraries.relationshipIds();
  }

  /** The sales motions of generated relationships between {@code host} and {@code p1}. */
  @Provide
  public Arbitrary<SalesMotion> salesMotions() {
    return AllianceArbitraries.relationships().map(Relationship::motion);
  }

  /** Relationships, as {@link AllianceArbitraries#relationships()}. */
  @Provide
  public Arbitrary<Relationship> relationships() {
    return AllianceArbitraries.relationships();
  }

  /** Factor catalogs, standard and custom, as {@link AllianceArbitraries#factorCatalogs()}. */
  @Provide
  public Arbitrary<FactorCatalog> factorCatalogs() {
    return AllianceArbitraries.factorCatalogs();
  }

  /** Rating scales, numeric and anchored, as {@link AllianceArbitraries#ratingScales()}. */
  @Provide
  public Arbitrary<RatingScale> ratingScales() {
    return AllianceArbitraries.ratingScales();
  }

  /** Assessment ids {@code a1} to {@code a99}. */
  @Provide
  public Arbitrary<AssessmentId> assessmentIds() {
    return AllianceArbitraries.assessmentIds();
  }

  /** Assessments on any catalog and scale, as {@link AllianceArbitraries#assessments()}. */
  @Provide
  public Arbitrary<Assessment> assessments() {
    return AllianceArbitraries.assessments();
  }

  /** Portfolios, as {@link AllianceArbitraries#portfolios()}. */
  @Provide
  public Arbitrary<Portfolio> portfolios() {
    return AllianceArbitraries.portfolios();
  }

  /** The currencies EUR, USD, GBP and JPY. */
  @Provide
  public Arbitrary<CurrencyUnit> currencies() {
    return AllianceArbitraries.currencies();
  }

  /** Amounts of zero or more in EUR. */
  @Provide
  public Arbitrary<MonetaryAmount> amounts() {
    return AllianceArbitraries.amounts(Values.currency("EUR"));
  }

  /** Opportunity ids {@code o1} to {@code o99}. */
  @Provide
  public Arbitrary<OpportunityId> opportunityIds() {
    return AllianceArbitraries.opportunityIds();
  }

  /** Stage models, as {@link AllianceArbitraries#stageModels()}. */
  @Provide
  public Arbitrary<StageModel> stageModels() {
    return AllianceArbitraries.stageModels();
  }

  /** Opportunities, as {@link AllianceArbitraries#opportunities()}. */
  @Provide
  public Arbitrary<Opportunity> opportunities() {
    return AllianceArbitraries.opportunities();
  }

  /** Leads, as {@link AllianceArbitraries#leads()}. */
  @Provide
  public Arbitrary<Lead> leads() {
    return AllianceArbitraries.leads();
  }

  /** Pipelines, as {@link AllianceArbitraries#pipelines()}. */
  @Provide
  public Arbitrary<Pipeline> pipelines() {
    return AllianceArbitraries.pipelines();
  }

  /** The participants of one deal, as {@link AllianceArbitraries#deals()}. */
  @Provide
  public Arbitrary<List<Participant>> deals() {
    return AllianceArbitraries.deals();
  }

  /** Journeys of partner touches, as {@link AllianceArbitraries#journeys()}. */
  @Provide
  public Arbitrary<Journey> journeys() {
    return AllianceArbitraries.journeys();
  }

  /** Journey paths, as {@link AllianceArbitraries#journeyPaths()}. */
  @Provide
  public Arbitrary<JourneyPath> journeyPaths() {
    return AllianceArbitraries.journeyPaths();
  }

  /** Data sets of 1 to 6 journey paths, as {@link JourneyPathArbitrary#datasets}. */
  @Provide
  public Arbitrary<List<JourneyPath>> journeyPathDatasets() {
    return AllianceArbitraries.journeyPaths().datasets(1, 6);
  }

  /** Small games with their structure, as {@link AllianceArbitraries#games()}. */
  @Provide
  public Arbitrary<Game> games() {
    return AllianceArbitraries.games();
  }

  /** The characteristic functions of {@linkplain #games() games}. */
  @Provide
  public Arbitrary<CharacteristicFunction> characteristicFunctions() {
    return AllianceArbitraries.games().map(Game::function);
  }
}
