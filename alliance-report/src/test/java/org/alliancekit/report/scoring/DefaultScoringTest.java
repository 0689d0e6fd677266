package org.alliancekit.report.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.UpliftStatus;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DefaultScoringTest {
  private static final double EPS = 1e-12;
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private static final String PARTNERS =
      """
      partner_id,name,kinds,country,employees,annual_revenue,currency
      host,Host Integration,SYSTEMS_INTEGRATOR,GB,500,90000000,GBP
      pa,Partner A,ISV,GB,,,
      pb,Partner B,PLATFORM_VENDOR,DE,,,
      pc,Partner C,OEM,US,,,
      pd,Partner D,ISV,GB,,,
      pe,Partner E,ISV,GB,,,
      pf,Partner F,DISTRIBUTOR,GB,,,
      pg,Partner G,RESELLER,GB,,,
      """;

  private static final String RELATIONSHIPS =
      """
      relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,alliance_revenue,currency
      r-a,host,pa,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2022-01-01,1000000,GBP
      r-b,host,pb,SELL_WITH,SYMMETRIC,CONTRACT,2021-01-01,500000,EUR
      r-c,host,pc,SELL_TO,ASYMMETRIC,CONTRACT,2020-01-01,2000000,USD
      r-d,host,pd,SELL_WITH,SYMMETRIC,INFORMAL,2024-01-01,300000,GBP
      r-e,host,pe,SELL_WITH,SYMMETRIC,INFORMAL,2024-01-01,100000,GBP
      r-f,host,pf,SELL_THROUGH,ASYMMETRIC,CONTRACT,2023-01-01,0,GBP
      r-g,host,pg,SELL_THROUGH,ASYMMETRIC,CONTRACT,2023-01-01,50000,GBP
      """;

  private static final String HEADER =
      "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating\n";

  private static final String ASSESSMENTS =
      HEADER
          // r-a: commercial (8, 6 on 0..10) = 0.7, technical 0.4, S21 unknown.
          + a("a-1", "r-a", "HOST", "SALES_SCORECARD", "0..10", "Co1", "8")
          + a("a-1", "r-a", "HOST", "SALES_SCORECARD", "0..10", "Co5", "6")
          + a("a-1", "r-a", "HOST", "SALES_SCORECARD", "0..10", "T14", "4")
          + a("a-1", "r-a", "HOST", "SALES_SCORECARD", "0..10", "S21", "")
          // r-b: a host view on 1..5 and a partner view on 0..10.
          + a("b-host", "r-b", "HOST", "SALES_SCORECARD", "1..5", "Co1", "5")
          + a("b-host", "r-b", "HOST", "SALES_SCORECARD", "1..5", "T14", "3")
          + a("b-partner", "r-b", "PARTNER", "SALES_SCORECARD", "0..10", "Co1", "6")
          + a("b-partner", "r-b", "PARTNER", "SALES_SCORECARD", "0..10", "T14", "")
          + a("b-partner", "r-b", "PARTNER", "SALES_SCORECARD", "0..10", "O39", "10")
          // r-c: one best practice at mid-scale.
          + a("c-1", "r-c", "HOST", "BEST_PRACTICES", "0..10", "Co2", "5")
          // r-e: nothing known.
          + a("e-1", "r-e", "HOST", "SALES_SCORECARD", "0..10", "Co1", "")
          // r-f: one scorecard and one best-practice assessment.
          + a("f-1", "r-f", "HOST", "SALES_SCORECARD", "0..10", "Co1", "10")
          + a("f-2", "r-f", "PARTNER", "BEST_PRACTICES", "0..10", "Co2", "0")
          // r-g: the lowest rating there is.
          + a("g-1", "r-g", "HOST", "SALES_SCORECARD", "0..10", "Co1", "0");

  private static final String RATES = "from,to,rate\nEUR,GBP,0.85\n";

  private static String a(
      String id,
      String relationship,
      String side,
      String catalog,
      String scale,
      String code,
      String rating) {
    return String.join(
            ",",
            id,
            relationship,
            side,
            "Dana Reyes (Alliance manager)",
            "2026-03-31",
            catalog,
            scale,
            code,
            rating)
        + "\n";
  }

  private static PortfolioData portfolio() {
    Map<String, String> files =
        Map.of(
            "partners.csv", PARTNERS,
            "relationships.csv", RELATIONSHIPS,
            "assessments.csv", ASSESSMENTS,
            "opportunities.csv",
                "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,"
                    + "close_date,owner_id,origin\n",
            "involvements.csv", "opportunity_id,partner_id,role,since_date\n",
            "rates.csv", RATES);
    PortfolioData data =
        PortfolioReader.standard()
            .read(
                name ->
                    Optional.ofNullable(files.get(name))
                        .map(text -> (Reader) new StringReader(text)));
    assertEquals(List.of(), data.problems(), "the test portfolio reads cleanly");
    return data;
  }

  private static RelationshipId id(String value) {
    return RelationshipId.of(value);
  }

  @Test
  void areaIsMeanOfRatedFactorsAndOverallIsMeanOfScoredAreas() {
    ScoreRow row = DefaultScoring.standard().evaluate(portfolio()).score(id("r-a")).orElseThrow();
    // Commercial (0.8 + 0.6) / 2 = 0.7, technical 0.4, overall (0.7 + 0.4) / 2 = 0.55: not the
    // flat mean of the three factors, 0.6.
    assertEquals(0.7, row.area(FactorCategory.COMMERCIAL).getAsDouble(), EPS);
    assertEquals(0.4, row.area(FactorCategory.TECHNICAL).getAsDouble(), EPS);
    assertTrue(row.area(FactorCategory.STRATEGIC).isEmpty(), "S21 is unknown");
    assertTrue(row.area(FactorCategory.CULTURAL).isEmpty());
    assertEquals(0.55, row.overall(), EPS);
    // Three of the 25 scorecard factors are known.
    assertEquals(3.0 / 25, row.coverage(), EPS);
    assertEquals(1, row.assessments());
  }

  @Test
  void assessmentsOfOneRelationshipAreCombinedByMeanOfNormalisedRatings() {
    ScoreRow row = DefaultScoring.standard().evaluate(portfolio()).score(id("r-b")).orElseThrow();
    // Co1: host 5 on 1..5 = 1.0, partner 6 on 0..10 = 0.6, mean 0.8. T14: host 3 on 1..5 = 0.5,
    // partner unknown. O39: partner 10 = 1.0. Overall (0.8 + 0.5 + 1.0) / 3.
    assertEquals(0.8, row.area(FactorCategory.COMMERCIAL).getAsDouble(), EPS);
    assertEquals(0.5, row.area(FactorCategory.TECHNICAL).getAsDouble(), EPS);
    assertEquals(1.0, row.area(FactorCategory.OPERATIONAL).getAsDouble(), EPS);
    assertEquals(2.3 / 3, row.overall(), EPS);
    assertEquals(3.0 / 25, row.coverage(), EPS);
    assertEquals(2, row.assessments());
  }

  @Test
  void bothStandardCatalogsAreScoredOnTheBestPractices() {
    ScoreRow row = DefaultScoring.standard().evaluate(portfolio()).score(id("r-f")).orElseThrow();
    // Co1 = 1.0 from the scorecard, Co2 = 0.0 from the best practices: commercial 0.5.
    assertEquals(FactorCatalogs.BEST_PRACTICES_NAME, row.score().catalog());
    assertEquals(0.5, row.overall(), EPS);
    assertEquals(2.0 / 52, row.coverage(), EPS);
  }

  @Test
  void upliftClosesHalfTheGapInOwnCurrency() {
    PotentialRow row =
        DefaultScoring.standard().evaluate(portfolio()).potential(id("r-a")).orElseThrow();
    // Attainable 0.55 + 0.45 / 2 = 0.775; uplift 1,000,000 x (0.775 / 0.55 - 1) = 409,090.909...
    assertEquals(0.55, row.current(), EPS);
    assertEquals(0.775, row.attainable(), EPS);
    assertEquals(Money.of(new BigDecimal("409090.91"), GBP), row.uplift().orElseThrow());
    assertEquals(row.uplift(), row.convertedUplift(), "already in the report currency");
    assertEquals(GBP, row.currency());
    assertEquals(Money.of(1_000_000, GBP), row.revenue());
  }

  @Test
  void upliftInReportCurrencyIsComputedFromTheConvertedRevenue() {
    PotentialRow row =
        DefaultScoring.standard().evaluate(portfolio()).potential(id("r-b")).orElseThrow();
    // Current 2.3 / 3, attainable (2.3 / 3 + 1) / 2, growth (1 - 2.3 / 3) / 2 / (2.3 / 3) = 7 / 46.
    // EUR 500,000 x 7 / 46 = 76,086.956...; at 0.85, GBP 425,000 x 7 / 46 = 64,673.913...
    assertEquals(Money.of(new BigDecimal("76086.96"), EUR), row.uplift().orElseThrow());
    assertEquals(Money.of(new BigDecimal("64673.91"), GBP), row.convertedUplift().orElseThrow());
    assertTrue(row.isRankedIn(GBP));
  }

  @Test
  void ranksByConvertedUpliftThenUndefinedThenOtherCurrencies() {
    ScoredPortfolio scored = DefaultScoring.standard().evaluate(portfolio());
    assertEquals(Optional.of(GBP), scored.reportCurrency());
    assertEquals(
        List.of("r-a", "r-b", "r-f", "r-g", "r-c"),
        scored.potentials().stream().map(row -> row.relationship().value()).toList());
    assertEquals(OptionalInt.of(1), scored.potential(id("r-a")).orElseThrow().rank());
    assertEquals(OptionalInt.of(2), scored.potential(id("r-b")).orElseThrow().rank());
    // Zero revenue: uplift zero, ranked last among the defined ones.
    PotentialRow zero = scored.potential(id("r-f")).orElseThrow();
    assertEquals(OptionalInt.of(3), zero.rank());
    assertTrue(zero.uplift().orElseThrow().isZero());
    // Score zero with revenue: uplift undefined, no rank.
    PotentialRow undefined = scored.potential(id("r-g")).orElseThrow();
    assertEquals(UpliftStatus.UNDEFINED_ZERO_SCORE, undefined.status());
    assertEquals(OptionalInt.empty(), undefined.rank());
    assertEquals(Optional.empty(), undefined.convertedUplift());
  }

  @Test
  void currencyWithoutRateIsRankedWithinItselfAndReported() {
    ScoredPortfolio scored = DefaultScoring.standard().evaluate(portfolio());
    PotentialRow row = scored.potential(id("r-c")).orElseThrow();
    // 0.5 -> 0.75: the revenue grows by half.
    assertEquals(Money.of(1_000_000, USD), row.uplift().orElseThrow());
    assertEquals(Optional.empty(), row.convertedUplift());
    assertEquals(USD, row.rankCurrency());
    assertFalse(row.isRankedIn(GBP));
    assertEquals(OptionalInt.of(1), row.rank());
    assertTrue(
        scored
            .problems()
            .contains(
                Problem.inFile(
                    "rates.csv",
                    ProblemKind.CURRENCY_MISMATCH,
                    "no rate converts USD into the report currency GBP; relationships in USD are"
                        + " ranked among themselves in USD: r-c")),
        scored.problems().toString());
  }

  @Test
  void unassessedRelationshipsAreUnscoredAndUnknownOnlyAssessmentsAreReported() {
    ScoredPortfolio scored = DefaultScoring.standard().evaluate(portfolio());
    assertEquals(List.of(id("r-d")), scored.unscored());
    assertTrue(scored.score(id("r-e")).isEmpty());
    assertTrue(scored.potential(id("r-e")).isEmpty());
    assertEquals(
        List.of("r-a", "r-b", "r-c", "r-f", "r-g"),
        scored.scores().stream().map(row -> row.relationship().value()).toList());
    assertEquals(2, scored.problems().size(), scored.problems().toString());
    Problem unscorable = scored.problems().get(0);
    assertEquals("assessments.csv", unscorable.file());
    assertTrue(
        unscorable.message().startsWith("relationship r-e cannot be scored: "),
        unscorable.message());
  }

  @Test
  void otherReportCurrencyUsesTheInverseRate() {
    ScoredPortfolio scored = DefaultScoring.standard().evaluate(portfolio(), EUR);
    // GBP 1,000,000 / 0.85 = EUR 1,176,470.588...; x 0.225 / 0.55 = EUR 481,283.422...
    assertEquals(
        Money.of(new BigDecimal("481283.42"), EUR),
        scored.potential(id("r-a")).orElseThrow().convertedUplift().orElseThrow());
    assertEquals(
        Money.of(new BigDecimal("76086.96"), EUR),
        scored.potential(id("r-b")).orElseThrow().convertedUplift().orElseThrow());
    assertEquals(OptionalInt.of(1), scored.potential(id("r-a")).orElseThrow().rank());
  }

  @Test
  void reportCurrencyIsTheHostsCurrency() {
    PortfolioData data = portfolio();
    assertEquals(Optional.of(GBP), DefaultScoring.reportCurrency(data));
    assertEquals(Optional.empty(), DefaultScoring.reportCurrency(PortfolioData.builder().build()));
    ScoredPortfolio empty = DefaultScoring.standard().evaluate(PortfolioData.builder().build());
    assertEquals(Optional.empty(), empty.reportCurrency());
    assertTrue(empty.potentials().isEmpty());
  }

  @Test
  void assessmentsOnAnotherCatalogAreLeftOutAndReported() {
    FactorCatalog custom =
        FactorCatalog.of("CUSTOM", FactorCatalogs.bestPractices().factors().subList(0, 3));
    Assessment standard = assessment("x-1", FactorCatalogs.bestPractices(), "Co1", 10);
    Assessment other = assessment("x-2", custom, "Co1", 0);
    PortfolioData data =
        portfolio().withAssessments(List.of(standard, other)).withRelationships(List.of());
    ScoredPortfolio scored = DefaultScoring.standard().evaluate(data);
    assertEquals(1.0, scored.score(id("r-x")).orElseThrow().overall(), EPS);
    assertEquals(1, scored.problems().size());
    assertEquals(ProblemKind.INCONSISTENT, scored.problems().get(0).kind());
    assertEquals(
        "assessment x-2 of relationship r-x uses catalog CUSTOM, which cannot be combined with"
            + " catalog BEST_PRACTICES of assessment x-1, so it is left out of the score",
        scored.problems().get(0).message());
  }

  @Test
  void scoresAssessmentsOfOneRelationship() {
    Score score =
        DefaultScoring.standard()
            .score(
                List.of(
                    assessment("x-1", FactorCatalogs.allianceSalesScorecard(), "Co1", 8),
                    assessment("x-2", FactorCatalogs.bestPractices(), "T11", 2)));
    // Co1 0.8 and T11 0.2 on the best practices: (0.8 + 0.2) / 2.
    assertEquals(0.5, score.overall(), EPS);
    assertThrows(IllegalArgumentException.class, () -> DefaultScoring.standard().score(List.of()));
  }

  @Test
  void customRuleAndModelAreUsed() {
    DefaultScoring scoring =
        DefaultScoring.of(ScoringRules.weightedAverage(), ImprovementModel.target(0.9));
    ScoreRow row = scoring.evaluate(portfolio()).score(id("r-a")).orElseThrow();
    // Flat mean of 0.8, 0.6, 0.4.
    assertEquals(0.6, row.overall(), EPS);
    assertEquals(
        0.9, scoring.evaluate(portfolio()).potential(id("r-a")).orElseThrow().attainable(), EPS);
  }

  private static Assessment assessment(
      String id, FactorCatalog catalog, String code, double value) {
    return Assessment.builder()
        .id(AssessmentId.of(id))
        .relationship(RelationshipId.of("r-x"))
        .catalog(catalog)
        .scale(RatingScale.zeroToTen())
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(Side.HOST)
        .date(LocalDate.of(2026, 3, 31))
        .addRatings(Rating.of(code, value))
        .build();
  }
}
