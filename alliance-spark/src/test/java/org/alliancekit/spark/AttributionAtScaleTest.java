package org.alliancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.attribution.credit.CreditClassifier;
import org.alliancekit.attribution.credit.CreditReport;
import org.alliancekit.attribution.credit.CreditTotals;
import org.alliancekit.attribution.credit.DealCredit;
import org.alliancekit.attribution.credit.OpportunityCredit;
import org.alliancekit.attribution.credit.PartnerCredit;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark attribution against the single-JVM library on 10,000 generated opportunities: every
 * classification, every role-weighted split and every partner total must be the same.
 */
class AttributionAtScaleTest {
  private static final int OPPORTUNITIES = 10_000;
  private static final SparkAttribution ATTRIBUTION = SparkAttribution.standard();

  private static SparkSession spark;
  private static Dataset<Row> opportunities;
  private static Dataset<Row> involvements;
  private static List<Opportunity> expected;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start("attribution-at-scale");
    opportunities =
        spark
            .range(OPPORTUNITIES)
            .map(
                (MapFunction<Long, Row>) GeneratedDeals::opportunityRow,
                Encoders.row(GeneratedDeals.OPPORTUNITIES))
            .persist();
    involvements =
        spark
            .range(OPPORTUNITIES)
            .flatMap(
                (FlatMapFunction<Long, Row>) i -> GeneratedDeals.involvementRows(i).iterator(),
                Encoders.row(GeneratedDeals.INVOLVEMENTS))
            .persist();
    expected = new ArrayList<>();
    for (long i = 0; i < OPPORTUNITIES; i++) {
      expected.add(GeneratedDeals.opportunity(i));
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void creditsEqualTheCreditClassifierOnEveryOpportunity() {
    // Each deal in its own currency: classification does not convert.
    List<DealCredit> expectedCredits = new ArrayList<>();
    Set<String> expectedProblems = new HashSet<>();
    for (Opportunity opportunity : expected) {
      CreditReport report =
          CreditClassifier.standard()
              .report(
                  List.of(opportunity),
                  OpportunityCredit::facts,
                  opportunity.amount().getCurrency());
      expectedCredits.addAll(report.deals().results());
      for (Problem problem : report.deals().problems()) {
        expectedProblems.add(problem.key() + " " + problem.kind());
      }
    }
    FrameResult credits = ATTRIBUTION.credits(opportunities, involvements).persist();
    Map<String, Row> rows = new HashMap<>();
    credits.rows().collectAsList().forEach(row -> rows.put(row.getString(0), row));
    assertEquals(expectedCredits.size(), rows.size());
    for (DealCredit credit : expectedCredits) {
      Row row = rows.get(credit.deal().value());
      assertEquals(credit.motion().name(), row.getString(2), credit.deal().value());
      assertEquals(credit.source().map(PartnerId::value).orElse(null), row.getString(3));
      List<String> influencers = new ArrayList<>();
      credit.influencers().forEach(p -> influencers.add(p.value()));
      assertEquals(influencers, row.getList(4));
      assertEquals(0, decimal(credit.amount()).compareTo(row.getDecimal(5)));
      assertEquals(credit.won(), row.getBoolean(7));
    }
    // The library reports the deals it cannot classify, with their kind; so does Spark.
    assertFalse(expectedProblems.isEmpty());
    Set<String> problems = new HashSet<>();
    credits
        .problems()
        .collectAsList()
        .forEach(p -> problems.add(p.getString(1) + " " + p.getString(2)));
    assertEquals(expectedProblems, problems);
    credits.unpersist();
  }

  @Test
  void splitsEqualTheRoleWeightedSplitOfEveryOpportunity() {
    Map<String, BigDecimal> expectedParts = new HashMap<>();
    for (Opportunity opportunity : expected) {
      if (OpportunityCredit.participants(opportunity).isEmpty() || !classifiable(opportunity)) {
        continue;
      }
      MoneySplit split = OpportunityCredit.roleWeightedSplit(RoleWeighted.standard(), opportunity);
      split
          .parts()
          .forEach(
              (partner, part) ->
                  expectedParts.put(
                      opportunity.id().value() + "/" + partner.value(), decimal(part)));
    }
    Map<String, BigDecimal> parts = new HashMap<>();
    for (Row row : ATTRIBUTION.splits(opportunities, involvements).rows().collectAsList()) {
      parts.put(row.getString(0) + "/" + row.getString(1), row.getDecimal(3));
    }
    assertEquals(expectedParts.keySet(), parts.keySet());
    expectedParts.forEach(
        (key, part) -> assertEquals(0, part.compareTo(parts.get(key)), key + " " + part));
  }

  @Test
  void partnerTotalsEqualTheCreditReportInTheReportCurrency() {
    FixedRates rates = Generated.rates();
    CreditReport report =
        CreditClassifier.standard()
            .report(expected, OpportunityCredit::facts, rates.currencyUnit(), rates.operator());
    FrameResult totals = ATTRIBUTION.partnerTotals(opportunities, involvements, rates).persist();
    List<Row> rows = totals.rows().collectAsList();
    assertEquals(report.byPartner().size(), rows.size());
    for (Row row : rows) {
      PartnerCredit credit = report.byPartner().get(PartnerId.of(row.getString(0)));
      assertEquals("GBP", row.getString(1));
      assertTotals(credit.sourced(), row, 2);
      assertTotals(credit.influenced(), row, 6);
    }
    Set<String> expectedProblems = new HashSet<>();
    report.deals().problems().forEach(p -> expectedProblems.add(p.key() + " " + p.kind()));
    Set<String> problems = new HashSet<>();
    totals
        .problems()
        .collectAsList()
        .forEach(p -> problems.add(p.getString(1) + " " + p.getString(2)));
    // A deal both unconvertible and unclassifiable is a currency problem to the library, and a
    // classification problem to Spark, which classifies first.
    assertTrue(expectedProblems.stream().anyMatch(p -> p.endsWith("CURRENCY_MISMATCH")));
    assertEquals(keys(expectedProblems), keys(problems));
    totals.unpersist();
  }

  private static Set<String> keys(Set<String> problems) {
    Set<String> keys = new HashSet<>();
    problems.forEach(p -> keys.add(p.substring(0, p.indexOf(' '))));
    return keys;
  }

  private static void assertTotals(CreditTotals expected, Row row, int from) {
    String partner = row.getString(0);
    assertEquals(expected.deals(), row.getLong(from), partner);
    assertEquals(0, decimal(expected.amount()).compareTo(row.getDecimal(from + 1)), partner);
    assertEquals(expected.won(), row.getLong(from + 2), partner);
    assertEquals(0, decimal(expected.wonAmount()).compareTo(row.getDecimal(from + 3)), partner);
  }

  private static boolean classifiable(Opportunity opportunity) {
    try {
      CreditClassifier.standard().classify(OpportunityCredit.facts(opportunity));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static BigDecimal decimal(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }
}
