package org.alliancekit.scoring.potential;

import static org.alliancekit.scoring.potential.Fixtures.GBP;
import static org.alliancekit.scoring.potential.Fixtures.eur;
import static org.alliancekit.scoring.potential.Fixtures.gbp;
import static org.alliancekit.scoring.potential.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionContext;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PotentialTriageTest {
  private static final PotentialTriage HALF_THE_GAP =
      PotentialTriage.of(ImprovementModel.closeGap(0.5));

  /** Converts euros to pounds at 0.85 and refuses anything else. */
  private static final Function<MonetaryAmount, MonetaryAmount> EUR_TO_GBP =
      amount -> {
        if (!amount.getCurrency().getCurrencyCode().equals("EUR")) {
          throw new IllegalArgumentException("no rate for " + amount.getCurrency());
        }
        return Money.of(
            amount.getNumber().numberValue(BigDecimal.class).multiply(new BigDecimal("0.85")), GBP);
      };

  /** Asserts that a number equals the expected decimal in value (Money drops trailing zeros). */
  static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " != " + actual);
  }

  private static BigDecimal upliftOf(RelationshipPotential potential) {
    return potential.uplift().orElseThrow().getNumber().numberValue(BigDecimal.class);
  }

  private static List<RelationshipId> ids(List<RelationshipPotential> potentials) {
    return potentials.stream().map(RelationshipPotential::relationship).toList();
  }

  @Test
  void potentialRanksLowScoreSmallAccountAboveHighScoreLargeAccount() {
    // The report's example: GBP 1M at 30% that can reach 60% (uplift 1,000,000.00) against GBP 5M
    // at 70% that can reach 80% (uplift 714,285.71). Each has its own target, so rank() is used.
    RelationshipPotential small =
        RelationshipPotential.of(id("small"), SalesPotential.of(gbp("1000000"), 0.30, 0.60));
    RelationshipPotential large =
        RelationshipPotential.of(id("large"), SalesPotential.of(gbp("5000000"), 0.70, 0.80));
    PotentialRanking ranking = HALF_THE_GAP.rank(List.of(large, small));
    assertEquals(List.of(small, large), ranking.ranked());
    assertAmount("1000000.00", upliftOf(ranking.ranked().get(0)));
    assertAmount("714285.71", upliftOf(ranking.ranked().get(1)));
  }

  @Test
  void triageUnderOneModelStillRanksTheSmallWeakRelationshipFirst() {
    // closeGap(0.5): 0.30 -> 0.65 gives 1,000,000 x 0.35 / 0.30 = 1,166,666.67;
    // 0.70 -> 0.85 gives 5,000,000 x 0.15 / 0.70 = 1,071,428.57.
    PotentialRanking ranking =
        HALF_THE_GAP.triage(
            List.of(
                PortfolioEntry.of(id("large"), gbp("5000000"), 0.70),
                PortfolioEntry.of(id("small"), gbp("1000000"), 0.30)));
    assertEquals(List.of(id("small"), id("large")), ids(ranking.ranked()));
    assertAmount("1166666.67", upliftOf(ranking.ranked().get(0)));
    assertAmount("1071428.57", upliftOf(ranking.ranked().get(1)));
  }

  @Test
  void equalUpliftsAreOrderedByRelationshipId() {
    PotentialRanking ranking =
        HALF_THE_GAP.triage(
            List.of(
                PortfolioEntry.of(id("c"), gbp("100"), 1.0),
                PortfolioEntry.of(id("a"), gbp("300"), 1.0),
                PortfolioEntry.of(id("b"), gbp("200"), 1.0)));
    assertEquals(List.of(id("a"), id("b"), id("c")), ids(ranking.ranked()));
  }

  @Test
  void zeroScoresWithRevenueFollowTheRankedWithTheirReason() {
    PotentialRanking ranking =
        HALF_THE_GAP.triage(
            List.of(
                PortfolioEntry.of(id("z-new"), gbp("900000"), 0.0),
                PortfolioEntry.of(id("small"), gbp("1000"), 0.5),
                PortfolioEntry.of(id("a-new"), gbp("5"), 0.0),
                PortfolioEntry.of(id("empty"), gbp("0"), 0.0)));
    // "empty" has no revenue, so its uplift is zero and it is ranked; 1000 x 0.25 / 0.5 = 500.
    assertEquals(List.of(id("small"), id("empty")), ids(ranking.ranked()));
    assertEquals(List.of(id("a-new"), id("z-new")), ids(ranking.undefined()));
    for (RelationshipPotential undefined : ranking.undefined()) {
      assertEquals(UpliftStatus.UNDEFINED_ZERO_SCORE, undefined.status());
    }
    assertEquals(4, ranking.all().size());
  }

  @Test
  void rejectsMixedCurrenciesWithoutConversionNamingBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HALF_THE_GAP.triage(
                    List.of(
                        PortfolioEntry.of(id("uk"), gbp("100"), 0.5),
                        PortfolioEntry.of(id("de"), eur("100"), 0.5))));
    assertEquals(
        "revenues in EUR (relationship de) and GBP (relationship uk) cannot be ranked together"
            + " without a conversion to one report currency",
        e.getMessage());
  }

  @Test
  void rejectsRelationshipListedTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HALF_THE_GAP.triage(
                    List.of(
                        PortfolioEntry.of(id("uk"), gbp("100"), 0.5),
                        PortfolioEntry.of(id("uk"), gbp("200"), 0.4))));
    assertEquals("relationship uk appears more than once in the portfolio", e.getMessage());
  }

  @Test
  void topListsTheLargestUpliftsThenTheUndefinedByIdWithoutRankingTheRest() {
    // closeGap(0.5): small 1,000,000 x 0.35 / 0.30 = 1,166,666.67, large 5,000,000 x 0.15 / 0.70 =
    // 1,071,428.57, tiny 1000 x 0.25 / 0.5 = 500; "a-new" and "z-new" have a zero score.
    List<PortfolioEntry> portfolio =
        List.of(
            PortfolioEntry.of(id("z-new"), gbp("900000"), 0.0),
            PortfolioEntry.of(id("tiny"), gbp("1000"), 0.5),
            PortfolioEntry.of(id("large"), gbp("5000000"), 0.70),
            PortfolioEntry.of(id("a-new"), gbp("5"), 0.0),
            PortfolioEntry.of(id("small"), gbp("1000000"), 0.30));
    assertEquals(List.of(), ids(HALF_THE_GAP.top(portfolio, 0)));
    assertEquals(List.of(id("small")), ids(HALF_THE_GAP.top(portfolio, 1)));
    assertAmount("1166666.67", upliftOf(HALF_THE_GAP.top(portfolio, 1).get(0)));
    assertEquals(
        List.of(id("small"), id("large"), id("tiny")), ids(HALF_THE_GAP.top(portfolio, 3)));
    assertEquals(
        List.of(id("small"), id("large"), id("tiny"), id("a-new")),
        ids(HALF_THE_GAP.top(portfolio, 4)));
    assertEquals(
        List.of(id("small"), id("large"), id("tiny"), id("a-new"), id("z-new")),
        ids(HALF_THE_GAP.top(portfolio, 100)));
  }

  @Test
  void topRefusesWhatTriageRefusesWithTheSameMessage() {
    List<PortfolioEntry> twice =
        List.of(
            PortfolioEntry.of(id("zz"), gbp("1"), 0.5),
            PortfolioEntry.of(id("zz"), gbp("2"), 0.5),
            PortfolioEntry.of(id("uk"), gbp("100"), 0.5),
            PortfolioEntry.of(id("uk"), gbp("200"), 0.4));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HALF_THE_GAP.top(twice, 1));
    assertEquals("relationship uk appears more than once in the portfolio", e.getMessage());
    List<PortfolioEntry> mixed =
        List.of(
            PortfolioEntry.of(id("uk"), gbp("100"), 0.5),
            PortfolioEntry.of(id("de"), eur("100"), 0.5));
    IllegalArgumentException currencies =
        assertThrows(IllegalArgumentException.class, () -> HALF_THE_GAP.top(mixed, 1));
    assertEquals(
        "revenues in EUR (relationship de) and GBP (relationship uk) cannot be ranked together"
            + " without a conversion to one report currency",
        currencies.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> HALF_THE_GAP.top(List.of(), -1));
    assertEquals("number of relationships -1 must not be negative", negative.getMessage());
  }

  @Test
  void topTellsApartRelationshipsWhoseIdsHashAlike() {
    // "Aa" and "BB" have the same String hash code; they are two relationships, not one twice
    assertEquals("Aa".hashCode(), "BB".hashCode());
    List<PortfolioEntry> portfolio =
        List.of(
            PortfolioEntry.of(id("Aa"), gbp("1000"), 0.5),
            PortfolioEntry.of(id("BB"), gbp("3000"), 0.5));
    assertEquals(List.of(id("BB"), id("Aa")), ids(HALF_THE_GAP.top(portfolio, 2)));
    List<PortfolioEntry> twice =
        List.of(
            PortfolioEntry.of(id("Aa"), gbp("1000"), 0.5),
            PortfolioEntry.of(id("BB"), gbp("3000"), 0.5),
            PortfolioEntry.of(id("Aa"), gbp("2000"), 0.4));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HALF_THE_GAP.top(twice, 1));
    assertEquals("relationship Aa appears more than once in the portfolio", e.getMessage());
  }

  @Property(tries = 300)
  void topIsTheFirstOfTheRanking(
      @ForAll("portfolios") List<PortfolioEntry> portfolio, @ForAll @IntRange(max = 14) int n) {
    List<RelationshipPotential> all = HALF_THE_GAP.triage(portfolio).all();
    assertEquals(all.subList(0, Math.min(n, all.size())), HALF_THE_GAP.top(portfolio, n));
  }

  @Property(tries = 200)
  void topOfALargePortfolioOfCloseUpliftsIsTheFirstOfTheRanking(
      @ForAll("largePortfolios") List<PortfolioEntry> portfolio,
      @ForAll @IntRange(max = 60) int n) {
    List<RelationshipPotential> all = HALF_THE_GAP.triage(portfolio).all();
    List<RelationshipPotential> first = all.subList(0, Math.min(n, all.size()));
    assertEquals(first, HALF_THE_GAP.top(portfolio, n));
    // the same through an iterable that is not a list
    assertEquals(first, HALF_THE_GAP.top(new LinkedHashSet<>(portfolio), n));
  }

  /**
   * Portfolios of up to 400 relationships whose revenues and scores are drawn from few values, so
   * that many uplifts are equal or a cent apart, with some zero scores and zero revenues.
   */
  @Provide
  Arbitrary<List<PortfolioEntry>> largePortfolios() {
    Arbitrary<Double> scores = Arbitraries.of(0.0, 0.1, 0.3, 0.30000000000000004, 0.5, 0.7, 1.0);
    Arbitrary<MonetaryAmount> revenues =
        Arbitraries.of(
            gbp("0"), gbp("0.01"), gbp("1000"), gbp("1000.01"), gbp("2999.99"), gbp("3000"));
    return Arbitraries.integers()
        .between(0, 400)
        .flatMap(
            size ->
                Combinators.combine(revenues.list().ofSize(size), scores.list().ofSize(size))
                    .as(
                        (amounts, values) -> {
                          List<PortfolioEntry> entries = new ArrayList<>();
                          for (int i = 0; i < size; i++) {
                            entries.add(
                                PortfolioEntry.of(id("r" + i), amounts.get(i), values.get(i)));
                          }
                          return entries;
                        }));
  }

  @Test
  void functionConversionBringsRevenuesIntoTheReportCurrencyBeforeTheUplift() {
    PotentialTriage triage = PotentialTriage.of(ImprovementModel.target(0.8), GBP, EUR_TO_GBP);
    PotentialRanking ranking =
        triage.triage(
            List.of(
                PortfolioEntry.of(id("de"), eur("1000000"), 0.4),
                PortfolioEntry.of(id("uk"), gbp("1000000"), 0.7)));
    // de: EUR 1,000,000 = GBP 850,000; 850,000 x 0.4 / 0.4 = 850,000.00.
    // uk: 1,000,000 x 0.1 / 0.7 = 142,857.14.
    assertEquals(List.of(id("de"), id("uk")), ids(ranking.ranked()));
    assertAmount("850000.00", upliftOf(ranking.ranked().get(0)));
    assertEquals(gbp("850000"), ranking.ranked().get(0).potential().revenue());
    assertAmount("142857.14", upliftOf(ranking.ranked().get(1)));
    assertEquals(Optional.of(GBP), triage.reportCurrency());
  }

  @Test
  void currencyConversionBringsRevenuesIntoItsCurrency() {
    PotentialTriage triage =
        PotentialTriage.of(ImprovementModel.target(0.8), new FixedConversion());
    PotentialRanking ranking =
        triage.triage(List.of(PortfolioEntry.of(id("de"), eur("1000000"), 0.4)));
    assertAmount("850000.00", upliftOf(ranking.ranked().get(0)));
    assertEquals(Optional.of(GBP), ranking.currency());
  }

  @Test
  void failedCurrencyConversionNamesTheAmountAndCurrency() {
    PotentialTriage triage =
        PotentialTriage.of(ImprovementModel.target(0.8), new FixedConversion());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> triage.potential(PortfolioEntry.of(id("us"), Money.of(10, "USD"), 0.4)));
    assertTrue(e.getMessage().startsWith("conversion of USD 10 to GBP failed: "), e.getMessage());
  }

  @Test
  void rejectsConversionIntoTheWrongCurrency() {
    PotentialTriage triage =
        PotentialTriage.of(ImprovementModel.target(0.8), GBP, amount -> Money.of(1, "USD"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> triage.triage(List.of(PortfolioEntry.of(id("de"), eur("100"), 0.4))));
    assertEquals("conversion of EUR 100 to GBP returned USD 1", e.getMessage());
  }

  @Test
  void rankRecomputesPotentialsInOtherCurrenciesFromTheirScores() {
    PotentialTriage triage = PotentialTriage.of(ImprovementModel.target(0.8), GBP, EUR_TO_GBP);
    RelationshipPotential euro =
        RelationshipPotential.of(id("de"), SalesPotential.of(eur("1000000"), 0.4, 0.6));
    PotentialRanking ranking = triage.rank(List.of(euro));
    // GBP 850,000 x 0.2 / 0.4 = 425,000.00: the scores stay, the model is not applied again.
    assertAmount("425000.00", upliftOf(ranking.ranked().get(0)));
  }

  @Test
  void batchReportsEveryBadRowAndKeepsTheGoodOnesInInputOrder() {
    List<RelationshipId> ids =
        Arrays.asList(
            id("ok-1"),
            id("neg"),
            id("high"),
            id("nan"),
            null,
            id("ok-1"),
            id("none"),
            id("de"),
            id("ok-2"));
    List<MonetaryAmount> revenues =
        Arrays.asList(
            gbp("1000"),
            gbp("-1"),
            gbp("1"),
            gbp("1"),
            gbp("1"),
            gbp("1"),
            null,
            eur("1"),
            gbp("0"));
    double[] scores = {0.5, 0.5, 1.5, Double.NaN, 0.5, 0.5, 0.5, 0.5, 0.0};
    BatchResult<RelationshipPotential> result = HALF_THE_GAP.potentials(ids, revenues, scores);

    assertEquals(9, result.rowCount());
    assertEquals(List.of(id("ok-1"), id("ok-2")), ids(result.results()));
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "neg",
                ProblemKind.INVALID_VALUE,
                "revenue GBP -1 of relationship neg must not be negative"),
            Problem.atRow(
                2,
                "high",
                ProblemKind.OUT_OF_RANGE,
                "score 1.5 of relationship high must be a number between 0 and 1"),
            Problem.atRow(
                3,
                "nan",
                ProblemKind.INVALID_VALUE,
                "score NaN of relationship nan must be a number between 0 and 1"),
            Problem.atRow(4, "", ProblemKind.MISSING_VALUE, "relationship id is missing"),
            Problem.atRow(
                5,
                "ok-1",
                ProblemKind.DUPLICATE,
                "relationship ok-1 appears more than once, first in row 0"),
            Problem.atRow(
                6, "none", ProblemKind.MISSING_VALUE, "revenue of relationship none is missing"),
            Problem.atRow(
                7,
                "de",
                ProblemKind.CURRENCY_MISMATCH,
                "revenue EUR 1 of relationship de is not in GBP, the currency of the portfolio's"
                    + " first good row, and no conversion was given")),
        result.problems());

    PotentialRanking ranking = HALF_THE_GAP.rank(result.results());
    // ok-1: 1000 x 0.25 / 0.5 = 500.00; ok-2 has no revenue and a zero score: uplift 0.
    assertEquals(List.of(id("ok-1"), id("ok-2")), ids(ranking.ranked()));
    assertAmount("500.00", upliftOf(ranking.ranked().get(0)));
  }

  @Test
  void batchWithConversionReportsRowsItCannotConvert() {
    PotentialTriage triage = PotentialTriage.of(ImprovementModel.target(0.8), GBP, EUR_TO_GBP);
    BatchResult<RelationshipPotential> result =
        triage.potentials(
            List.of(id("de"), id("us")),
            List.of(eur("100"), Money.of(100, "USD")),
            new double[] {0.4, 0.4});
    assertEquals(List.of(id("de")), ids(result.results()));
    assertEquals(
        List.of(Problem.atRow(1, "us", ProblemKind.CURRENCY_MISMATCH, "no rate for USD")),
        result.problems());
  }

  @Test
  void fixedRatesConvertAndKeepTheNativeUpliftBesideTheConvertedOne() {
    ExchangeRates rates =
        ExchangeRates.of(
            org.alliancekit.model.money.ExchangeRate.of(
                Monetary.getCurrency("USD"), GBP, new BigDecimal("0.79")));
    PotentialTriage triage = PotentialTriage.of(ImprovementModel.closeGap(0.5), GBP, rates);
    PotentialRanking ranking =
        triage.triage(
            List.of(
                PortfolioEntry.of(id("us"), Money.of(1_000_000, "USD"), 0.30),
                PortfolioEntry.of(id("uk"), gbp("1000000"), 0.70)));
    // us: 0.30 closes half its gap to 0.65. Native: USD 1,000,000 x (0.65 / 0.30 - 1) =
    // 1,166,666.67; converted: GBP 790,000 x 35 / 30 = 921,666.67, which ranks.
    // uk: 0.70 -> 0.85: GBP 1,000,000 x 15 / 70 = 214,285.71, in its own currency already.
    RelationshipPotential us = ranking.ranked().get(0);
    assertEquals(id("us"), us.relationship());
    assertAmount("921666.67", upliftOf(us));
    MonetaryAmount nativeUplift = us.nativeUplift().orElseThrow();
    assertEquals("USD", nativeUplift.getCurrency().getCurrencyCode());
    assertAmount("1166666.67", nativeUplift.getNumber().numberValue(BigDecimal.class));
    RelationshipPotential uk = ranking.ranked().get(1);
    assertTrue(uk.nativePotential().isEmpty());
    assertEquals(uk.uplift(), uk.nativeUplift());
  }

  @Test
  void fixedRatesWithoutARateReportTheRowAsACurrencyMismatch() {
    PotentialTriage triage =
        PotentialTriage.of(ImprovementModel.target(0.8), GBP, ExchangeRates.empty());
    BatchResult<RelationshipPotential> result =
        triage.potentials(
            List.of(id("uk"), id("us")),
            List.of(gbp("100"), Money.of(100, "USD")),
            new double[] {0.4, 0.4});
    assertEquals(List.of(id("uk")), ids(result.results()));
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "us",
                ProblemKind.CURRENCY_MISMATCH,
                "no exchange rate from USD to GBP for USD 100")),
        result.problems());
  }

  @Test
  void batchReportsAModelThatLeavesZeroToOne() {
    PotentialTriage triage = PotentialTriage.of(current -> current + 0.7);
    BatchResult<RelationshipPotential> result =
        triage.potentials(
            List.of(id("a"), id("b")), List.of(gbp("1"), gbp("1")), new double[] {0.2, 0.5});
    assertEquals(List.of(id("a")), ids(result.results()));
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "b",
                ProblemKind.INVALID_VALUE,
                "attainable score 1.2 must be a number between 0 and 1")),
        result.problems());
  }

  @Test
  void batchRejectsColumnsOfDifferentLengths() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HALF_THE_GAP.potentials(List.of(id("a")), List.of(), new double[1]));
    assertEquals(
        "relationships (1), revenues (0) and scores (1) must have the same length", e.getMessage());
  }

  @Property(tries = 200)
  void batchAgreesWithTheObjectPath(@ForAll("portfolios") List<PortfolioEntry> entries) {
    BatchResult<RelationshipPotential> batch =
        HALF_THE_GAP.potentials(
            entries.stream().map(PortfolioEntry::relationship).toList(),
            entries.stream().map(PortfolioEntry::revenue).toList(),
            entries.stream().mapToDouble(PortfolioEntry::score).toArray());
    assertTrue(batch.isClean());
    assertEquals(HALF_THE_GAP.triage(entries), HALF_THE_GAP.rank(batch.results()));
  }

  @Test
  void describesItself() {
    assertEquals("PotentialTriage{model=closeGap(0.5)}", HALF_THE_GAP.toString());
    assertEquals(
        "PotentialTriage{model=step(0.1), reportCurrency=GBP}",
        PotentialTriage.of(ImprovementModel.step(0.1), GBP, EUR_TO_GBP).toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester =
        Fixtures.nullPointerTester()
            .setDefault(CurrencyConversion.class, new FixedConversion())
            .setDefault(ExchangeRates.class, ExchangeRates.empty());
    tester.testAllPublicStaticMethods(PotentialTriage.class);
    tester.testAllPublicInstanceMethods(HALF_THE_GAP);
  }

  @Property(tries = 300)
  void triageOrderDoesNotDependOnInputOrder(
      @ForAll("portfolios") List<PortfolioEntry> portfolio, @ForAll long seed) {
    List<PortfolioEntry> shuffled = new ArrayList<>(portfolio);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(HALF_THE_GAP.triage(portfolio), HALF_THE_GAP.triage(shuffled));
  }

  @Property(tries = 300)
  void triageListsEveryRelationshipOnceAndRanksByUplift(
      @ForAll("portfolios") List<PortfolioEntry> portfolio) {
    PotentialRanking ranking = HALF_THE_GAP.triage(portfolio);
    assertEquals(portfolio.size(), ranking.all().size());
    for (int i = 1; i < ranking.ranked().size(); i++) {
      assertTrue(
          upliftOf(ranking.ranked().get(i - 1)).compareTo(upliftOf(ranking.ranked().get(i))) >= 0);
    }
  }

  @Provide
  static Arbitrary<List<PortfolioEntry>> portfolios() {
    Arbitrary<Double> scores =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(0, 1).ofScale(3), Arbitraries.of(0.0, 0.5, 1.0));
    Arbitrary<MonetaryAmount> revenues =
        Arbitraries.oneOf(
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("10000000"))
                .ofScale(2)
                .map(Fixtures::gbpAmount),
            Arbitraries.of(gbp("0"), gbp("1000")));
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(4)
        .set()
        .ofMaxSize(12)
        .flatMap(
            names ->
                Combinators.combine(
                        revenues.list().ofSize(names.size()), scores.list().ofSize(names.size()))
                    .as(
                        (amounts, values) -> {
                          List<PortfolioEntry> entries = new ArrayList<>();
                          int i = 0;
                          for (String name : names) {
                            entries.add(PortfolioEntry.of(id(name), amounts.get(i), values.get(i)));
                            i++;
                          }
                          return entries;
                        }));
  }

  /** A conversion into pounds at a fixed rate from euros, failing for any other currency. */
  private static final class FixedConversion implements CurrencyConversion {
    @Override
    public CurrencyUnit getCurrency() {
      return Monetary.getCurrency("GBP");
    }

    @Override
    public ConversionContext getContext() {
      return ConversionContext.of();
    }

    @Override
    public ExchangeRate getExchangeRate(MonetaryAmount sourceAmount) {
      throw new UnsupportedOperationException("not used by the triage");
    }

    @Override
    public ExchangeRateProvider getExchangeRateProvider() {
      throw new UnsupportedOperationException("not used by the triage");
    }

    @Override
    public MonetaryAmount apply(MonetaryAmount amount) {
      if (!amount.getCurrency().getCurrencyCode().equals("EUR")) {
        throw new CurrencyConversionException(
            amount.getCurrency(), getCurrency(), getContext(), "no rate");
      }
      return EUR_TO_GBP.apply(amount);
    }
  }
}
