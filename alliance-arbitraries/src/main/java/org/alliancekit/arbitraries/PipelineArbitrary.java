package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.apiguardian.api.API;

/**
 * Generates {@link Pipeline}s: opportunities {@code o1, o2, ...} generated as by {@link
 * OpportunityArbitrary} (owned by {@code host}, involving {@code p1}, {@code p2}, {@code p3}),
 * leads {@code l1, l2, ...} passed between the same parties, and an as-of date on or after
 * everything the snapshot holds. The pipeline belongs to the host, to relationship {@code r1} or to
 * joint venture {@code jv1} unless an {@linkplain #owner owner} is given.
 *
 * <p>By default a pipeline has 0 to 5 opportunities and 0 to 3 leads, amounts in EUR, USD or GBP
 * and stages from any {@linkplain ModelArbitraries#stageModels() stage model}, one per pipeline.
 * Values shrink towards an empty pipeline of the host. Each configuration method returns a new
 * arbitrary and leaves this one unchanged. Get one from {@link ModelArbitraries#pipelines()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PipelineArbitrary extends ArbitraryDecorator<Pipeline> {
  private static final ImmutableList<PartnerId> PARTIES =
      ImmutableList.of(Values.HOST, PartnerId.of("p1"), PartnerId.of("p2"), PartnerId.of("p3"));

  private final Optional<PipelineOwner> owner;
  private final int minOpportunities;
  private final int maxOpportunities;
  private final int maxLeads;
  private final Optional<StageModel> stageModel;
  private final Optional<CurrencyUnit> currency;

  PipelineArbitrary() {
    this(Optional.empty(), 0, 5, 3, Optional.empty(), Optional.empty());
  }

  private PipelineArbitrary(
      Optional<PipelineOwner> owner,
      int minOpportunities,
      int maxOpportunities,
      int maxLeads,
      Optional<StageModel> stageModel,
      Optional<CurrencyUnit> currency) {
    this.owner = owner;
    this.minOpportunities = minOpportunities;
    this.maxOpportunities = maxOpportunities;
    this.maxLeads = maxLeads;
    this.stageModel = stageModel;
    this.currency = currency;
  }

  /** Returns an arbitrary whose pipelines belong to the given owner. */
  public PipelineArbitrary owner(PipelineOwner owner) {
    return new PipelineArbitrary(
        Optional.of(checkNotNull(owner, "owner")),
        minOpportunities,
        maxOpportunities,
        maxLeads,
        stageModel,
        currency);
  }

  /**
   * Returns an arbitrary whose pipelines hold {@code min} to {@code max} opportunities.
   *
   * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}, or
   *     {@code max} is over 1,000
   */
  public PipelineArbitrary ofSize(int min, int max) {
    checkArgument(
        0 <= min && min <= max && max <= 1_000,
        "pipeline size range %s..%s must be within 0..1000 and not empty",
        min,
        max);
    return new PipelineArbitrary(owner, min, max, maxLeads, stageModel, currency);
  }

  /**
   * Returns an arbitrary whose pipelines hold at most {@code max} leads.
   *
   * @throws IllegalArgumentException if {@code max} is negative or over 1,000
   */
  public PipelineArbitrary maxLeads(int max) {
    checkArgument(0 <= max && max <= 1_000, "most leads %s must be within 0..1000", max);
    return new PipelineArbitrary(
        owner, minOpportunities, maxOpportunities, max, stageModel, currency);
  }

  /** Returns an arbitrary whose opportunities all move through the given stage model. */
  public PipelineArbitrary stageModel(StageModel model) {
    return new PipelineArbitrary(
        owner,
        minOpportunities,
        maxOpportunities,
        maxLeads,
        Optional.of(checkNotNull(model, "model")),
        currency);
  }

  /** Returns an arbitrary whose opportunity amounts are all in the given currency. */
  public PipelineArbitrary currency(CurrencyUnit currency) {
    return new PipelineArbitrary(
        owner,
        minOpportunities,
        maxOpportunities,
        maxLeads,
        stageModel,
        Optional.of(checkNotNull(currency, "currency")));
  }

  @Override
  protected Arbitrary<Pipeline> arbitrary() {
    if (stageModel.isPresent()) {
      return pipelines(stageModel.get());
    }
    return ModelArbitraries.stageModels().flatMap(m -> pipelines(m).withoutEdgeCases());
  }

  private Arbitrary<Pipeline> pipelines(StageModel model) {
    OpportunityArbitrary opportunities = ModelArbitraries.opportunities().stageModel(model);
    if (currency.isPresent()) {
      opportunities = opportunities.currency(currency.get());
    }
    Arbitrary<PipelineOwner> owners =
        owner
            .map(Arbitraries::just)
            .orElseGet(
                () ->
                    Arbitraries.of(
                        PipelineOwner.party(Values.HOST),
                        PipelineOwner.relationship(RelationshipId.of("r1")),
                        PipelineOwner.jointVenture(JointVentureId.of("jv1"))));
    return Combinators.combine(
            owners,
            opportunities.list().ofMinSize(minOpportunities).ofMaxSize(maxOpportunities),
            leads(PARTIES).list().ofMaxSize(maxLeads),
            Arbitraries.integers().between(0, 30))
        .as(PipelineArbitrary::pipeline);
  }

  private static Pipeline pipeline(
      PipelineOwner owner, List<Opportunity> opportunities, List<Lead> leads, int slack) {
    Pipeline.Builder builder = Pipeline.builder().owner(owner);
    LocalDate latest = Values.EPOCH;
    for (int i = 0; i < opportunities.size(); i++) {
      Opportunity opportunity = opportunities.get(i).withId(OpportunityId.of("o" + (i + 1)));
      latest = later(latest, opportunity.created());
      for (StageChange change : opportunity.stageHistory()) {
        latest = later(latest, change.date());
      }
      builder.addOpportunities(opportunity);
    }
    for (int i = 0; i < leads.size(); i++) {
      Lead lead = leads.get(i).withId(LeadId.of("l" + (i + 1)));
      latest = later(latest, lead.received());
      builder.addLeads(lead);
    }
    return builder.asOf(latest.plusDays(slack)).build();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  /**
   * Leads {@code l1} from one of the parties, shared with some of the others, in any status; a
   * converted lead names opportunity {@code o1}.
   */
  static Arbitrary<Lead> leads(List<PartnerId> parties) {
    return Combinators.combine(
            ModelArbitraries.accounts(),
            Values.oneOfValues(parties),
            Values.dates(),
            Arbitraries.subsetOf(parties).ofMaxSize(3),
            Arbitraries.of(LeadStatus.class),
            CoSellDetails.details(List.of(Values.currency("EUR"), Values.currency("JPY"))),
            Arbitraries.of("Data platform", "Cloud migration").optional(),
            Values.amounts(Arbitraries.of(Values.currency("EUR")), 0, 5_000_000L).optional())
        .as(
            (account, source, received, shared, status, details, title, value) -> {
              Lead.Builder builder =
                  Lead.builder()
                      .id(LeadId.of("l1"))
                      .account(account)
                      .source(source)
                      .received(received)
                      .sharedWith(sharedInOrder(parties, shared, source))
                      .status(status)
                      .title(title)
                      .estimatedValue(value)
                      .expectedClose(value.map(any -> received.plusDays(90)));
              details.applyTo(builder);
              if (status == LeadStatus.CONVERTED) {
                builder.convertedOpportunity(OpportunityId.of("o1"));
              }
              return builder.build();
            });
  }

  private static ImmutableSet<PartnerId> sharedInOrder(
      List<PartnerId> parties, Set<PartnerId> shared, PartnerId source) {
    return parties.stream()
        .filter(party -> shared.contains(party) && !party.equals(source))
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The parties of generated leads. */
  static ImmutableList<PartnerId> leadParties() {
    return PARTIES;
  }
}
