package org.alliancekit.attribution.credit;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.money.Monetary;
import org.alliancekit.attribution.Fixtures;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.pipeline.OpportunityId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DealCreditTest {
  private static final OpportunityId O = OpportunityId.of("o-1");

  @Test
  void rejectsSourcedDealWithoutSource() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DealCredit(
                    O,
                    CreditMotion.PARTNER_SOURCED,
                    Optional.empty(),
                    ImmutableSet.of(),
                    eur("1"),
                    false));
    assertEquals(
        "deal o-1 is PARTNER_SOURCED, so it must have a source, has Optional.empty",
        e.getMessage());
  }

  @Test
  void rejectsDirectDealWithInfluencers() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DealCredit(
                    O,
                    CreditMotion.DIRECT,
                    Optional.empty(),
                    ImmutableSet.of(p("a")),
                    eur("1"),
                    false));
    assertEquals("direct deal o-1 cannot have influencers [a]", e.getMessage());
  }

  @Test
  void rejectsSourceThatAlsoInfluences() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DealCredit(
                    O,
                    CreditMotion.PARTNER_SOURCED,
                    Optional.of(p("a")),
                    ImmutableSet.of(p("a")),
                    eur("1"),
                    false));
    assertEquals("source a of deal o-1 cannot also be an influencer", e.getMessage());
  }

  @Test
  void creditTotalsRejectMoreWonThanAll() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new CreditTotals(1, eur("1"), 2, eur("1")));
    assertEquals(
        "won deals 2 and deals 1 must be zero or more, with no more won than in all",
        e.getMessage());
    IllegalArgumentException m =
        assertThrows(
            IllegalArgumentException.class, () -> new CreditTotals(2, eur("1"), 1, eur("2")));
    assertEquals("won amount EUR 2 must be between zero and the amount EUR 1", m.getMessage());
    IllegalArgumentException c =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CreditTotals(2, eur("1"), 1, Money.of(1, "USD")));
    assertEquals("amount EUR 1 and won amount USD 1 must be in one currency", c.getMessage());
  }

  @Test
  void partnerCreditRejectsTwoCurrencies() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PartnerCredit(
                    p("a"),
                    CreditTotals.zero(Monetary.getCurrency("EUR")),
                    CreditTotals.zero(Monetary.getCurrency("USD"))));
    assertEquals(
        "sourced and influenced totals of partner a must be in one currency", e.getMessage());
  }

  @Test
  void creditReportNeedsEveryMotion() {
    var eur = Monetary.getCurrency("EUR");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new CreditReport(
                    BatchResult.of(List.of(), List.of()),
                    eur,
                    CreditTotals.zero(eur),
                    ImmutableMap.of(CreditMotion.DIRECT, CreditTotals.zero(eur)),
                    ImmutableMap.of()));
    assertEquals("report must give totals for every motion, gives [DIRECT]", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    DealCredit direct =
        new DealCredit(
            O, CreditMotion.DIRECT, Optional.empty(), ImmutableSet.of(), eur("1"), false);
    new EqualsTester()
        .addEqualityGroup(
            direct,
            new DealCredit(
                O, CreditMotion.DIRECT, Optional.empty(), ImmutableSet.of(), eur("1"), false))
        .addEqualityGroup(
            new DealCredit(
                O, CreditMotion.DIRECT, Optional.empty(), ImmutableSet.of(), eur("1"), true))
        .addEqualityGroup(
            new DealCredit(
                O,
                CreditMotion.PARTNER_INFLUENCED,
                Optional.empty(),
                ImmutableSet.of(),
                eur("1"),
                false))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            CreditTotals.zero(Monetary.getCurrency("EUR")),
            new CreditTotals(0, eur("0"), 0, eur("0")))
        .addEqualityGroup(new CreditTotals(1, eur("1"), 0, eur("0")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicConstructors(DealCredit.class);
    tester.testAllPublicConstructors(CreditTotals.class);
    tester.testAllPublicStaticMethods(CreditTotals.class);
    tester.testAllPublicConstructors(PartnerCredit.class);
    CreditReport report =
        CreditClassifier.standard()
            .report(List.<DealFacts>of(), Function.identity(), Monetary.getCurrency("EUR"));
    tester.testAllPublicInstanceMethods(report);
  }
}
