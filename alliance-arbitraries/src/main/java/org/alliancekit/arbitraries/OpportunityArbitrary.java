package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ContiguousSet;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.apiguardian.api.API;

/**
 * Generates {@link Opportunity}s that move through a {@link StageModel} the way deals do: through
 * the first open stages in order and, sometimes, into one closed stage (or, after {@link
 * #skippingStages()}, through any of the open stages in order). The current stage is the last one
 * reached; when the stage history is kept (half of the time, or always after {@link
 * #withStageHistory()}) it lists those stages with dates that never go back in time and start no
 * earlier than the creation date.
 *
 * <p>An opportunity ({@code o1} unless {@linkplain #withId given}) is owned by the owner ({@code
 * host} unless {@linkplain #owner given}) and involves up to four of the parties ({@code p1},
 * {@code p2}, {@code p3} and the owner unless {@linkplain #parties given}) in roles, each party at
 * most once per role; its origin credits a partner only when a party other than the owner is
 * involved. It may name a solution its parties contribute to and a deal registration whose status
 * fits its dates.
 *
 * <p>Values shrink towards a direct deal of zero amount in the first open stage, created on 1
 * January 2020, with no involvements, history, solution or registration. Each configuration method
 * returns a new arbitrary and leaves this one unchanged. Get one from {@link
 * ModelArbitraries#opportunities()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OpportunityArbitrary extends ArbitraryDecorator<Opportunity> {
  private static final ImmutableList<String> NAMES =
      ImmutableList.of("Claims platform", "Data migration", "Cloud rollout", "Support renewal");

  /** The parties besides the owner when none are given: {@code p1}, {@code p2} and {@code p3}. */
  static final ImmutableList<PartnerId> DEFAULT_PARTIES = Values.partners(3);

  private final OpportunityId id;
  private final PartnerId owner;
  private final ImmutableList<PartnerId> parties;
  private final Optional<StageModel> stageModel;
  private final ImmutableList<CurrencyUnit> currencies;
  private final LocalDate createdFrom;
  private final LocalDate createdTo;
  private final boolean historyAlways;
  private final boolean skippingStages;

  OpportunityArbitrary() {
    this(
        OpportunityId.of("o1"),
        Values.HOST,
        DEFAULT_PARTIES,
        Optional.empty(),
        Values.CURRENCIES.subList(0, 3),
        Values.EPOCH,
        Values.EPOCH.plusYears(10),
        false,
        false);
  }

  private OpportunityArbitrary(
      OpportunityId id,
      PartnerId owner,
      ImmutableList<PartnerId> parties,
      Optional<StageModel> stageModel,
      ImmutableList<CurrencyUnit> currencies,
      LocalDate createdFrom,
      LocalDate createdTo,
      boolean historyAlways,
      boolean skippingStages) {
    this.id = id;
    this.owner = owner;
    this.parties = parties;
    this.stageModel = stageModel;
    this.currencies = currencies;
    this.createdFrom = createdFrom;
    this.createdTo = createdTo;
    this.historyAlways = historyAlways;
    this.skippingStages = skippingStages;
  }

  /** Returns an arbitrary whose opportunities have the given id. */
  public OpportunityArbitrary withId(OpportunityId id) {
    return new OpportunityArbitrary(
        checkNotNull(id, "id"),
        owner,
        parties,
        stageModel,
        currencies,
        createdFrom,
        createdTo,
        historyAlways,
        skippingStages);
  }

  /** Returns an arbitrary whose opportunities are owned by the given party. */
  public OpportunityArbitrary owner(PartnerId owner) {
    return new OpportunityArbitrary(
        id,
        checkNotNull(owner, "owner"),
        parties,
        stageModel,
        currencies,
        createdFrom,
        createdTo,
        historyAlways,
        skippingStages);
  }

  /**
   * Returns an arbitrary whose opportunities involve only the given parties besides the owner.
   *
   * @throws IllegalArgumentException if no party is given
   */
  public OpportunityArbitrary parties(PartnerId... parties) {
    ImmutableList<PartnerId> chosen = ImmutableSet.copyOf(parties).asList();
    checkArgument(!chosen.isEmpty(), "parties to choose from must not be empty");
    return new OpportunityArbitrary(
        id,
        owner,
        chosen,
        stageModel,
        currencies,
        createdFrom,
        createdTo,
        historyAlways,
        skippingStages);
  }

  /** Returns an arbitrary whose opportunities move through the stages of the given model. */
  public OpportunityArbitrary stageModel(StageModel model) {
    return new OpportunityArbitrary(
        id,
        owner,
        parties,
        Optional.of(checkNotNull(model, "model")),
        currencies,
        createdFrom,
        createdTo,
        historyAlways,
        skippingStages);
  }

  /** Returns an arbitrary whose amounts are in the given currency. */
  public OpportunityArbitrary currency(CurrencyUnit currency) {
    return new OpportunityArbitrary(
        id,
        owner,
        parties,
        stageModel,
        ImmutableList.of(checkNotNull(currency, "currency")),
        createdFrom,
        createdTo,
        historyAlways,
        skippingStages);
  }

  /**
   * Returns an arbitrary whose opportunities are created from {@code from} to {@code to} inclusive.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public OpportunityArbitrary createdBetween(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "creation dates %s..%s must not be empty", from, to);
    return new OpportunityArbitrary(
        id, owner, parties, stageModel, currencies, from, to, historyAlways, skippingStages);
  }

  /**
   * Returns an arbitrary whose opportunities always keep their stage history, rather than half of
   * the time.
   */
  public OpportunityArbitrary withStageHistory() {
    return new OpportunityArbitrary(
        id, owner, parties, stageModel, currencies, createdFrom, createdTo, true, skippingStages);
  }

  /**
   * Returns an arbitrary whose opportunities may skip stages: the stages reached are any of the
   * model's open stages, in the model's order, followed by at most one closed stage, and at least
   * one stage in all. A deal may so go straight from its first stage to a late one, or be closed
   * without ever having been in an open stage. Without this, a deal reaches the model's first open
   * stages in order.
   */
  public OpportunityArbitrary skippingStages() {
    return new OpportunityArbitrary(
        id, owner, parties, stageModel, currencies, createdFrom, createdTo, historyAlways, true);
  }

  @Override
  protected Arbitrary<Opportunity> arbitrary() {
    if (stageModel.isPresent()) {
      return opportunities(stageModel.get());
    }
    return ModelArbitraries.stageModels().flatMap(m -> opportunities(m).withoutEdgeCases());
  }

  private Arbitrary<Opportunity> opportunities(StageModel model) {
    ImmutableList<PartnerId> pool = pool(owner, parties);
    long days = ChronoUnit.DAYS.between(createdFrom, createdTo);
    Arbitrary<Basics> basics =
        Combinators.combine(
                ModelArbitraries.accounts(),
                Values.oneOfValues(NAMES),
                Values.amounts(Values.oneOfValues(currencies), 0, 10_000_000L),
                Arbitraries.longs().between(0, days).map(createdFrom::plusDays),
                Arbitraries.integers().between(0, 365))
            .as(Basics::new);
    int openCount = model.openStages().size();
    Arbitrary<List<Integer>> opened =
        skippingStages
            ? Arbitraries.subsetOf(ContiguousSet.closedOpen(0, openCount))
                .map(chosen -> chosen.stream().sorted().toList())
            : Arbitraries.integers()
                .between(1, openCount)
                .map(reached -> ContiguousSet.closedOpen(0, reached).asList());
    Arbitrary<Path> paths =
        Combinators.combine(
                opened,
                Arbitraries.integers().between(0, model.closedStages().size() - 1).optional(),
                historyAlways ? Arbitraries.just(true) : Arbitraries.of(false, true),
                Arbitraries.integers().between(0, 90).list().ofSize(model.stages().size()))
            .as((open, closing, keep, gaps) -> new Path(model, open, closing, keep, gaps));
    Arbitrary<List<InvolvementSpec>> involvements =
        involvementSpecs(pool)
            .list()
            .ofMaxSize(4)
            .uniqueElements(spec -> List.of(spec.party, spec.role));
    Arbitrary<Optional<Solution>> solutions = solutions(pool).optional();
    Arbitrary<Optional<RegistrationSpec>> registrations = registrationSpecs(parties).optional();
    Arbitrary<Origin> origins = Arbitraries.of(Origin.class);
    Arbitrary<CoSellDetails> coSell = CoSellDetails.details(currencies);
    return Combinators.combine(
            basics, paths, involvements, origins, solutions, registrations, coSell)
        .as(
            (basic, path, involved, origin, solution, registration, details) ->
                build(basic, path, involved, origin, solution, registration, details));
  }

  /** The owner and the other parties of an opportunity, without repeats, the owner last. */
  static ImmutableList<PartnerId> pool(PartnerId owner, List<PartnerId> parties) {
    return ImmutableSet.<PartnerId>builder().addAll(parties).add(owner).build().asList();
  }

  /** One of the parties in any role, taken up on some day after creation or on a day not known. */
  static Arbitrary<InvolvementSpec> involvementSpecs(List<PartnerId> pool) {
    return Combinators.combine(
            Values.oneOfValues(pool),
            Arbitraries.of(InvolvementRole.class),
            Arbitraries.integers().between(0, 60).optional())
        .as(InvolvementSpec::new);
  }

  /** One or two kinds of contribution, shrinking towards the first kind alone. */
  static Arbitrary<Set<ContributionKind>> contributionKinds() {
    return Arbitraries.of(ContributionKind.class).set().ofMinSize(1).ofMaxSize(2);
  }

  /** Solution {@code joint-solution} to which one to three of the parties contribute. */
  static Arbitrary<Solution> solutions(List<PartnerId> pool) {
    return Combinators.combine(
            Arbitraries.subsetOf(pool).ofMinSize(1).ofMaxSize(3),
            contributionKinds().list().ofSize(pool.size()))
        .as(
            (contributors, kinds) -> {
              List<Contribution> contributions = new ArrayList<>();
              for (int i = 0; i < pool.size(); i++) {
                if (contributors.contains(pool.get(i))) {
                  contributions.add(Contribution.of(pool.get(i), kinds.get(i)));
                }
              }
              return Solution.builder()
                  .id(SolutionId.of("joint-solution"))
                  .name("Joint solution")
                  .contributions(contributions)
                  .build();
            });
  }

  /**
   * Deal registrations by one of the parties in any status, submitted up to 30 days after creation.
   */
  static Arbitrary<RegistrationSpec> registrationSpecs(List<PartnerId> parties) {
    return Combinators.combine(
            Values.oneOfValues(parties),
            Arbitraries.of(RegistrationStatus.class),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 30).optional(),
            Arbitraries.integers().between(0, 365).optional())
        .as(RegistrationSpec::new);
  }

  private Opportunity build(
      Basics basics,
      Path path,
      List<InvolvementSpec> involved,
      Origin origin,
      Optional<Solution> solution,
      Optional<RegistrationSpec> registration,
      CoSellDetails details) {
    List<StageChange> history = path.history(basics.created);
    Opportunity.Builder builder =
        Opportunity.builder()
            .id(id)
            .account(basics.account)
            .name(basics.name)
            .amount(basics.amount)
            .stage(history.get(history.size() - 1).stage())
            .created(basics.created)
            .expectedClose(basics.created.plusDays(basics.closeAfter))
            .owner(owner)
            .solution(solution)
            .registration(registration.map(spec -> spec.registration(basics.created)));
    details.applyTo(builder);
    boolean partnerInvolved = false;
    for (InvolvementSpec spec : involved) {
      builder.addInvolvements(spec.involvement(basics.created));
      partnerInvolved |= !spec.party.equals(owner);
    }
    builder.origin(partnerInvolved ? origin : Origin.DIRECT);
    if (path.keepHistory) {
      builder.stageHistory(history);
    }
    return builder.build();
  }

  /** Account, name, amount, creation date and days to the expected close. */
  private static final class Basics {
    final Account account;
    final String name;
    final MonetaryAmount amount;
    final LocalDate created;
    final int closeAfter;

    Basics(Account account, String name, MonetaryAmount amount, LocalDate created, int closeAfter) {
      this.account = account;
      this.name = name;
      this.amount = amount;
      this.created = created;
      this.closeAfter = closeAfter;
    }
  }

  /**
   * The stages reached: the open stages at the given indexes, in order, then maybe one closed
   * stage; the first open stage when neither is given.
   */
  private static final class Path {
    final ImmutableList<Stage> stages;
    final boolean keepHistory;
    final List<Integer> gaps;

    Path(
        StageModel model,
        List<Integer> open,
        Optional<Integer> closing,
        boolean keepHistory,
        List<Integer> gaps) {
      ImmutableList.Builder<Stage> stages = ImmutableList.builder();
      for (int index : open) {
        stages.add(model.openStages().get(index));
      }
      closing.ifPresent(index -> stages.add(model.closedStages().get(index)));
      if (open.isEmpty() && closing.isEmpty()) {
        stages.add(model.openStages().get(0));
      }
      this.stages = stages.build();
      this.keepHistory = keepHistory;
      this.gaps = gaps;
    }

    List<StageChange> history(LocalDate created) {
      List<StageChange> history = new ArrayList<>();
      LocalDate date = created;
      for (int i = 0; i < stages.size(); i++) {
        date = date.plusDays(gaps.get(i));
        history.add(StageChange.of(date, stages.get(i)));
      }
      return history;
    }
  }

  /** A party in a role, with the days after creation it took the role up, if known. */
  static final class InvolvementSpec {
    final PartnerId party;
    final InvolvementRole role;
    final Optional<Integer> sinceDays;

    InvolvementSpec(PartnerId party, InvolvementRole role, Optional<Integer> sinceDays) {
      this.party = party;
      this.role = role;
      this.sinceDays = sinceDays;
    }

    Involvement involvement(LocalDate created) {
      return sinceDays
          .map(days -> Involvement.of(party, role, created.plusDays(days)))
          .orElseGet(() -> Involvement.of(party, role));
    }
  }

  /** A deal registration, its dates counted in days from the opportunity's creation. */
  static final class RegistrationSpec {
    final PartnerId party;
    final RegistrationStatus status;
    final int submittedAfter;
    final Optional<Integer> decidedAfter;
    final Optional<Integer> expiresAfter;

    RegistrationSpec(
        PartnerId party,
        RegistrationStatus status,
        int submittedAfter,
        Optional<Integer> decidedAfter,
        Optional<Integer> expiresAfter) {
      this.party = party;
      this.status = status;
      this.submittedAfter = submittedAfter;
      this.decidedAfter = decidedAfter;
      this.expiresAfter = expiresAfter;
    }

    DealRegistration registration(LocalDate created) {
      LocalDate submitted = created.plusDays(submittedAfter);
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
    }
  }
}
