package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.AccessFee;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.Exclusivity;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.apiguardian.api.API;

/**
 * jqwik arbitraries for the AllianceKit model, for use in {@code @Provide} methods and in
 * arbitraries of your own. The same values are offered to {@code @ForAll} parameters by {@link
 * ModelDomain}.
 *
 * <p>They depend on the model only, so that the tests of every module can use them; {@code
 * alliance-testkit} adds the arbitraries of attribution inputs and the laws.
 *
 * <p>Every value generated is valid by construction: building it never throws, and no generator
 * filters out invalid attempts. Values shrink towards small, readable cases: ids such as {@code
 * p1}, {@code r1} and {@code a1}, the first element of each choice, few list elements, low ratings,
 * small amounts. Arbitraries with a configuration of their own ({@link PartnerArbitrary}, {@link
 * RelationshipArbitrary}, {@link CatalogArbitrary}, {@link AssessmentArbitrary}, {@link
 * PortfolioArbitrary}, {@link OpportunityArbitrary}, {@link PipelineArbitrary}) are immutable: each
 * configuration method returns a new arbitrary.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Assessment> scorecardAssessments() {
 *   return ModelArbitraries.assessments()
 *       .forCatalog(FactorCatalogs.allianceSalesScorecard())
 *       .onScale(RatingScale.zeroToTen())
 *       .unknownShare(0.2);
 * }
 * }</pre>
 *
 * <p>This class has no state. It is open only so that {@code alliance-testkit}'s {@code
 * AllianceArbitraries} can offer these arbitraries beside its own; it is never instantiated.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ModelArbitraries {
  /** For a class that adds arbitraries of its own; it is never instantiated. */
  protected ModelArbitraries() {}

  // ---- ids and small values ----

  /** Partner ids {@code p1} to {@code p99}, shrinking towards {@code p1}. */
  public static Arbitrary<PartnerId> partnerIds() {
    return Arbitraries.integers().between(1, 99).map(n -> PartnerId.of("p" + n));
  }

  /** Relationship ids {@code r1} to {@code r99}, shrinking towards {@code r1}. */
  public static Arbitrary<RelationshipId> relationshipIds() {
    return Arbitraries.integers().between(1, 99).map(n -> RelationshipId.of("r" + n));
  }

  /** Assessment ids {@code a1} to {@code a99}, shrinking towards {@code a1}. */
  public static Arbitrary<AssessmentId> assessmentIds() {
    return Arbitraries.integers().between(1, 99).map(n -> AssessmentId.of("a" + n));
  }

  /** Opportunity ids {@code o1} to {@code o99}, shrinking towards {@code o1}. */
  public static Arbitrary<OpportunityId> opportunityIds() {
    return Arbitraries.integers().between(1, 99).map(n -> OpportunityId.of("o" + n));
  }

  /**
   * Customer accounts {@code c1} to {@code c99} named {@code "Customer 1"} and so on, some with a
   * country, industry and segment; shrinking towards {@code c1} with nothing else set.
   */
  public static Arbitrary<Account> accounts() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 99),
            Values.oneOfValues(ImmutableList.of("GB", "DE", "US", "FR")).optional(),
            Values.oneOfValues(ImmutableList.of("Banking", "Retail", "Manufacturing")).optional(),
            Values.oneOfValues(ImmutableList.of("enterprise", "mid-market", "public sector"))
                .optional())
        .as(
            (n, country, industry, segment) ->
                Account.builder()
                    .id(AccountId.of("c" + n))
                    .name("Customer " + n)
                    .country(country.map(CountryCode::of))
                    .industry(industry)
                    .segment(segment)
                    .build());
  }

  /** The currencies EUR, USD, GBP and JPY (which has no minor unit), shrinking towards EUR. */
  public static Arbitrary<CurrencyUnit> currencies() {
    return Values.oneOfValues(Values.CURRENCIES);
  }

  /**
   * Amounts of zero to ten million in the given currency, to the minor unit, shrinking towards
   * zero.
   */
  public static Arbitrary<MonetaryAmount> amounts(CurrencyUnit currency) {
    return Values.amounts(Arbitraries.just(checkNotNull(currency, "currency")), 0, 10_000_000L);
  }

  /**
   * Amounts from one minor unit to ten million in the given currency, shrinking towards the
   * smallest.
   */
  public static Arbitrary<MonetaryAmount> positiveAmounts(CurrencyUnit currency) {
    return Values.positiveAmounts(
        Arbitraries.just(checkNotNull(currency, "currency")), 10_000_000L);
  }

  // ---- parties and relationships ----

  /** Partners; see {@link PartnerArbitrary} for what they hold and how to constrain them. */
  public static PartnerArbitrary partners() {
    return new PartnerArbitrary();
  }

  /**
   * Relationships between {@code host} and {@code p1} with every sales motion; see {@link
   * RelationshipArbitrary}.
   */
  public static RelationshipArbitrary relationships() {
    return new RelationshipArbitrary();
  }

  /** Access fees in the given currency: a margin of 1 to 50 percent or a fixed amount. */
  public static Arbitrary<AccessFee> accessFees(CurrencyUnit currency) {
    return RelationshipArbitrary.accessFees(Arbitraries.just(checkNotNull(currency, "currency")));
  }

  /**
   * Formalities of any kind, some with a review cadence of six months, one year or two years, as in
   * generated relationships.
   */
  public static Arbitrary<Formality> formalities() {
    return RelationshipArbitrary.formalities();
  }

  /**
   * Exclusivities as in generated relationships: one or two of the territories {@code DACH}, {@code
   * FR}, {@code UK} and {@code Nordics}, some of the products {@code Core} and {@code Cloud}, and
   * some with a price in the given currency.
   */
  public static Arbitrary<Exclusivity> exclusivities(CurrencyUnit currency) {
    return RelationshipArbitrary.exclusivities(
        Arbitraries.just(checkNotNull(currency, "currency")));
  }

  /**
   * Governance with or without each sponsor and alliance manager, as in generated relationships.
   */
  public static Arbitrary<Governance> governances() {
    return RelationshipArbitrary.governances();
  }

  /**
   * Commitments made by {@code host} or {@code partner}, as in generated relationships: any
   * resource, an amount in the given currency or a quantity, either strength, some for a period.
   *
   * @throws IllegalArgumentException if host and partner are the same party
   */
  public static Arbitrary<Commitment> commitments(
      PartnerId host, PartnerId partner, CurrencyUnit currency) {
    checkNotNull(currency, "currency");
    RelationshipArbitrary.checkParties(host, partner);
    return RelationshipArbitrary.commitmentTemplates(Arbitraries.just(currency))
        .map(commitment -> commitment.apply(host, partner));
  }

  // ---- catalogs, scales and assessments ----

  /**
   * Factor catalogs: half of the time a {@linkplain #customCatalogs() custom catalog}, otherwise
   * one of the {@linkplain #standardCatalogs() two standard ones}.
   */
  public static Arbitrary<FactorCatalog> factorCatalogs() {
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(2, customCatalogs()), Tuple.of(1, standardCatalogs())));
  }

  /**
   * The two standard catalogs: the Alliance Sales Balanced Scorecard (first) and the 52 best
   * practices.
   */
  public static Arbitrary<FactorCatalog> standardCatalogs() {
    return Arbitraries.of(FactorCatalogs.allianceSalesScorecard(), FactorCatalogs.bestPractices());
  }

  /** Custom catalogs of 1 to 12 factors {@code F1, F2, ...}; see {@link CatalogArbitrary}. */
  public static CatalogArbitrary customCatalogs() {
    return new CatalogArbitrary();
  }

  /** Rating scales, numeric or anchored, the standard ones among them. */
  public static Arbitrary<RatingScale> ratingScales() {
    return Arbitraries.oneOf(List.of(numericScales(), anchoredScales()));
  }

  /**
   * Numeric scales: the standard 0..10, 1..5 and 0..100, and scales with random bounds between -10
   * and 100, some of them on half units, such as -2.5..7.
   */
  public static Arbitrary<NumericScale> numericScales() {
    Arbitrary<NumericScale> random =
        Combinators.combine(
                Arbitraries.integers().between(-20, 20), Arbitraries.integers().between(1, 180))
            .as(
                (halfMin, halfWidth) ->
                    RatingScale.numeric(halfMin / 2.0, (halfMin + halfWidth) / 2.0));
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(
                2,
                Arbitraries.of(
                    RatingScale.zeroToTen(), RatingScale.likert5(), RatingScale.percent())),
            Tuple.of(1, random)));
  }

  /**
   * Anchored scales: the best-practice questionnaire and scales of 2 to 6 anchors {@code L1, L2,
   * ...} worth whole percentages.
   */
  public static Arbitrary<AnchoredScale> anchoredScales() {
    Arbitrary<AnchoredScale> random =
        Arbitraries.integers()
            .between(0, 100)
            .set()
            .ofMinSize(2)
            .ofMaxSize(6)
            .map(
                percents -> {
                  List<Anchor> anchors = new ArrayList<>();
                  for (int percent : new TreeSet<>(percents)) {
                    anchors.add(Anchor.of("L" + (anchors.size() + 1), percent / 100.0));
                  }
                  return RatingScale.anchored(anchors);
                });
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(1, Arbitraries.just(RatingScale.bestPracticeAnchors())), Tuple.of(1, random)));
  }

  /**
   * Rating values on the given scale, shrinking towards the low end: on an anchored scale the
   * anchors' values; on a numeric scale with whole bounds at most 1,000 apart every whole value; on
   * any other numeric scale the hundredths of the way from {@code min} to {@code max}.
   */
  public static Arbitrary<Double> ratingValues(RatingScale scale) {
    checkNotNull(scale, "scale");
    if (scale instanceof AnchoredScale) {
      ImmutableList<Anchor> anchors = ((AnchoredScale) scale).anchors();
      return Arbitraries.integers().between(0, anchors.size() - 1).map(i -> anchors.get(i).value());
    }
    double min = scale.min();
    double max = scale.max();
    if (min == Math.rint(min) && max == Math.rint(max) && max - min <= 1_000) {
      return Arbitraries.longs().between((long) min, (long) max).map(Long::doubleValue);
    }
    return Arbitraries.integers()
        .between(0, 100)
        .map(step -> Math.min(max, Math.max(min, min + (max - min) * step / 100.0)));
  }

  /** Assessments; see {@link AssessmentArbitrary} for how to constrain them. */
  public static AssessmentArbitrary assessments() {
    return new AssessmentArbitrary();
  }

  /** Portfolios of relationships with assessments and revenues; see {@link PortfolioArbitrary}. */
  public static PortfolioArbitrary portfolios() {
    return new PortfolioArbitrary();
  }

  // ---- pipelines ----

  /**
   * Stage models: the generic and co-sell presets and custom models of one to four open stages
   * {@code "Open 1", "Open 2", ...} followed by a won stage, a lost stage or both.
   */
  public static Arbitrary<StageModel> stageModels() {
    Arbitrary<StageModel> custom =
        Combinators.combine(
                Arbitraries.integers().between(0, 100).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(0, 1, 2))
            .as(
                (percents, closing) -> {
                  List<Stage> stages = new ArrayList<>();
                  for (int percent : percents) {
                    stages.add(Stage.open("Open " + (stages.size() + 1), percent / 100.0));
                  }
                  if (closing != 2) {
                    stages.add(Stage.won("Won"));
                  }
                  if (closing != 1) {
                    stages.add(Stage.lost("Lost"));
                  }
                  return StageModel.of("Custom", stages);
                });
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(2, Arbitraries.of(StageModels.generic(), StageModels.coSell())),
            Tuple.of(1, custom)));
  }

  /** The stages of generated {@linkplain #stageModels() stage models}, open and closed. */
  public static Arbitrary<Stage> stages() {
    return stageModels().flatMap(model -> Values.oneOfValues(model.stages()));
  }

  /**
   * Stage changes: a {@linkplain #stages() generated stage} entered on a day from 1 January 2020
   * over about ten years, shrinking towards that first day.
   */
  public static Arbitrary<StageChange> stageChanges() {
    return Combinators.combine(Values.dates(), stages()).as(StageChange::of);
  }

  /**
   * Involvements as in generated opportunities: {@code host}, {@code p1}, {@code p2} or {@code p3}
   * in any role, some with the day the role was taken up.
   */
  public static Arbitrary<Involvement> involvements() {
    return Combinators.combine(OpportunityArbitrary.involvementSpecs(defaultPool()), Values.dates())
        .as((spec, created) -> spec.involvement(created));
  }

  /**
   * Contributions of {@code host}, {@code p1}, {@code p2} or {@code p3} of one or two kinds, as in
   * generated solutions.
   */
  public static Arbitrary<Contribution> contributions() {
    return Combinators.combine(
            Values.oneOfValues(defaultPool()), OpportunityArbitrary.contributionKinds())
        .as(Contribution::of);
  }

  /**
   * Solutions as in generated opportunities: {@code joint-solution}, to which one to three of
   * {@code host}, {@code p1}, {@code p2} and {@code p3} contribute.
   */
  public static Arbitrary<Solution> solutions() {
    return OpportunityArbitrary.solutions(defaultPool());
  }

  /**
   * Deal registrations as in generated opportunities: by {@code p1}, {@code p2} or {@code p3}, in
   * any status, with decision and expiry dates that fit the status.
   */
  public static Arbitrary<DealRegistration> registrations() {
    return Combinators.combine(
            OpportunityArbitrary.registrationSpecs(OpportunityArbitrary.DEFAULT_PARTIES),
            Values.dates())
        .as((spec, created) -> spec.registration(created));
  }

  /**
   * Owners of pipelines: a party ({@code host} or {@code p1} to {@code p99}), a relationship
   * ({@code r1} to {@code r99}) or a joint venture ({@code jv1} to {@code jv99}); shrinking towards
   * the host.
   */
  public static Arbitrary<PipelineOwner> pipelineOwners() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.oneOf(List.of(Arbitraries.just(Values.HOST), partnerIds()))
                .map(PipelineOwner::party),
            relationshipIds().map(PipelineOwner::relationship),
            Arbitraries.integers()
                .between(1, 99)
                .map(n -> PipelineOwner.jointVenture(JointVentureId.of("jv" + n)))));
  }

  private static List<PartnerId> defaultPool() {
    return OpportunityArbitrary.pool(Values.HOST, OpportunityArbitrary.DEFAULT_PARTIES);
  }

  /** Opportunities with involvements and stage histories; see {@link OpportunityArbitrary}. */
  public static OpportunityArbitrary opportunities() {
    return new OpportunityArbitrary();
  }

  /**
   * Leads {@code l1} passed between {@code host}, {@code p1}, {@code p2} and {@code p3}, in any
   * status, never shared with their own source; a converted lead names opportunity {@code o1}.
   */
  public static Arbitrary<Lead> leads() {
    return PipelineArbitrary.leads(PipelineArbitrary.leadParties());
  }

  /** Pipelines of opportunities and leads; see {@link PipelineArbitrary}. */
  public static PipelineArbitrary pipelines() {
    return new PipelineArbitrary();
  }
}
