package org.alliancekit.programme;

import static org.alliancekit.programme.Fixtures.ACME;
import static org.alliancekit.programme.Fixtures.ANY;
import static org.alliancekit.programme.Fixtures.BETA;
import static org.alliancekit.programme.Fixtures.GAMMA;
import static org.alliancekit.programme.Fixtures.HOST;
import static org.alliancekit.programme.Fixtures.RATES;
import static org.alliancekit.programme.Fixtures.WON;
import static org.alliancekit.programme.Fixtures.deal;
import static org.alliancekit.programme.Fixtures.sourced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.IncentiveKind;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PayoutsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");

  private static final Incentive GROWTH =
      Incentive.builder()
          .programme("Growth")
          .kind(IncentiveKind.REBATE)
          .tier("Gold")
          .ratePercent(new BigDecimal("2.5"))
          .threshold(Money.of(100_000, "GBP"))
          .build();
  private static final Incentive REFERRAL =
      Incentive.builder()
          .programme("Referral")
          .kind(IncentiveKind.REFERRAL_FEE)
          .ratePercent(BigDecimal.TEN)
          .build();

  private static AlliancePortfolio portfolio(List<Opportunity> deals) {
    return AlliancePortfolio.builder()
        .host(HOST)
        .addPartners(
            Fixtures.host(),
            Fixtures.partner(ACME, PartnerKind.ISV).build(),
            Fixtures.partner(BETA, PartnerKind.ISV).build(),
            Fixtures.partner(GAMMA, PartnerKind.ISV).build())
        .addTiers(
            ProgrammeTier.builder()
                .name("Silver")
                .rank(1)
                .minWonRevenue(Money.of(0, "GBP"))
                .build(),
            ProgrammeTier.builder().name("Gold").rank(2).minWonRevenue(Money.of(0, "GBP")).build())
        .addPartnerTiers(PartnerTier.of(ACME, "Gold"), PartnerTier.of(BETA, "Silver"))
        .addIncentives(GROWTH, REFERRAL)
        .addAllOpportunities(deals)
        .build();
  }

  private static List<Opportunity> rebateDeals() {
    return List.of(
        // 2026-Q1: GBP 60,000 + 40,000, the second on the quarter's last day: exactly the
        // threshold.
        deal("r1", ANY, "60000", "GBP", WON, LocalDate.of(2026, 1, 10), ACME),
        deal("r2", ANY, "40000", "GBP", WON, LocalDate.of(2026, 3, 31), ACME),
        // 2026-Q2 from its first day: GBP 99,999.99, a penny short.
        deal("r3", ANY, "99999.99", "GBP", WON, LocalDate.of(2026, 4, 1), ACME),
        // 2025-Q4: EUR 123,456.78 at 0.85 = GBP 104,938.263, over the threshold.
        deal("r4", ANY, "123456.78", "EUR", WON, LocalDate.of(2025, 12, 31), ACME),
        // Beta is Silver: the Gold rebate is not for it.
        deal("r5", ANY, "500000", "GBP", WON, LocalDate.of(2026, 2, 1), BETA),
        // Won after the day: not yet paid.
        deal("r6", ANY, "500000", "GBP", WON, LocalDate.of(2026, 7, 1), ACME));
  }

  private static Payout line(
      PartnerId partner,
      Incentive incentive,
      String quarter,
      String basis,
      String amount,
      String currency) {
    return new Payout(
        partner,
        incentive.programme(),
        incentive.kind(),
        RevenuePeriod.parse(quarter),
        Monetary.getCurrency(currency),
        Money.of(new BigDecimal(basis), currency),
        incentive.ratePercent(),
        Money.of(new BigDecimal(amount), currency));
  }

  @Test
  void aRebateIsPaidPerCalendarQuarterFromExactlyTheThreshold() {
    assertEquals(
        List.of(
            line(ACME, GROWTH, "2025-Q4", "104938.263", "2623.46", "GBP"),
            line(ACME, GROWTH, "2026-Q1", "100000", "2500.00", "GBP")),
        Payouts.rebates(portfolio(rebateDeals()), GROWTH, AS_OF, RATES));
  }

  @Test
  void aRebateNeedsARateToItsThresholdCurrency() {
    assertEquals(
        "opportunity r4 is in EUR, and no exchange rate converts it into GBP",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Payouts.rebates(portfolio(rebateDeals()), GROWTH, AS_OF, ExchangeRates.empty()))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Payouts.rebates(portfolio(List.of()), REFERRAL, AS_OF, RATES));
  }

  @Test
  void aReferralFeeIsRoundedOncePerLineEvenWithoutAMinorUnit() {
    List<Opportunity> deals =
        List.of(
            // 2026-Q1 in JPY: 10% of 1,000,005 is 100,000.5 and of 5 is 0.5; rounded per deal they
            // would make 100,000 + 0 (half to even), the line's basis 1,000,010 makes 100,001.
            sourced("j1", "1000005", "JPY", LocalDate.of(2026, 1, 5), BETA),
            sourced("j2", "5", "JPY", LocalDate.of(2026, 3, 31), BETA),
            // 2026-Q2 in GBP, two originators: GBP 100.01 split 50.01 and 50.00.
            sourced("g1", "100.01", "GBP", LocalDate.of(2026, 4, 1), ACME, GAMMA),
            // Influenced, not sourced: no fee.
            deal("i1", ANY, "1000", "GBP", WON, LocalDate.of(2026, 2, 1), ACME));
    List<Payout> lines = Payouts.referralFees(portfolio(deals), REFERRAL, AS_OF);
    assertEquals(
        List.of(
            line(ACME, REFERRAL, "2026-Q2", "50.01", "5.00", "GBP"),
            line(BETA, REFERRAL, "2026-Q1", "1000010", "100001", "JPY"),
            line(GAMMA, REFERRAL, "2026-Q2", "50.00", "5.00", "GBP")),
        lines);
    assertEquals(
        Map.of(GBP, Money.of(10, "GBP"), JPY, Money.of(100_001, "JPY")), Payouts.totals(lines));
  }

  @Test
  void allRunsEveryIncentive() {
    List<Opportunity> deals = new ArrayList<>(rebateDeals());
    deals.add(sourced("s1", "1000", "GBP", LocalDate.of(2026, 5, 1), ACME));
    List<Payout> all = Payouts.all(portfolio(deals), AS_OF, RATES);
    assertEquals(
        List.of(
            line(ACME, GROWTH, "2025-Q4", "104938.263", "2623.46", "GBP"),
            line(ACME, GROWTH, "2026-Q1", "100000", "2500.00", "GBP"),
            // The sourced deal lifts 2026-Q2 to GBP 100,999.99: 2.5% is 2,524.99975.
            line(ACME, GROWTH, "2026-Q2", "100999.99", "2525.00", "GBP"),
            line(ACME, REFERRAL, "2026-Q2", "1000", "100.00", "GBP")),
        all);
  }

  @Test
  void aLineMustBeItsBasisTimesItsRate() {
    assertEquals(
        "payout of Referral to acme is GBP 5.01, but 10 percent of GBP 50.01 is 5.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> line(ACME, REFERRAL, "2026-Q2", "50.01", "5.01", "GBP"))
            .getMessage());
  }

  @Property(tries = 100)
  void payoutsAddUpToTheirLinesAndIgnoreTheOrderOfTheDeals(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 9_999_999) Integer> cents,
      @ForAll long seed) {
    List<Opportunity> deals = new ArrayList<>();
    PartnerId[] partners = {ACME, BETA, GAMMA};
    for (int i = 0; i < cents.size(); i++) {
      String amount = BigDecimal.valueOf(cents.get(i), 2).toPlainString();
      LocalDate close = LocalDate.of(2025, 7, 1).plusDays(29L * i);
      deals.add(
          i % 2 == 0
              ? sourced("p" + i, amount, i % 3 == 0 ? "EUR" : "GBP", close, partners[i % 3])
              : deal("p" + i, ANY, amount, "GBP", WON, close, partners[i % 3]));
    }
    List<Payout> lines = Payouts.all(portfolio(deals), AS_OF, RATES);
    Map<CurrencyUnit, BigDecimal> sums = new java.util.HashMap<>();
    for (Payout payout : lines) {
      sums.merge(
          payout.currency(),
          payout.amount().getNumber().numberValue(BigDecimal.class),
          BigDecimal::add);
    }
    Map<CurrencyUnit, MonetaryAmount> totals = Payouts.totals(lines);
    assertEquals(sums.keySet(), totals.keySet());
    sums.forEach(
        (currency, sum) ->
            assertEquals(
                0, sum.compareTo(totals.get(currency).getNumber().numberValue(BigDecimal.class))));
    List<Opportunity> shuffled = new ArrayList<>(deals);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(lines, Payouts.all(portfolio(shuffled), AS_OF, RATES));
  }
}
