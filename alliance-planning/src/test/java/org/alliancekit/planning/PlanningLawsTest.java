package org.alliancekit.planning;

import static org.alliancekit.planning.Fixtures.ACME;
import static org.alliancekit.planning.Fixtures.AS_OF;
import static org.alliancekit.planning.Fixtures.HQ;
import static org.alliancekit.planning.Fixtures.RATES;
import static org.alliancekit.planning.Fixtures.REL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.marketing.ClaimStatus;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.FundStatus;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.javamoney.moneta.Money;

class PlanningLawsTest {

  @Property(tries = 50)
  void rowOrderChangesNothing(@ForAll long seed) {
    AlliancePortfolio portfolio = Fixtures.portfolio();
    Random random = new Random(seed);
    List<MindShareSurvey> surveys = new ArrayList<>();
    for (MindShareSurvey survey : portfolio.surveys()) {
      surveys.add(survey.withAnswers(shuffled(survey.answers(), random)));
    }
    AlliancePortfolio shuffled =
        AlliancePortfolio.builder()
            .from(portfolio)
            .partners(shuffled(portfolio.partners(), random))
            .opportunities(shuffled(portfolio.opportunities(), random))
            .leads(shuffled(portfolio.leads(), random))
            .budgets(shuffled(portfolio.budgets(), random))
            .fundRequests(shuffled(portfolio.fundRequests(), random))
            .fundClaims(shuffled(portfolio.fundClaims(), random))
            .campaigns(shuffled(portfolio.campaigns(), random))
            .surveys(shuffled(surveys, random))
            .build();
    assertEquals(
        JointPlanning.analyse(portfolio, AS_OF, RATES),
        JointPlanning.analyse(shuffled, AS_OF, RATES));
  }

  @Property(tries = 300)
  void theLedgerNeverGoesBelowZero(
      @ForAll("requests") List<FundRequest> requests, @ForAll("claims") List<FundClaim> claims) {
    FundLedger ledger = FundsLedger.of(Fixtures.budget(), requests, claims);
    assertFalse(ledger.remaining().isNegative(), ledger.toString());
    assertEquals(ledger.amount(), ledger.remaining().add(ledger.approvedRequests()));
    assertTrue(ledger.approvedClaims().isLessThanOrEqualTo(ledger.approvedRequests()));
    assertTrue(ledger.paid().isLessThanOrEqualTo(ledger.approvedClaims()));
  }

  @Property(tries = 100)
  void aPlansActualsNeverCountARecordOutsideItsPeriod(
      @ForAll("outside") List<LocalDate> dates, @ForAll long seed) {
    AlliancePortfolio portfolio = Fixtures.portfolio();
    AlliancePortfolio.Builder more = AlliancePortfolio.builder().from(portfolio);
    Random random = new Random(seed);
    for (int i = 0; i < dates.size(); i++) {
      LocalDate date = dates.get(i);
      String id = "x" + i;
      more.addOpportunities(
          Fixtures.deal(
              id,
              HQ,
              ACME,
              date,
              date,
              random.nextBoolean() ? Fixtures.WON : Fixtures.OPEN,
              Money.of(1 + random.nextInt(10_000), "EUR")));
      Lead lead =
          random.nextBoolean()
              ? Fixtures.lead(id, ACME, HQ, date)
              : Fixtures.lead(id, HQ, ACME, date);
      more.addLeads(lead);
      more.addCampaigns(
          Campaign.builder()
              .id(CampaignId.of(id))
              .relationship(REL)
              .name("Campaign " + id)
              .kind(random.nextBoolean() ? CampaignKind.PUSH : CampaignKind.PULL)
              .start(date)
              .end(date)
              .cost(Money.of(100, "EUR"))
              .build());
    }
    assertEquals(
        PlanAttainment.of(Fixtures.plan(), portfolio, AS_OF, RATES),
        PlanAttainment.of(Fixtures.plan(), more.build(), AS_OF, RATES));
  }

  /** Dates before the period or after the as-of date: outside its elapsed part. */
  @Provide
  Arbitrary<List<LocalDate>> outside() {
    Arbitrary<LocalDate> before =
        Arbitraries.integers()
            .between(1, 800)
            .map(days -> LocalDate.of(2026, 1, 1).minusDays(days));
    Arbitrary<LocalDate> after =
        Arbitraries.integers().between(1, 800).map(days -> AS_OF.plusDays(days));
    return Arbitraries.oneOf(before, after).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<FundRequest>> requests() {
    Arbitrary<FundRequest> request =
        Combinators.combine(
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(1, 8_000),
                Arbitraries.of(FundStatus.class))
            .as(
                (day, amount, status) ->
                    Fixtures.request("r", "2026-01-01", amount, status)
                        .withDate(LocalDate.of(2026, 1, 1).plusDays(day)));
    return request.list().ofMaxSize(8).map(PlanningLawsTest::numberRequests);
  }

  @Provide
  Arbitrary<List<FundClaim>> claims() {
    Arbitrary<FundClaim> claim =
        Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(1, 5_000),
                Arbitraries.of(ClaimStatus.class))
            .as(
                (request, day, amount, status) ->
                    Fixtures.claim("k", "r" + request, "2026-01-01", amount, status)
                        .withDate(LocalDate.of(2026, 1, 1).plusDays(day)));
    return claim.list().ofMaxSize(12).map(PlanningLawsTest::numberClaims);
  }

  private static List<FundRequest> numberRequests(List<FundRequest> requests) {
    List<FundRequest> numbered = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      numbered.add(
          requests.get(i).withId(org.alliancekit.model.marketing.FundRequestId.of("r" + i)));
    }
    return numbered;
  }

  private static List<FundClaim> numberClaims(List<FundClaim> claims) {
    List<FundClaim> numbered = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      numbered.add(claims.get(i).withId(org.alliancekit.model.marketing.FundClaimId.of("k" + i)));
    }
    return numbered;
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
