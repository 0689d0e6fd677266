package org.alliancekit.programme;

import static org.alliancekit.programme.Fixtures.ACME;
import static org.alliancekit.programme.Fixtures.ANY;
import static org.alliancekit.programme.Fixtures.BETA;
import static org.alliancekit.programme.Fixtures.HOST;
import static org.alliancekit.programme.Fixtures.LOST;
import static org.alliancekit.programme.Fixtures.OPEN;
import static org.alliancekit.programme.Fixtures.RATES;
import static org.alliancekit.programme.Fixtures.WON;
import static org.alliancekit.programme.Fixtures.competency;
import static org.alliancekit.programme.Fixtures.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.ProgrammeTier;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SolutionsAndCompetenciesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Solution CLAIMS =
      Solution.of(
          SolutionId.of("claims"), "Claims", Contribution.of(HOST, ContributionKind.PLATFORM));
  private static final Solution IDLE =
      Solution.of(SolutionId.of("idle"), "Idle", Contribution.of(HOST, ContributionKind.PLATFORM));
  private static final Competency EXPIRING = competency("Security", AS_OF.plusDays(90));

  private static Opportunity created(Opportunity deal, LocalDate created) {
    return deal.withCreated(created);
  }

  private static AlliancePortfolio portfolio() {
    return AlliancePortfolio.builder()
        .host(HOST)
        .addPartners(
            Fixtures.host()
                .withCompetencies(competency("Data & AI")), // the host's own are left out
            Fixtures.partner(ACME, PartnerKind.ISV)
                .addCompetencies(
                    competency("Data & AI"), EXPIRING, competency("Cloud", AS_OF.minusDays(1)))
                .build(),
            Fixtures.partner(BETA, PartnerKind.ISV)
                .addCompetencies(
                    competency("Data & AI", AS_OF.plusDays(91)), competency("Cloud", AS_OF))
                .build())
        .addSolutions(CLAIMS, IDLE)
        .addTiers(
            ProgrammeTier.builder()
                .name("Gold")
                .rank(2)
                .minWonRevenue(Money.of(0, "GBP"))
                .addRequiredCompetencies("Data & AI", "Networking")
                .build(),
            ProgrammeTier.builder()
                .name("Silver")
                .rank(1)
                .minWonRevenue(Money.of(0, "GBP"))
                .addRequiredCompetencies("Cloud")
                .build())
        .addOpportunities(
            // Claims: won in 30 and 60 days, with two partners; one lost, one open.
            created(
                deal("c1", ANY, "100", "GBP", WON, LocalDate.of(2026, 1, 31), ACME)
                    .withSolution(CLAIMS),
                LocalDate.of(2026, 1, 1)),
            created(
                deal("c2", ANY, "200", "EUR", WON, LocalDate.of(2026, 3, 2), BETA)
                    .withSolution(CLAIMS),
                LocalDate.of(2026, 1, 1)),
            deal("c3", ANY, "999", "GBP", LOST, LocalDate.of(2026, 2, 1), ACME)
                .withSolution(CLAIMS),
            deal("c4", ANY, "999", "GBP", OPEN, LocalDate.of(2026, 8, 1)).withSolution(CLAIMS),
            // Created after the day: not counted.
            deal("c5", ANY, "999", "GBP", OPEN, LocalDate.of(2026, 12, 1)).withSolution(CLAIMS),
            // No solution: one direct win in 10 days.
            created(
                deal("d1", ANY, "30", "GBP", WON, LocalDate.of(2026, 4, 11)),
                LocalDate.of(2026, 4, 1)))
        .build();
  }

  @Test
  void solutionResultsCompareWithDealsThatNameNoSolution() {
    assertEquals(
        List.of(
            // EUR 200 at 0.85 = GBP 170; won 270 over 2; cycles 30 and 60 days.
            new SolutionResult(
                Optional.of(CLAIMS.id()),
                4,
                2,
                1,
                Optional.of(new BigDecimal("0.6667")),
                Money.of(270, "GBP"),
                Optional.of(Money.of(135, "GBP")),
                Optional.of(new BigDecimal("45.0")),
                2),
            new SolutionResult(
                Optional.of(IDLE.id()),
                0,
                0,
                0,
                Optional.empty(),
                Money.of(0, "GBP"),
                Optional.empty(),
                Optional.empty(),
                0),
            new SolutionResult(
                Optional.empty(),
                1,
                1,
                0,
                Optional.of(new BigDecimal("1.0000")),
                Money.of(30, "GBP"),
                Optional.of(Money.of(30, "GBP")),
                Optional.of(new BigDecimal("10.0")),
                0)),
        SolutionResults.of(portfolio(), AS_OF, Monetary.getCurrency("GBP"), RATES));
  }

  @Test
  void competenciesAreValidExpiringCountedAndCoverTheTiers() {
    assertEquals(
        List.of("Data & AI", "Security"),
        Competencies.valid(portfolio().partners().get(1), AS_OF).stream()
            .map(Competency::name)
            .toList());
    // Security ends on the window's last day: in; Beta's Data & AI a day later: out; Beta's Cloud
    // ends today: in; Acme's Cloud ended yesterday: not valid, not expiring.
    assertEquals(
        List.of(
            new Competencies.Expiring(BETA, competency("Cloud", AS_OF)),
            new Competencies.Expiring(ACME, EXPIRING)),
        Competencies.expiring(portfolio(), AS_OF, Period.ofDays(90)));
    assertEquals(
        List.of(
            new Competencies.Count("Cloud", ImmutableSet.of(BETA)),
            new Competencies.Count("Data & AI", ImmutableSet.of(ACME, BETA)),
            new Competencies.Count("Security", ImmutableSet.of(ACME))),
        Competencies.counts(portfolio(), AS_OF));
    assertEquals(
        List.of(
            new Competencies.TierCoverage("Silver", "Cloud", ImmutableSet.of(BETA)),
            new Competencies.TierCoverage("Gold", "Data & AI", ImmutableSet.of(ACME, BETA)),
            new Competencies.TierCoverage("Gold", "Networking", ImmutableSet.of())),
        Competencies.tierCoverage(portfolio(), AS_OF));
  }

  @Test
  void theEntryPointRunsEveryVerb() {
    ProgrammeAnalysis analysis =
        PartnerProgramme.analyse(
            portfolio(), AS_OF, Monetary.getCurrency("GBP"), RATES, Map.of(ACME, 0.7));
    assertEquals(
        SolutionResults.of(portfolio(), AS_OF, Monetary.getCurrency("GBP"), RATES),
        analysis.solutionResults());
    assertEquals(2, analysis.qualifications().size());
    assertEquals(List.of(), analysis.atRisk());
    assertEquals(List.of(), analysis.payouts());
    assertEquals(Map.of(), analysis.payoutTotals());
  }
}
