package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;

class PortfolioArbitraryTest {
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return ModelArbitraries.portfolios();
  }

  @Provide
  Arbitrary<Portfolio> constrained() {
    return ModelArbitraries.portfolios()
        .ofSize(2, 4)
        .assessmentsPerRelationship(2, 3)
        .forCatalog(FactorCatalogs.allianceSalesScorecard())
        .onScale(RatingScale.likert5())
        .unknownShare(0.5)
        .currencies(GBP, JPY)
        .revenueBetween(100, 200)
        .host(PartnerId.of("globex"));
  }

  @Property(tries = 200)
  void portfoliosNumberTheirRelationshipsPartnersAndAssessments(
      @ForAll("portfolios") Portfolio portfolio) {
    assertTrue(portfolio.size() >= 1 && portfolio.size() <= 6, "size " + portfolio.size());
    assertEquals(Set.of(EUR), portfolio.currencies());
    Set<String> catalogs = new java.util.HashSet<>();
    for (int i = 0; i < portfolio.size(); i++) {
      Relationship relationship = portfolio.relationships().get(i);
      RelationshipId id = RelationshipId.of("r" + (i + 1));
      assertEquals(id, relationship.id());
      assertEquals(PartnerId.of("host"), relationship.host());
      assertEquals(PartnerId.of("p" + (i + 1)), relationship.partner());
      var assessments = portfolio.assessmentsOf(id);
      assertTrue(assessments.size() >= 1 && assessments.size() <= 2);
      for (int j = 0; j < assessments.size(); j++) {
        Assessment assessment = assessments.get(j);
        assertEquals(id + "-a" + (j + 1), assessment.id().value());
        assertFalse(assessment.knownRatings().isEmpty());
        catalogs.add(assessment.catalog().name());
      }
      MonetaryAmount revenue = portfolio.revenueOf(id);
      assertTrue(
          revenue
                  .getNumber()
                  .numberValue(BigDecimal.class)
                  .compareTo(BigDecimal.valueOf(10_000_000))
              <= 0);
    }
    assertEquals(1, catalogs.size(), "one catalog per portfolio: " + catalogs);
    Statistics.label("size").collect(portfolio.size());
  }

  @Property(tries = 100)
  void sizeAssessmentsCatalogScaleCurrenciesRevenuesAndHostCanBeConstrained(
      @ForAll("constrained") Portfolio portfolio) {
    assertTrue(portfolio.size() >= 2 && portfolio.size() <= 4, "size " + portfolio.size());
    for (Relationship relationship : portfolio.relationships()) {
      assertEquals(PartnerId.of("globex"), relationship.host());
      var assessments = portfolio.assessmentsOf(relationship.id());
      assertTrue(assessments.size() >= 2 && assessments.size() <= 3);
      for (Assessment assessment : assessments) {
        assertEquals(FactorCatalogs.allianceSalesScorecard(), assessment.catalog());
        assertEquals(RatingScale.likert5(), assessment.scale());
        assertEquals(
            Math.min(
                Math.round(0.5 * assessment.ratings().size()), assessment.ratings().size() - 1),
            assessment.unknownCodes().size());
      }
      MonetaryAmount revenue = portfolio.revenueOf(relationship.id());
      assertTrue(Set.of(GBP, JPY).contains(revenue.getCurrency()));
      BigDecimal number = revenue.getNumber().numberValue(BigDecimal.class);
      assertTrue(
          number.compareTo(BigDecimal.valueOf(100)) >= 0
              && number.compareTo(BigDecimal.valueOf(200)) <= 0,
          revenue.toString());
    }
    Statistics.label("currencies").collect(portfolio.currencies().size());
    Statistics.label("currencies").coverage(coverage -> coverage.check(2).count(n -> n > 0));
  }

  @Example
  void rejectsBadSettings() {
    PortfolioArbitrary portfolios = ModelArbitraries.portfolios();
    assertEquals(
        "portfolio size range 3..2 must be within 0..1000 and not empty",
        assertThrows(IllegalArgumentException.class, () -> portfolios.ofSize(3, 2)).getMessage());
    assertEquals(
        "assessments per relationship -1..2 must be within 0..100 and not empty",
        assertThrows(
                IllegalArgumentException.class, () -> portfolios.assessmentsPerRelationship(-1, 2))
            .getMessage());
    assertEquals(
        "revenue range 5..4 must be within 0..1000000000000 and not empty",
        assertThrows(IllegalArgumentException.class, () -> portfolios.revenueBetween(5, 4))
            .getMessage());
    assertEquals(
        "unknown share -0.1 must be between 0 and 1",
        assertThrows(IllegalArgumentException.class, () -> portfolios.unknownShare(-0.1))
            .getMessage());
    assertEquals(
        "currencies to choose from must not be empty",
        assertThrows(IllegalArgumentException.class, portfolios::currencies).getMessage());
    assertEquals(
        "host p7 would clash with the generated partner ids p1, p2, ...",
        assertThrows(IllegalArgumentException.class, () -> portfolios.host(PartnerId.of("p7")))
            .getMessage());
    assertThrows(NullPointerException.class, () -> portfolios.forCatalog(null));
    assertThrows(NullPointerException.class, () -> portfolios.onScale(null));
    assertThrows(NullPointerException.class, () -> portfolios.currency(null));
    assertThrows(NullPointerException.class, () -> portfolios.host(null));
  }
}
