package org.alliancekit.arbitraries;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.alliancekit.arbitraries.internal.Values;
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
import org.apiguardian.api.API;

/**
 * A jqwik domain that generates the AllianceKit model types for {@code @ForAll} parameters with the
 * defaults of {@link ModelArbitraries}:
 *
 * <pre>{@code
 * @Property
 * @Domain(ModelDomain.class)
 * void everyPortfolioHasRevenues(@ForAll Portfolio portfolio) { ... }
 * }</pre>
 *
 * <p>Types provided: {@link PartnerId}, {@link Partner}, {@link Account}, {@link RelationshipId},
 * {@link SalesMotion}, {@link Relationship}, {@link FactorCatalog}, {@link RatingScale}, {@link
 * AssessmentId}, {@link Assessment}, {@link Portfolio}, {@link CurrencyUnit}, {@link
 * MonetaryAmount} (in EUR), {@link OpportunityId}, {@link StageModel}, {@link Opportunity}, {@link
 * Lead} and {@link Pipeline}. {@code alliance-testkit}'s {@code AllianceDomain} extends it with the
 * inputs of attribution models.
 *
 * <p>A property or container annotated with only this domain sees only these types; to use jqwik's
 * own types ({@code int}, {@code String}, enums, lists) beside them, add
 * {@code @Domain(DomainContext.Global.class)} too. For constrained values (a given catalog,
 * currency or size range) write a {@code @Provide} method with {@link ModelArbitraries} instead.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ModelDomain extends DomainContextBase {

  /** Creates the domain; jqwik does this for {@code @Domain(ModelDomain.class)}. */
  public ModelDomain() {}

  /** Partner ids {@code p1} to {@code p99}. */
  @Provide
  public Arbitrary<PartnerId> partnerIds() {
    return ModelArbitraries.partnerIds();
  }

  /** Partners, as {@link ModelArbitraries#partners()}. */
  @Provide
  public Arbitrary<Partner> partners() {
    return ModelArbitraries.partners();
  }

  /** Customer accounts, as {@link ModelArbitraries#accounts()}. */
  @Provide
  public Arbitrary<Account> accounts() {
    return ModelArbitraries.accounts();
  }

  /** Relationship ids {@code r1} to {@code r99}. */
  @Provide
  public Arbitrary<RelationshipId> relationshipIds() {
    return ModelArbitraries.relationshipIds();
  }

  /** The sales motions of generated relationships between {@code host} and {@code p1}. */
  @Provide
  public Arbitrary<SalesMotion> salesMotions() {
    return ModelArbitraries.relationships().map(Relationship::motion);
  }

  /** Relationships, as {@link ModelArbitraries#relationships()}. */
  @Provide
  public Arbitrary<Relationship> relationships() {
    return ModelArbitraries.relationships();
  }

  /** Factor catalogs, standard and custom, as {@link ModelArbitraries#factorCatalogs()}. */
  @Provide
  public Arbitrary<FactorCatalog> factorCatalogs() {
    return ModelArbitraries.factorCatalogs();
  }

  /** Rating scales, numeric and anchored, as {@link ModelArbitraries#ratingScales()}. */
  @Provide
  public Arbitrary<RatingScale> ratingScales() {
    return ModelArbitraries.ratingScales();
  }

  /** Assessment ids {@code a1} to {@code a99}. */
  @Provide
  public Arbitrary<AssessmentId> assessmentIds() {
    return ModelArbitraries.assessmentIds();
  }

  /** Assessments on any catalog and scale, as {@link ModelArbitraries#assessments()}. */
  @Provide
  public Arbitrary<Assessment> assessments() {
    return ModelArbitraries.assessments();
  }

  /** Portfolios, as {@link ModelArbitraries#portfolios()}. */
  @Provide
  public Arbitrary<Portfolio> portfolios() {
    return ModelArbitraries.portfolios();
  }

  /** The currencies EUR, USD, GBP and JPY. */
  @Provide
  public Arbitrary<CurrencyUnit> currencies() {
    return ModelArbitraries.currencies();
  }

  /** Amounts of zero or more in EUR. */
  @Provide
  public Arbitrary<MonetaryAmount> amounts() {
    return ModelArbitraries.amounts(Values.currency("EUR"));
  }

  /** Opportunity ids {@code o1} to {@code o99}. */
  @Provide
  public Arbitrary<OpportunityId> opportunityIds() {
    return ModelArbitraries.opportunityIds();
  }

  /** Stage models, as {@link ModelArbitraries#stageModels()}. */
  @Provide
  public Arbitrary<StageModel> stageModels() {
    return ModelArbitraries.stageModels();
  }

  /** Opportunities, as {@link ModelArbitraries#opportunities()}. */
  @Provide
  public Arbitrary<Opportunity> opportunities() {
    return ModelArbitraries.opportunities();
  }

  /** Leads, as {@link ModelArbitraries#leads()}. */
  @Provide
  public Arbitrary<Lead> leads() {
    return ModelArbitraries.leads();
  }

  /** Pipelines, as {@link ModelArbitraries#pipelines()}. */
  @Provide
  public Arbitrary<Pipeline> pipelines() {
    return ModelArbitraries.pipelines();
  }
}
