package org.alliancekit.model.pipeline;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.javamoney.moneta.Money;

/** Shared sample values and generators for the pipeline tests. */
final class Fixtures {
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId ACME = PartnerId.of("acme");
  static final PartnerId ISV = PartnerId.of("isv");
  static final PartnerId PLATFORM = PartnerId.of("platform");
  static final Account NORTHWIND = Account.of(AccountId.of("a-1"), "Northwind");
  static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);
  static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  private Fixtures() {}

  /** A stage of the co-sell preset. */
  static Stage coSell(String name) {
    return StageModels.coSell().get(name);
  }

  /** An open opportunity owned by the host, in stage Qualified, created on 10 January 2024. */
  static Opportunity.Builder opportunity(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(NORTHWIND)
        .name("Claims platform")
        .amount(Money.of(250_000, "EUR"))
        .stage(coSell("Qualified"))
        .created(JAN_10)
        .expectedClose(LocalDate.of(2024, 6, 30))
        .owner(HOST);
  }

  /** A new lead from Acme, shared with the host, received on 10 January 2024. */
  static Lead.Builder lead(String id) {
    return Lead.builder()
        .id(LeadId.of(id))
        .account(NORTHWIND)
        .source(ACME)
        .received(JAN_10)
        .addSharedWith(HOST);
  }

  /** A NullPointerTester that knows a valid instance of every type the package's methods take. */
  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(PartnerId.class, ACME)
        .setDefault(SolutionId.class, SolutionId.of("claims"))
        .setDefault(Account.class, NORTHWIND)
        .setDefault(LocalDate.class, JAN_10)
        .setDefault(OpportunityId.class, OpportunityId.of("o-1"))
        .setDefault(LeadId.class, LeadId.of("l-1"))
        .setDefault(Stage.class, coSell("Qualified"))
        .setDefault(StageModel.class, StageModels.coSell())
        .setDefault(MonetaryAmount.class, Money.of(100, "EUR"))
        .setDefault(CurrencyUnit.class, Monetary.getCurrency("EUR"))
        .setDefault(Involvement.class, Involvement.of(ACME, InvolvementRole.CO_SELLER))
        .setDefault(StageChange.class, StageChange.of(JAN_10, coSell("Qualified")))
        .setDefault(Contribution.class, Contribution.of(ISV, ContributionKind.RESALE))
        .setDefault(
            Solution.class,
            Solution.of(
                SolutionId.of("claims"), "Claims", Contribution.of(ISV, ContributionKind.RESALE)))
        .setDefault(DealRegistration.class, DealRegistration.pending(ACME, JAN_10))
        .setDefault(Opportunity.class, opportunity("o-1").build())
        .setDefault(Lead.class, lead("l-1").build())
        .setDefault(PipelineOwner.class, PipelineOwner.party(HOST))
        .setDefault(RelationshipId.class, RelationshipId.of("r-1"))
        .setDefault(JointVentureId.class, JointVentureId.of("jv-1"));
  }

  // ---- generators ----

  static Arbitrary<PartnerId> partnerIds() {
    return Arbitraries.of("host", "acme", "isv", "platform", "si").map(PartnerId::of);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3_000).map(EPOCH::plusDays);
  }

  static Arbitrary<String> names() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars(' ')
        .ofMinLength(1)
        .ofMaxLength(16)
        .filter(name -> !name.isBlank());
  }

  static Arbitrary<Stage> stages() {
    Arbitrary<Stage> open =
        Combinators.combine(names(), Arbitraries.doubles().between(0.0, 1.0)).as(Stage::open);
    return Arbitraries.oneOf(
        open, names().map(Stage::won), names().map(Stage::lost), Arbitraries.of(presetStages()));
  }

  private static List<Stage> presetStages() {
    List<Stage> stages = new ArrayList<>(StageModels.coSell().stages());
    stages.addAll(StageModels.generic().stages());
    return stages;
  }

  static Arbitrary<StageModel> stageModels() {
    Arbitrary<List<Stage>> open =
        Combinators.combine(names(), Arbitraries.doubles().between(0.0, 1.0))
            .as(Stage::open)
            .list()
            .ofMinSize(1)
            .ofMaxSize(5);
    Arbitrary<List<Stage>> closed =
        Arbitraries.oneOf(names().map(Stage::won), names().map(Stage::lost))
            .list()
            .ofMinSize(1)
            .ofMaxSize(2);
    return Combinators.combine(names(), open, closed)
        .as(
            (name, openStages, closedStages) -> {
              List<Stage> all = new ArrayList<>(openStages);
              all.addAll(closedStages);
              return all;
            })
        .filter(Fixtures::namesUniqueIgnoringCase)
        .flatMap(stages -> names().map(name -> StageModel.of(name, stages)));
  }

  private static boolean namesUniqueIgnoringCase(List<Stage> stages) {
    return stages.stream()
            .map(stage -> stage.name().toLowerCase(java.util.Locale.ROOT))
            .distinct()
            .count()
        == stages.size();
  }

  static Arbitrary<MonetaryAmount> amounts() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.of("EUR", "USD", "GBP"))
        .as((minor, currency) -> Money.of(BigDecimal.valueOf(minor, 2), currency));
  }

  static Arbitrary<Involvement> involvements() {
    return Combinators.combine(
            partnerIds(), Arbitraries.of(InvolvementRole.class), dates().optional())
        .as(
            (party, role, since) ->
                since
                    .map(day -> Involvement.of(party, role, day))
                    .orElseGet(() -> Involvement.of(party, role)));
  }

  static Arbitrary<Contribution> contributions() {
    return Combinators.combine(
            partnerIds(), Arbitraries.of(ContributionKind.class).set().ofMinSize(1))
        .as(Contribution::of);
  }

  static Arbitrary<Solution> solutions() {
    return Combinators.combine(
            names(),
            contributions().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Contribution::party))
        .as(
            (name, contributions) ->
                Solution.builder()
                    .id(SolutionId.of("s-" + contributions.size()))
                    .name(name)
                    .contributions(contributions)
                    .build());
  }

  static Arbitrary<DealRegistration> registrations() {
    return Combinators.combine(
            partnerIds(),
            dates(),
            Arbitraries.of(RegistrationStatus.class),
            Arbitraries.integers().between(0, 60).optional(),
            Arbitraries.integers().between(0, 400).optional())
        .as(
            (party, submitted, status, decidedAfter, expiresAfter) -> {
              Optional<LocalDate> decided = decidedAfter.map(submitted::plusDays);
              if (status == RegistrationStatus.PENDING) {
                decided = Optional.empty();
              } else if (status != RegistrationStatus.EXPIRED && decided.isEmpty()) {
                decided = Optional.of(submitted);
              }
              return DealRegistration.builder()
                  .registeringParty(party)
                  .submitted(submitted)
                  .decided(decided)
                  .expires(expiresAfter.map(submitted::plusDays))
                  .status(status)
                  .build();
            });
  }

  static Arbitrary<OpportunityId> opportunityIds() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .ofMinLength(1)
        .ofMaxLength(8)
        .map(OpportunityId::of);
  }

  static Arbitrary<Opportunity> opportunities() {
    Arbitrary<List<Involvement>> involvements =
        involvements()
            .list()
            .ofMaxSize(4)
            .uniqueElements(involvement -> List.of(involvement.party(), involvement.role()));
    Arbitrary<List<StageChange>> history =
        Combinators.combine(Arbitraries.integers().between(0, 400), stages())
            .as((days, stage) -> StageChange.of(EPOCH.plusDays(days), stage))
            .list()
            .ofMaxSize(4)
            .map(
                changes -> {
                  List<StageChange> sorted = new ArrayList<>(changes);
                  sorted.sort(Comparator.comparing(StageChange::date));
                  return sorted;
                });
    Arbitrary<Opportunity.Builder> core =
        Combinators.combine(
                opportunityIds(),
                names(),
                amounts(),
                Arbitraries.integers().between(0, 365),
                partnerIds(),
                involvements,
                Arbitraries.of(Origin.class),
                stages())
            .as(
                (id, name, amount, closeAfter, owner, involved, origin, stage) ->
                    Opportunity.builder()
                        .id(id)
                        .account(NORTHWIND)
                        .name(name)
                        .amount(amount)
                        .stage(stage)
                        .created(EPOCH)
                        .expectedClose(EPOCH.plusDays(closeAfter))
                        .owner(owner)
                        .involvements(involved)
                        .origin(
                            involved.stream().anyMatch(i -> !i.party().equals(owner))
                                ? origin
                                : Origin.DIRECT));
    return Combinators.combine(core, history, solutions().optional(), registrations().optional())
        .as(
            (builder, changes, solution, registration) -> {
              builder.stageHistory(changes).solution(solution).registration(registration);
              if (!changes.isEmpty()) {
                builder.stage(changes.get(changes.size() - 1).stage());
              }
              return builder.build();
            });
  }

  static Arbitrary<Lead> leads() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(LeadId::of),
            partnerIds(),
            dates(),
            partnerIds().set().ofMaxSize(3),
            Arbitraries.of(LeadStatus.class),
            opportunityIds())
        .as(
            (id, source, received, shared, status, opportunity) -> {
              Lead.Builder builder =
                  Lead.builder()
                      .id(id)
                      .account(NORTHWIND)
                      .source(source)
                      .received(received)
                      .status(status);
              shared.stream()
                  .filter(party -> !party.equals(source))
                  .forEach(builder::addSharedWith);
              if (status == LeadStatus.CONVERTED) {
                builder.convertedOpportunity(opportunity);
              }
              return builder.build();
            });
  }

  static Arbitrary<PipelineOwner> owners() {
    return Arbitraries.oneOf(
        partnerIds().map(PipelineOwner::party),
        Arbitraries.of("r-1", "r-2").map(RelationshipId::of).map(PipelineOwner::relationship),
        Arbitraries.of("jv-1", "jv-2").map(JointVentureId::of).map(PipelineOwner::jointVenture));
  }

  static Arbitrary<Pipeline> pipelines() {
    return Combinators.combine(
            owners(),
            opportunities().list().ofMaxSize(5).uniqueElements(Opportunity::id),
            leads().list().ofMaxSize(3).uniqueElements(Lead::id),
            Arbitraries.integers().between(0, 30))
        .as(
            (owner, opportunities, leads, slack) -> {
              LocalDate latest = EPOCH;
              for (Opportunity opportunity : opportunities) {
                for (StageChange change : opportunity.stageHistory()) {
                  latest = change.date().isAfter(latest) ? change.date() : latest;
                }
              }
              for (Lead lead : leads) {
                latest = lead.received().isAfter(latest) ? lead.received() : latest;
              }
              return Pipeline.builder()
                  .owner(owner)
                  .asOf(latest.plusDays(slack))
                  .opportunities(opportunities)
                  .leads(leads)
                  .build();
            });
  }
}
