package org.alliancekit.programme;

import static org.alliancekit.programme.Fixtures.ACME;
import static org.alliancekit.programme.Fixtures.ANY;
import static org.alliancekit.programme.Fixtures.BETA;
import static org.alliancekit.programme.Fixtures.HOST;
import static org.alliancekit.programme.Fixtures.RATES;
import static org.alliancekit.programme.Fixtures.WON;
import static org.alliancekit.programme.Fixtures.competency;
import static org.alliancekit.programme.Fixtures.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class TierQualificationsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  private static final ProgrammeTier REGISTERED =
      ProgrammeTier.builder().name("Registered").rank(1).minWonRevenue(Money.of(0, "GBP")).build();
  private static final ProgrammeTier SILVER =
      ProgrammeTier.builder()
          .name("Silver")
          .rank(2)
          .minWonRevenue(Money.of(100_000, "GBP"))
          .minCompetencies(1)
          .build();
  private static final ProgrammeTier GOLD =
      ProgrammeTier.builder()
          .name("Gold")
          .rank(3)
          .minWonRevenue(Money.of(500_000, "GBP"))
          .minCompetencies(2)
          .addRequiredCompetencies("Data & AI")
          .minScore(new BigDecimal("0.6"))
          .build();

  /** Acme: one valid competency, Data & AI expired two months ago. */
  private static final Partner ACME_PARTNER =
      Fixtures.partner(ACME, PartnerKind.SYSTEMS_INTEGRATOR)
          .addCompetencies(
              competency("Cloud Migration"), competency("Data & AI", LocalDate.of(2026, 1, 31)))
          .build();

  private static final Partner BETA_PARTNER =
      Fixtures.partner(BETA, PartnerKind.ISV)
          .addCompetencies(
              competency("Cloud Migration"),
              competency("Data & AI"),
              competency("Security", LocalDate.of(2026, 3, 31)))
          .build();

  private static List<Opportunity> deals() {
    return List.of(
        // In the window: GBP 380,000 + EUR 50,000 at 0.85 (GBP 42,500) = GBP 422,500.
        deal("o1", ANY, "380000", "GBP", WON, LocalDate.of(2025, 6, 30), ACME),
        deal("o2", ANY, "50000", "EUR", WON, LocalDate.of(2026, 3, 31), ACME),
        // Out of the window: closed twelve months before the day, and after the day.
        deal("o3", ANY, "900000", "GBP", WON, LocalDate.of(2025, 3, 31), ACME),
        deal("o4", ANY, "900000", "GBP", WON, LocalDate.of(2026, 4, 1), ACME),
        // Open and lost deals do not count.
        deal("o5", ANY, "900000", "GBP", Fixtures.OPEN, LocalDate.of(2026, 3, 1), ACME),
        deal("o6", ANY, "900000", "GBP", Fixtures.LOST, LocalDate.of(2026, 3, 1), ACME),
        deal("o7", ANY, "600000", "GBP", WON, LocalDate.of(2026, 1, 15), BETA));
  }

  private static AlliancePortfolio portfolio(List<Opportunity> deals, List<ProgrammeTier> tiers) {
    return AlliancePortfolio.builder()
        .host(HOST)
        .addPartners(Fixtures.host(), ACME_PARTNER, BETA_PARTNER)
        .addAllOpportunities(deals)
        .addAllTiers(tiers)
        .addPartnerTiers(PartnerTier.of(ACME, "Gold"), PartnerTier.of(BETA, "Silver"))
        .build();
  }

  @Test
  void theTrailingTwelveMonthsCountWonDealsClosedInTheWindow() {
    var revenue = TierQualifications.trailingWonRevenue(deals(), HOST, AS_OF);
    assertEquals(
        Map.of(
            Money.of(380_000, "GBP").getCurrency(), Money.of(380_000, "GBP"),
            Money.of(50_000, "EUR").getCurrency(), Money.of(50_000, "EUR")),
        revenue.get(ACME));
  }

  @Test
  void aPartnerBelowItsAssignedTierIsAtRiskWithEveryGapNamed() {
    List<TierQualification> all =
        TierQualifications.qualifyAll(
            portfolio(deals(), List.of(GOLD, REGISTERED, SILVER)),
            AS_OF,
            RATES,
            Map.of(ACME, 0.55, BETA, 0.8));
    assertEquals(
        new TierQualification(
            ACME,
            Optional.of("Gold"),
            Optional.of("Silver"),
            Optional.of("Gold"),
            List.of(
                    "needs GBP 77,500.00 more won revenue",
                    "needs 1 more valid competency",
                    "needs competency Data & AI",
                    "needs an overall score of at least 0.6, has 0.55")
                .stream()
                .collect(com.google.common.collect.ImmutableList.toImmutableList()),
            true),
        all.get(0));
    assertEquals(
        "needs GBP 77,500.00 more won revenue; needs 1 more valid competency;"
            + " needs competency Data & AI; needs an overall score of at least 0.6, has 0.55",
        all.get(0).missingText());
    // Beta meets Gold: GBP 600,000, three valid competencies (Security on its last day).
    TierQualification beta = all.get(1);
    assertEquals(Optional.of("Gold"), beta.qualifiedTier());
    assertEquals(Optional.empty(), beta.nextTier());
    assertEquals(List.of(), beta.missing());
    assertFalse(beta.atRisk());
    assertEquals(List.of(all.get(0)), TierQualifications.atRisk(all));
  }

  @Test
  void eachRuleIsAGapOfItsOwn() {
    Money enough = Money.of(500_000, "GBP");
    Optional<Double> good = Optional.of(0.6);
    assertEquals(List.of(), TierQualifications.gaps(GOLD, BETA_PARTNER, enough, good, AS_OF));
    assertEquals(
        List.of("needs GBP 0.01 more won revenue"),
        TierQualifications.gaps(
            GOLD, BETA_PARTNER, Money.of(new BigDecimal("499999.99"), "GBP"), good, AS_OF));
    // Security expires on the day: the day after, Beta has two valid competencies, still enough.
    assertEquals(
        List.of(), TierQualifications.gaps(GOLD, BETA_PARTNER, enough, good, AS_OF.plusDays(1)));
    assertEquals(
        List.of("needs 3 more valid competencies"),
        TierQualifications.gaps(
            GOLD.withRequiredCompetencies(List.of()).withMinCompetencies(5),
            BETA_PARTNER,
            enough,
            good,
            AS_OF.plusDays(1)));
    assertEquals(
        List.of("needs competency Security"),
        TierQualifications.gaps(
            GOLD.withRequiredCompetencies("Security"),
            BETA_PARTNER,
            enough,
            good,
            AS_OF.plusDays(1)));
    assertEquals(
        List.of("needs an assessed overall score of at least 0.6"),
        TierQualifications.gaps(GOLD, BETA_PARTNER, enough, Optional.empty(), AS_OF));
    assertEquals(
        List.of("needs an overall score of at least 0.6, has 0.59"),
        TierQualifications.gaps(GOLD, BETA_PARTNER, enough, Optional.of(0.59), AS_OF));
    assertEquals(
        "won revenue EUR 1 of partner beta is not in the currency of tier Gold, GBP",
        assertThrows(
                IllegalArgumentException.class,
                () -> TierQualifications.gaps(GOLD, BETA_PARTNER, Money.of(1, "EUR"), good, AS_OF))
            .getMessage());
  }

  @Test
  void aPartnerThatMeetsNoTierLooksAtTheLowest() {
    Partner none = Fixtures.partner(Fixtures.GAMMA, PartnerKind.ISV).build();
    TierQualification standing =
        TierQualifications.qualify(
            none,
            List.of(SILVER, GOLD),
            Map.of(),
            Optional.of("Silver"),
            Optional.empty(),
            AS_OF,
            RATES);
    assertEquals(Optional.empty(), standing.qualifiedTier());
    assertEquals(Optional.of("Silver"), standing.nextTier());
    assertEquals(
        List.of("needs GBP 100,000.00 more won revenue", "needs 1 more valid competency"),
        standing.missing());
    assertTrue(standing.atRisk());
  }

  @Test
  void aMissingRateAndTiedRanksAreRejected() {
    ExchangeRates none = ExchangeRates.empty();
    assertEquals(
        "won revenue EUR 50000 of partner acme cannot be converted into GBP for tier Registered:"
            + " no exchange rate",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TierQualifications.qualifyAll(
                        portfolio(deals(), List.of(REGISTERED)), AS_OF, none, Map.of()))
            .getMessage());
    assertEquals(
        "tiers Silver and Bronze share rank 2",
        assertThrows(
                IllegalArgumentException.class,
                () -> TierQualifications.ordered(List.of(SILVER, SILVER.withName("Bronze"))))
            .getMessage());
  }

  @Test
  void noTiersMeanNoStanding() {
    assertEquals(
        List.of(),
        TierQualifications.qualifyAll(portfolio(deals(), List.of()), AS_OF, RATES, Map.of()));
  }

  @Property(tries = 200)
  void addingAWonDealNeverLowersTheQualifiedTier(
      @ForAll @IntRange(min = 0, max = 2_000_000) int amount,
      @ForAll @IntRange(min = -400, max = 30) int daysFromAsOf,
      @ForAll @IntRange(min = 0, max = 2_000_000) int existing) {
    List<Opportunity> before =
        List.of(deal("x0", ANY, Integer.toString(existing), "GBP", WON, AS_OF.minusDays(10), ACME));
    List<Opportunity> after = new ArrayList<>(before);
    after.add(
        deal("x1", ANY, Integer.toString(amount), "EUR", WON, AS_OF.plusDays(daysFromAsOf), ACME));
    List<ProgrammeTier> tiers = List.of(REGISTERED, SILVER, GOLD);
    Map<org.alliancekit.model.party.PartnerId, Double> scores = Map.of(ACME, 0.7);
    int rankBefore =
        rank(TierQualifications.qualifyAll(portfolio(before, tiers), AS_OF, RATES, scores));
    int rankAfter =
        rank(TierQualifications.qualifyAll(portfolio(after, tiers), AS_OF, RATES, scores));
    assertTrue(rankAfter >= rankBefore, rankBefore + " then " + rankAfter);
  }

  @Property(tries = 50)
  void theOrderOfTheRecordsChangesNothing(@ForAll long seed) {
    List<Opportunity> shuffled = new ArrayList<>(deals());
    Collections.shuffle(shuffled, new Random(seed));
    List<ProgrammeTier> tiers = new ArrayList<>(List.of(REGISTERED, SILVER, GOLD));
    Collections.shuffle(tiers, new Random(seed + 1));
    Map<org.alliancekit.model.party.PartnerId, Double> scores = Map.of(ACME, 0.55);
    assertEquals(
        TierQualifications.qualifyAll(
            portfolio(deals(), List.of(REGISTERED, SILVER, GOLD)), AS_OF, RATES, scores),
        TierQualifications.qualifyAll(portfolio(shuffled, tiers), AS_OF, RATES, scores));
  }

  private static int rank(List<TierQualification> all) {
    Optional<String> tier = all.get(0).qualifiedTier();
    return tier.map(name -> List.of("Registered", "Silver", "Gold").indexOf(name) + 1).orElse(0);
  }
}
