package org.alliancekit.report.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancekit.io.PortfolioData;
import org.junit.jupiter.api.Test;

class SamplePortfolioTest {
  private static final PortfolioData DATA = SamplePortfolio.read();

  @Test
  void readsWithoutAnyProblem() {
    assertEquals(List.of(), DATA.problems());
  }

  @Test
  void holdsFortyRelationshipsOfTheHost() {
    assertEquals(41, DATA.partners().size());
    assertEquals(40, DATA.relationships().size());
    assertTrue(
        DATA.relationships().stream()
            .allMatch(row -> row.relationship().host().equals(SamplePortfolio.HOST)));
  }

  @Test
  void holdsAssessmentsAndOpportunities() {
    // 45 assessments of 2025-H2 and 2026-H1, and 95 host-side ones of the three half-years before
    assertEquals(140, DATA.assessments().size());
    assertEquals(109, DATA.opportunities().size());
  }

  @Test
  void amountsComeInThreeCurrenciesWithARateForEach() {
    Set<String> currencies =
        DATA.opportunities().stream()
            .map(opportunity -> opportunity.currency().getCurrencyCode())
            .collect(Collectors.toSet());
    assertEquals(Set.of("GBP", "EUR", "USD"), currencies);
    assertEquals(2, DATA.rates().rates().size());
  }
}
