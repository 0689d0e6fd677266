package org.alliancekit.attribution.credit;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.alliancekit.attribution.credit.DealFactsTest.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.attribution.Fixtures;
import org.alliancekit.attribution.Participant;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CreditClassifierTest {
  private static final CreditClassifier CLASSIFIER = CreditClassifier.standard();
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private static Participant as(String party, String role) {
    return Participant.of(p(party), role);
  }

  @Test
  void partnerSourcedDealIsCreditedToItsOriginatorAndOthersInfluence() {
    DealCredit credit =
        CLASSIFIER.classify(
            deal("o-1")
                .partnerSourced(true)
                .addParticipants(as("si", "ORIGINATOR"), as("isv", "TECHNOLOGY_PROVIDER"))
                .addParticipants(as("host", "CO_SELLER"))
                .build());
    assertEquals(CreditMotion.PARTNER_SOURCED, credit.motion());
    assertEquals(Optional.of(p("si")), credit.source());
    assertEquals(ImmutableSet.of(p("isv")), credit.influencers());
    assertEquals(eur("100"), credit.amount());
  }

  @Test
  void originatorComesBeforeReferrer() {
    DealCredit credit =
        CLASSIFIER.classify(
            deal("o-1")
                .partnerSourced(true)
                .addParticipants(as("ref", "REFERRER"), as("si", "ORIGINATOR"))
                .build());
    assertEquals(Optional.of(p("si")), credit.source());
    assertEquals(ImmutableSet.of(p("ref")), credit.influencers());
  }

  @Test
  void referrerSourcesWhenThereIsNoOriginator() {
    DealCredit credit =
        CLASSIFIER.classify(
            deal("o-1").partnerSourced(true).addParticipants(as("ref", "REFERRER")).build());
    assertEquals(Optional.of(p("ref")), credit.source());
  }

  @Test
  void customSourcingRoles() {
    CreditClassifier classifier = CreditClassifier.of(List.of("FINDER"));
    DealCredit credit =
        classifier.classify(
            deal("o-1")
                .partnerSourced(true)
                .addParticipants(as("si", "ORIGINATOR"), as("x", "FINDER"))
                .build());
    assertEquals(Optional.of(p("x")), credit.source());
    assertEquals(List.of("FINDER"), classifier.sourcingRoles());
  }

  @Test
  void originDecidesSourcingNotRoles() {
    // Origin direct, but a partner is recorded as originator: influenced, not sourced.
    DealCredit credit =
        CLASSIFIER.classify(deal("o-1").addParticipants(as("si", "ORIGINATOR")).build());
    assertEquals(CreditMotion.PARTNER_INFLUENCED, credit.motion());
    assertEquals(Optional.empty(), credit.source());
    assertEquals(ImmutableSet.of(p("si")), credit.influencers());
  }

  @Test
  void influencedByOriginEvenWithoutRecordedPartners() {
    DealCredit credit = CLASSIFIER.classify(deal("o-1").partnerInfluenced(true).build());
    assertEquals(CreditMotion.PARTNER_INFLUENCED, credit.motion());
    assertTrue(credit.influencers().isEmpty());
  }

  @Test
  void dealWorkedOnlyByItsOwnerIsDirect() {
    DealCredit credit =
        CLASSIFIER.classify(deal("o-1").addParticipants(as("host", "ORIGINATOR")).build());
    assertEquals(CreditMotion.DIRECT, credit.motion());
  }

  @Test
  void rejectsSourcedDealWithoutASourcingPartner() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CLASSIFIER.classify(
                    deal("o-1")
                        .partnerSourced(true)
                        .addParticipants(as("host", "ORIGINATOR"), as("si", "CO_SELLER"))
                        .build()));
    assertEquals(
        "partner-sourced deal o-1 has no partner other than the owner host in a sourcing role"
            + " [ORIGINATOR, REFERRER]",
        e.getMessage());
  }

  @Test
  void rejectsSourcedDealWithTwoOriginators() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CLASSIFIER.classify(
                    deal("o-1")
                        .partnerSourced(true)
                        .addParticipants(as("si", "ORIGINATOR"), as("isv", "ORIGINATOR"))
                        .build()));
    assertEquals(
        "partner-sourced deal o-1 has 2 partners in sourcing role ORIGINATOR: [isv, si]; sourced"
            + " credit goes to exactly one",
        e.getMessage());
  }

  @Test
  void rejectsBadSourcingRoles() {
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> CreditClassifier.of(List.of()));
    assertEquals("sourcing roles must name at least one role", empty.getMessage());
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> CreditClassifier.of(List.of("A", "A")));
    assertEquals("sourcing role A is listed more than once", twice.getMessage());
  }

  @Test
  void reportTotalsSourcedAndInfluencedCreditSeparately() {
    List<DealFacts> deals =
        List.of(
            // Sourced by si, won, 100; isv influences.
            deal("o-1")
                .amount(eur("100"))
                .won(true)
                .partnerSourced(true)
                .addParticipants(as("si", "ORIGINATOR"), as("isv", "INFLUENCER"))
                .build(),
            // Influenced by si and isv, won, 50.
            deal("o-2")
                .amount(eur("50"))
                .won(true)
                .addParticipants(as("si", "CO_SELLER"), as("isv", "RESELLER"))
                .build(),
            // Direct, lost, 30.
            deal("o-3").amount(eur("30")).build(),
            // Sourced by isv, open, 20.
            deal("o-4")
                .amount(eur("20"))
                .partnerSourced(true)
                .addParticipants(as("isv", "REFERRER"))
                .build());
    CreditReport report = CLASSIFIER.report(deals, Function.identity(), EUR);
    assertTrue(report.deals().isClean());
    assertEquals(4, report.deals().results().size());
    assertEquals(new CreditTotals(4, eur("200.00"), 2, eur("150.00")), report.portfolio());
    assertEquals(
        new CreditTotals(2, eur("120.00"), 1, eur("100.00")),
        report.motion(CreditMotion.PARTNER_SOURCED));
    assertEquals(
        new CreditTotals(1, eur("50.00"), 1, eur("50.00")),
        report.motion(CreditMotion.PARTNER_INFLUENCED));
    assertEquals(
        new CreditTotals(1, eur("30.00"), 0, eur("0.00")), report.motion(CreditMotion.DIRECT));
    PartnerCredit si = report.partner(p("si")).orElseThrow();
    assertEquals(new CreditTotals(1, eur("100"), 1, eur("100")), si.sourced());
    assertEquals(new CreditTotals(1, eur("50"), 1, eur("50")), si.influenced());
    PartnerCredit isv = report.partner(p("isv")).orElseThrow();
    assertEquals(new CreditTotals(1, eur("20"), 0, eur("0")), isv.sourced());
    assertEquals(new CreditTotals(2, eur("150"), 2, eur("150")), isv.influenced());
    assertEquals(Optional.empty(), report.partner(p("host")));
  }

  @Test
  void influencedTotalsMayExceedThePortfolio() {
    List<DealFacts> deals =
        List.of(
            deal("o-1")
                .amount(eur("100"))
                .won(true)
                .addParticipants(as("a", "INFLUENCER"), as("b", "INFLUENCER"), as("c", "DELIVERY"))
                .build());
    CreditReport report = CLASSIFIER.report(deals, Function.identity(), EUR);
    BigDecimal influenced =
        report.byPartner().values().stream()
            .map(c -> c.influenced().amount().getNumber().numberValue(BigDecimal.class))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, influenced.compareTo(new BigDecimal("300")));
    assertEquals(eur("100"), report.portfolio().amount());
  }

  @Test
  void reportKeepsEveryBadRowWithItsProblem() {
    List<Object> rows =
        Arrays.asList(
            deal("o-1").build(),
            null,
            "not a deal",
            deal("o-4").partnerSourced(true).build(),
            deal("o-5").amount(Money.of(10, "USD")).build(),
            deal("o-6")
                .partnerSourced(true)
                .addParticipants(as("a", "ORIGINATOR"), as("b", "ORIGINATOR"))
                .build(),
            deal("o-7").amount(eur("5")).build());
    Function<Object, DealFacts> facts =
        row -> {
          if (row instanceof DealFacts f) {
            return f;
          }
          throw new IllegalArgumentException("row " + row + " is not a deal");
        };
    CreditReport report = CLASSIFIER.report(rows, facts, EUR);
    assertEquals(7, report.deals().rowCount());
    assertEquals(2, report.deals().results().size());
    assertEquals(
        List.of(
            Problem.atRow(1, "", ProblemKind.MISSING_VALUE, "deal is missing"),
            Problem.atRow(2, "", ProblemKind.INVALID_VALUE, "row not a deal is not a deal"),
            Problem.atRow(
                3,
                "o-4",
                ProblemKind.MISSING_VALUE,
                "partner-sourced deal o-4 has no partner other than the owner host in a sourcing"
                    + " role [ORIGINATOR, REFERRER]"),
            Problem.atRow(
                4,
                "o-5",
                ProblemKind.CURRENCY_MISMATCH,
                "amount USD 10 of deal o-5 is in USD, not in the reporting currency EUR"),
            Problem.atRow(
                5,
                "o-6",
                ProblemKind.DUPLICATE,
                "partner-sourced deal o-6 has 2 partners in sourcing role ORIGINATOR: [a, b];"
                    + " sourced credit goes to exactly one")),
        report.deals().problems());
    assertEquals(eur("105.00"), report.portfolio().amount());
  }

  @Test
  void reportConvertsAmountsToTheReportingCurrency() {
    // USD at 0.9 EUR: 10.01 USD -> 9.009 EUR; with 100 EUR the total 109.009 rounds to 109.01.
    MonetaryOperator toEur =
        amount ->
            amount.getCurrency().getCurrencyCode().equals("USD")
                ? Money.of(
                    amount
                        .getNumber()
                        .numberValue(BigDecimal.class)
                        .multiply(new BigDecimal("0.9")),
                    "EUR")
                : amount;
    List<DealFacts> deals =
        List.of(
            deal("o-1").amount(eur("100")).build(),
            deal("o-2").amount(Money.of(new BigDecimal("10.01"), "USD")).build());
    CreditReport report = CLASSIFIER.report(deals, Function.identity(), EUR, toEur);
    assertTrue(report.deals().isClean());
    assertEquals(eur("109.01"), report.portfolio().amount());
    assertEquals(
        Money.of(new BigDecimal("10.01"), "USD"), report.deals().results().get(1).amount());
  }

  @Test
  void reportOfNothingIsZeroInTheReportingCurrency() {
    CreditReport report = CLASSIFIER.report(List.<DealFacts>of(), Function.identity(), EUR);
    assertEquals(CreditTotals.zero(EUR), report.portfolio());
    assertEquals(CreditTotals.zero(EUR), report.motion(CreditMotion.DIRECT));
    assertTrue(report.byPartner().isEmpty());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(CreditClassifier.class);
    tester.testAllPublicInstanceMethods(CLASSIFIER);
  }

  @Property
  void motionTotalsPartitionThePortfolioAndSourcedNeverExceedsIt(
      @ForAll("portfolios") List<DealFacts> deals, @ForAll long seed) {
    CreditReport report = CLASSIFIER.report(deals, Function.identity(), EUR);
    BigDecimal motions = BigDecimal.ZERO;
    long count = 0;
    for (CreditTotals totals : report.byMotion().values()) {
      motions = motions.add(number(totals.amount()));
      count += totals.deals();
    }
    assertEquals(0, motions.compareTo(number(report.portfolio().amount())));
    assertEquals(report.deals().results().size(), count);
    BigDecimal sourced =
        report.byPartner().values().stream()
            .map(c -> number(c.sourced().amount()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(
        0, sourced.compareTo(number(report.motion(CreditMotion.PARTNER_SOURCED).amount())));
    // Order independence of the totals.
    List<DealFacts> shuffled = new ArrayList<>(deals);
    Collections.shuffle(shuffled, new Random(seed));
    CreditReport again = CLASSIFIER.report(shuffled, Function.identity(), EUR);
    assertEquals(report.byMotion(), again.byMotion());
    assertEquals(report.byPartner(), again.byPartner());
    assertEquals(report.portfolio(), again.portfolio());
  }

  @Provide
  Arbitrary<List<DealFacts>> portfolios() {
    return new DealFactsTest().facts().list().ofMaxSize(20);
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }
}
