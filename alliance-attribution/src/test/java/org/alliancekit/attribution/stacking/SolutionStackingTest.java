package org.alliancekit.attribution.stacking;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SolutionStackingTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Stage PROPOSAL = Stage.open("Proposal", 0.5);
  private static final Stage WON = Stage.won("Closed Won");
  private static final Stage LOST = Stage.lost("Closed Lost");

  /** isv resells at 20%, cosell goes to market jointly, cloud is the platform, si implements. */
  private static final Solution CLAIMS =
      Solution.of(
          SolutionId.of("claims"),
          "Claims on Cloud",
          Contribution.of(p("isv"), ContributionKind.RESALE)
              .withMarginPercent(new BigDecimal("20")),
          Contribution.of(p("cosell"), ContributionKind.JOINT_GO_TO_MARKET),
          Contribution.of(p("cloud"), ContributionKind.PLATFORM),
          Contribution.of(p("si"), ContributionKind.SERVICES));

  @Test
  void threeContributorsStackMarginJointGoToMarketAndPlatform() {
    // Won revenue: 100,000.00 + 50,000.03 = 150,000.03 EUR.
    // isv resale margin: 150,000.03 x 20 / 100 = 30,000.006 (exact).
    // cosell joint go-to-market: only the first deal involves it: 100,000.00.
    // cloud platform: the whole won revenue, 150,000.03.
    // Exact stacked total 280,000.036, rounded half-even once: 280,000.04.
    // Cells fitted to 28,000,004 cents: quotas 3,000,000.64 / 10,000,000.14 / 15,000,003.21, so
    // the one cent left goes to isv (largest remainder): 30,000.01 / 100,000.00 / 150,000.03.
    // Alone, each rounded on its own: isv 30,000.006 -> 30,000.01, cosell 100,000.00,
    // cloud 150,000.03. Gain over cloud alone: 280,000.04 - 150,000.03 = 130,000.01.
    SolutionStacks result =
        ValueStacking.fromSolutions(
            List.of(CLAIMS),
            List.of(
                deal("d1", CLAIMS, eur("100000.00"), WON, LocalDate.of(2025, 1, 15), "cosell"),
                deal("d2", CLAIMS, eur("50000.03"), WON, LocalDate.of(2025, 3, 1))),
            AS_OF);

    assertEquals(List.of(), result.problems());
    SolutionStack stack = only(result);
    assertEquals(SolutionId.of("claims"), stack.solution());
    assertEquals("Claims on Cloud", stack.name());
    assertEquals("EUR", stack.currency().getCurrencyCode());
    assertEquals(2, stack.wonDeals());
    assertEquals(eur("150000.03"), stack.wonRevenue());
    assertEquals(eur("280000.04"), stack.stackedTotal());
    ValueStack cells = stack.stack().orElseThrow();
    assertEquals(eur("30000.01"), cells.amount(p("isv"), ValueComponent.RESALE_MARGIN));
    assertEquals(eur("100000.00"), cells.amount(p("cosell"), ValueComponent.JOINT_GO_TO_MARKET));
    assertEquals(eur("150000.03"), cells.amount(p("cloud"), ValueComponent.PLATFORM));
    assertEquals(3, cells.cells().size());
    assertEquals(
        ImmutableMap.of(
            p("cloud"), eur("150000.03"), p("cosell"), eur("100000.00"), p("isv"), eur("30000.01")),
        stack.alone());
    assertEquals(
        ImmutableList.of(p("cloud"), p("cosell"), p("isv")), stack.alone().keySet().asList());
    assertEquals(ImmutableSet.of(p("si")), stack.services());
    assertEquals(List.of(), stack.notes());
    assertEquals(eur("130000.01"), stack.gainOver(p("cloud")));
    assertEquals(eur("250000.03"), stack.gainOver(p("isv")));
  }

  @Test
  void onlyWonDealsClosedInTheTwelveMonthsUpToAsOfCount() {
    // Window: 2024-06-30 < close <= 2025-06-30. Counted: "on-as-of" (10.00) and "history" (20.00),
    // whose stage history closes on 2025-03-01 although it was expected to close after the window.
    // Not counted: lost, still open, closed on the excluded first day, closed the day after as-of,
    // and "history-before", whose history closed before the window though expected inside it.
    Solution platform = platformOnly("platform", "cloud");
    List<Opportunity> deals =
        List.of(
            deal("lost", platform, eur("1000"), LOST, LocalDate.of(2025, 1, 1)),
            deal("open", platform, eur("1000"), PROPOSAL, LocalDate.of(2025, 1, 1)),
            deal("first-day", platform, eur("1000"), WON, LocalDate.of(2024, 6, 30)),
            deal("after", platform, eur("1000"), WON, LocalDate.of(2025, 7, 1)),
            deal("on-as-of", platform, eur("10.00"), WON, LocalDate.of(2025, 6, 30)),
            withHistory(
                "history",
                platform,
                eur("20.00"),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 9, 1)),
            withHistory(
                "history-before",
                platform,
                eur("1000"),
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2025, 1, 31)));

    SolutionStack stack = only(ValueStacking.fromSolutions(List.of(platform), deals, AS_OF));

    assertEquals(2, stack.wonDeals());
    assertEquals(eur("30.00"), stack.wonRevenue());
    assertEquals(eur("30.00"), stack.stackedTotal());
  }

  @Test
  void closeDateIsTheFirstClosedStageOfTheHistoryElseTheExpectedClose() {
    Opportunity reopened =
        base("reopened", eur("1"), WON, LocalDate.of(2025, 5, 1))
            .stageHistory(
                List.of(
                    StageChange.of(LocalDate.of(2025, 1, 10), LOST),
                    StageChange.of(LocalDate.of(2025, 2, 20), WON)))
            .build();
    Opportunity noHistory = deal("plain", CLAIMS, eur("1"), WON, LocalDate.of(2025, 4, 4));

    assertEquals(LocalDate.of(2025, 1, 10), reopened.closeDate());
    assertEquals(LocalDate.of(2025, 4, 4), noHistory.closeDate());
  }

  @Test
  void currenciesAreKeptApartAndOrderedByCode() {
    // The USD deal comes first in the input; the stacks are ordered EUR, then USD.
    Solution platform = platformOnly("platform", "cloud");
    SolutionStacks result =
        ValueStacking.fromSolutions(
            List.of(platform),
            List.of(
                deal("usd", platform, Money.of(new BigDecimal("200.00"), "USD"), WON, AS_OF),
                deal("eur-1", platform, eur("100.00"), WON, AS_OF),
                deal("eur-2", platform, eur("0.50"), WON, AS_OF)),
            AS_OF);

    assertEquals(2, result.stacks().size());
    SolutionStack inEur = result.stacks().get(0);
    SolutionStack inUsd = result.stacks().get(1);
    assertEquals("EUR", inEur.currency().getCurrencyCode());
    assertEquals(2, inEur.wonDeals());
    assertEquals(eur("100.50"), inEur.stackedTotal());
    assertEquals("USD", inUsd.currency().getCurrencyCode());
    assertEquals(1, inUsd.wonDeals());
    assertEquals(Money.of(new BigDecimal("200.00"), "USD"), inUsd.stackedTotal());
    assertEquals(Money.of(new BigDecimal("200.00"), "USD"), inUsd.alone().get(p("cloud")));
  }

  @Test
  void stacksAreOrderedBySolutionId() {
    Solution beta = platformOnly("beta", "cloud");
    Solution alpha = platformOnly("alpha", "cloud");
    SolutionStacks result =
        ValueStacking.fromSolutions(
            List.of(beta, alpha),
            List.of(deal("b", beta, eur("1"), WON, AS_OF), deal("a", alpha, eur("2"), WON, AS_OF)),
            AS_OF);

    assertEquals(
        List.of(SolutionId.of("alpha"), SolutionId.of("beta")),
        result.stacks().stream().map(SolutionStack::solution).toList());
  }

  @Test
  void aWonDealWithAnUnknownSolutionIsReportedAtItsRow() {
    Solution ghost = platformOnly("ghost", "cloud");
    SolutionStacks result =
        ValueStacking.fromSolutions(
            List.of(CLAIMS),
            List.of(
                deal("known", CLAIMS, eur("100.00"), WON, AS_OF),
                deal("lost-ghost", ghost, eur("5.00"), LOST, AS_OF),
                deal("won-ghost", ghost, eur("7.00"), WON, LocalDate.of(2025, 2, 3))),
            AS_OF);

    assertEquals(
        List.of(
            Problem.atRow(
                2,
                "won-ghost",
                ProblemKind.UNKNOWN_REFERENCE,
                "won deal won-ghost (closed on 2025-02-03, EUR 7) sells solution ghost, which is"
                    + " not among the given solutions, so it is left out of the value stacks")),
        result.problems());
    assertEquals(1, only(result).wonDeals());
    assertEquals(eur("100.00"), only(result).wonRevenue());
  }

  @Test
  void theGivenSolutionDecidesTheContributionsNotTheCopyOnTheDeal() {
    Solution stale = platformOnly("claims", "someone-else");
    SolutionStack stack =
        only(
            ValueStacking.fromSolutions(
                List.of(CLAIMS), List.of(deal("d", stale, eur("10.00"), WON, AS_OF)), AS_OF));

    assertEquals(Set.of(p("cloud"), p("cosell"), p("isv")), stack.alone().keySet());
  }

  @Test
  void resaleWithoutMarginCountsZeroAndSaysSo() {
    Solution solution =
        Solution.of(
            SolutionId.of("s"),
            "Resold",
            Contribution.of(p("isv"), ContributionKind.RESALE),
            Contribution.of(p("cloud"), ContributionKind.PLATFORM));
    SolutionStack stack =
        only(
            ValueStacking.fromSolutions(
                List.of(solution), List.of(deal("d", solution, eur("80.00"), WON, AS_OF)), AS_OF));

    assertEquals(
        eur("0.00"), stack.stack().orElseThrow().amount(p("isv"), ValueComponent.RESALE_MARGIN));
    assertEquals(eur("0.00"), stack.alone().get(p("isv")));
    assertEquals(eur("80.00"), stack.stackedTotal());
    assertEquals(
        List.of(
            "partner isv resells solution s without a known margin, so its resale margin is"
                + " counted as zero"),
        stack.notes());
  }

  @Test
  void jointGoToMarketCountsDealsTheContributorOwnsOrIsInvolvedInOnce() {
    // si owns both deals; cosell is involved in the first one twice (two roles), not the second.
    // si joint: 100 + 40 = 140; cosell joint: 100 only, counted once; total 240.
    Solution solution =
        Solution.of(
            SolutionId.of("s"),
            "Co-sold",
            Contribution.of(p("si"), ContributionKind.JOINT_GO_TO_MARKET),
            Contribution.of(p("cosell"), ContributionKind.JOINT_GO_TO_MARKET));
    Opportunity twoRoles =
        base("two-roles", eur("100"), WON, AS_OF)
            .solution(solution)
            .origin(Origin.PARTNER_INFLUENCED)
            .addInvolvements(
                Involvement.of(p("cosell"), InvolvementRole.CO_SELLER),
                Involvement.of(p("cosell"), InvolvementRole.INFLUENCER))
            .build();
    SolutionStack stack =
        only(
            ValueStacking.fromSolutions(
                List.of(solution),
                List.of(twoRoles, deal("alone", solution, eur("40"), WON, AS_OF)),
                AS_OF));

    assertEquals(eur("140.00"), stack.alone().get(p("si")));
    assertEquals(eur("100.00"), stack.alone().get(p("cosell")));
    assertEquals(eur("240.00"), stack.stackedTotal());
  }

  @Test
  void aSolutionOfServicesOnlyHasNoStackButListsItsParties() {
    Solution services =
        Solution.of(
            SolutionId.of("s"), "Services", Contribution.of(p("si"), ContributionKind.SERVICES));
    SolutionStack stack =
        only(
            ValueStacking.fromSolutions(
                List.of(services), List.of(deal("d", services, eur("9.99"), WON, AS_OF)), AS_OF));

    assertEquals(Optional.empty(), stack.stack());
    assertEquals(eur("0.00"), stack.stackedTotal());
    assertEquals(ImmutableMap.of(), stack.alone());
    assertEquals(ImmutableSet.of(p("si")), stack.services());
    assertEquals(eur("9.99"), stack.wonRevenue());
  }

  @Test
  void aSolutionWithoutCountedDealsHasNoStack() {
    SolutionStacks result =
        ValueStacking.fromSolutions(
            List.of(CLAIMS), List.of(deal("d", CLAIMS, eur("1"), LOST, AS_OF)), AS_OF);

    assertEquals(List.of(), result.stacks());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void rejectsASolutionGivenTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValueStacking.fromSolutions(List.of(CLAIMS, CLAIMS), List.of(), AS_OF));
    assertEquals(
        "solution id claims is given more than once; each solution must be given once",
        e.getMessage());
  }

  @Test
  void gainOverAPartyWithoutValueIsRejected() {
    SolutionStack stack =
        only(
            ValueStacking.fromSolutions(
                List.of(CLAIMS), List.of(deal("d", CLAIMS, eur("1"), WON, AS_OF)), AS_OF));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> stack.gainOver(p("si")));
    assertEquals(
        "partner si contributes no valued component to solution claims; valued are"
            + " [cloud, cosell, isv]",
        e.getMessage());
  }

  @Test
  void rejectsAStackWithoutWonDeals() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new SolutionStack(
                    SolutionId.of("s"),
                    "S",
                    eur("0").getCurrency(),
                    0,
                    eur("0"),
                    Optional.empty(),
                    eur("0"),
                    ImmutableMap.of(),
                    ImmutableSet.of(),
                    ImmutableList.of()));
    assertEquals("solution s in EUR must have at least one won deal, has 0", e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // Laws

  /** Shuffling the solutions and the deals changes no stack, and no problem but for its row. */
  @Property(tries = 300)
  void orderOfTheInputChangesNothing(@ForAll("cases") Case input, @ForAll long seed) {
    SolutionStacks result = ValueStacking.fromSolutions(input.solutions, input.deals, input.asOf);
    List<Solution> solutions = new ArrayList<>(input.solutions);
    List<Opportunity> deals = new ArrayList<>(input.deals);
    Random random = new Random(seed);
    Collections.shuffle(solutions, random);
    Collections.shuffle(deals, random);

    SolutionStacks shuffled = ValueStacking.fromSolutions(solutions, deals, input.asOf);

    assertEquals(result.stacks(), shuffled.stacks());
    assertEquals(withoutRows(result.problems()), withoutRows(shuffled.problems()));
  }

  /**
   * Every won deal with a solution that closed in the window is either stacked or reported, and no
   * party alone brings more than the stack.
   */
  @Property(tries = 300)
  void noDealIsDroppedAndNoPartyAloneBeatsTheStack(@ForAll("cases") Case input) {
    SolutionStacks result = ValueStacking.fromSolutions(input.solutions, input.deals, input.asOf);

    long counted =
        input.deals.stream()
            .filter(deal -> deal.outcome() == Outcome.WON && deal.solution().isPresent())
            .filter(deal -> closedInWindow(deal, input.asOf))
            .count();
    long stacked = result.stacks().stream().mapToLong(SolutionStack::wonDeals).sum();
    assertEquals(counted, stacked + result.problems().size());
    for (SolutionStack stack : result.stacks()) {
      for (PartnerId party : stack.alone().keySet()) {
        assertFalse(stack.gainOver(party).isNegative(), () -> stack + " " + party);
      }
      stack.stack().ifPresent(cells -> assertTrue(cells.total().isEqualTo(stack.stackedTotal())));
    }
  }

  /** The input of a law: solutions s1 and s2 (s3 is never given), deals and an as-of date. */
  record Case(List<Solution> solutions, List<Opportunity> deals, LocalDate asOf) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Solution> s1 = solutions("s1");
    Arbitrary<Solution> s2 = solutions("s2");
    Arbitrary<List<Opportunity>> deals =
        Combinators.combine(
                ModelArbitraries.opportunities()
                    .createdBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
                Arbitraries.of("s1", "s2", "s3", ""))
            .as(
                (deal, solution) ->
                    solution.isEmpty()
                        ? deal.withSolution(Optional.empty())
                        : deal.withSolution(platformOnly(solution, "stub")))
            .list()
            .ofMaxSize(25)
            .map(SolutionStackingTest::numbered);
    Arbitrary<LocalDate> asOf =
        Arbitraries.integers().between(0, 760).map(LocalDate.of(2024, 6, 1)::plusDays);
    return Combinators.combine(s1, s2, Arbitraries.integers().between(0, 2), deals, asOf)
        .as(
            (one, two, given, list, day) ->
                new Case(
                    given == 0 ? List.of(one, two) : List.of(given == 1 ? one : two), list, day));
  }

  private static Arbitrary<Solution> solutions(String id) {
    List<PartnerId> parties = List.of(p("host"), p("p1"), p("p2"), p("p3"));
    Arbitrary<Contribution> contributions =
        Combinators.combine(
                Arbitraries.of(parties),
                Arbitraries.of(ContributionKind.class).set().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 1000).optional())
            .as(
                (party, kinds, permille) -> {
                  Contribution contribution = Contribution.of(party, kinds);
                  return kinds.contains(ContributionKind.RESALE) && permille.isPresent()
                      ? contribution.withMarginPercent(BigDecimal.valueOf(permille.get(), 1))
                      : contribution;
                });
    return contributions
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .uniqueElements(Contribution::party)
        .map(
            list ->
                Solution.builder()
                    .id(SolutionId.of(id))
                    .name("Solution " + id)
                    .contributions(list)
                    .build());
  }

  private static List<Opportunity> numbered(List<Opportunity> deals) {
    List<Opportunity> result = new ArrayList<>();
    for (int i = 0; i < deals.size(); i++) {
      result.add(deals.get(i).withId(OpportunityId.of("o" + i)));
    }
    return result;
  }

  /** The window rule, written out again as the oracle of the law. */
  private static boolean closedInWindow(Opportunity deal, LocalDate asOf) {
    LocalDate closed =
        deal.stageHistory().stream()
            .filter(change -> change.stage().kind().isClosed())
            .map(StageChange::date)
            .findFirst()
            .orElse(deal.expectedClose());
    return closed.isAfter(asOf.minusYears(1)) && !closed.isAfter(asOf);
  }

  private static List<String> withoutRows(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.key() + " " + p.kind() + " " + p.message())
        .sorted()
        .toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures

  private static SolutionStack only(SolutionStacks result) {
    assertEquals(1, result.stacks().size(), () -> "stacks: " + result.stacks());
    return result.stacks().get(0);
  }

  private static Solution platformOnly(String id, String platform) {
    return Solution.of(
        SolutionId.of(id),
        "Solution " + id,
        Contribution.of(p(platform), ContributionKind.PLATFORM));
  }

  private static Opportunity.Builder base(
      String id, MonetaryAmount amount, Stage stage, LocalDate expectedClose) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of("a-1"), "Northwind"))
        .name("Deal " + id)
        .amount(amount)
        .stage(stage)
        .created(LocalDate.of(2023, 1, 1))
        .expectedClose(expectedClose)
        .owner(p("si"));
  }

  /** A deal owned by si, closing on {@code close}, with each named partner as co-seller. */
  private static Opportunity deal(
      String id,
      Solution solution,
      MonetaryAmount amount,
      Stage stage,
      LocalDate close,
      String... coSellers) {
    Opportunity.Builder builder = base(id, amount, stage, close).solution(solution);
    for (String coSeller : coSellers) {
      builder.addInvolvements(Involvement.of(p(coSeller), InvolvementRole.CO_SELLER));
      builder.origin(Origin.PARTNER_INFLUENCED);
    }
    return builder.build();
  }

  /** A won deal whose stage history closes on {@code closed}, expected to close on another day. */
  private static Opportunity withHistory(
      String id,
      Solution solution,
      MonetaryAmount amount,
      LocalDate closed,
      LocalDate expectedClose) {
    return base(id, amount, WON, expectedClose)
        .solution(solution)
        .stageHistory(
            List.of(StageChange.of(closed.minusDays(30), PROPOSAL), StageChange.of(closed, WON)))
        .build();
  }
}
