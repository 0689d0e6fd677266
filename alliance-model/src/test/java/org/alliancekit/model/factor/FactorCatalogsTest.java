package org.alliancekit.model.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FactorCatalogsTest {
  private static final FactorCatalog BEST = FactorCatalogs.bestPractices();
  private static final FactorCatalog SCORECARD = FactorCatalogs.allianceSalesScorecard();

  @Test
  void bestPracticesHasFiftyTwoFactors() {
    assertEquals(52, BEST.size());
    assertEquals("BEST_PRACTICES", BEST.name());
  }

  @Test
  void bestPracticesAreInCodeNumberOrderOneToFiftyTwo() {
    List<String> expected = new ArrayList<>();
    IntStream.rangeClosed(1, 10).forEach(n -> expected.add("Co" + n));
    IntStream.rangeClosed(11, 19).forEach(n -> expected.add("T" + n));
    IntStream.rangeClosed(20, 30).forEach(n -> expected.add("S" + n));
    IntStream.rangeClosed(31, 38).forEach(n -> expected.add("Cu" + n));
    IntStream.rangeClosed(39, 52).forEach(n -> expected.add("O" + n));
    assertEquals(expected, BEST.codes());
  }

  @Test
  void bestPracticeCategoryCountsAreTenNineElevenEightFourteen() {
    assertEquals(
        ImmutableMap.of(
            FactorCategory.COMMERCIAL, 10,
            FactorCategory.TECHNICAL, 9,
            FactorCategory.STRATEGIC, 11,
            FactorCategory.CULTURAL, 8,
            FactorCategory.OPERATIONAL, 14),
        countsByCategory(BEST));
  }

  @Test
  void codePrefixMatchesCategoryInBothCatalogs() {
    ImmutableMap<FactorCategory, String> prefixes =
        ImmutableMap.of(
            FactorCategory.COMMERCIAL, "Co\\d+",
            FactorCategory.TECHNICAL, "T\\d+",
            FactorCategory.STRATEGIC, "S\\d+",
            FactorCategory.CULTURAL, "Cu\\d+",
            FactorCategory.OPERATIONAL, "O\\d+");
    for (FactorCatalog catalog : List.of(BEST, SCORECARD)) {
      for (SuccessFactor factor : catalog.factors()) {
        assertTrue(
            factor.code().matches(prefixes.get(factor.category())),
            factor.code() + " in " + factor.category());
      }
    }
  }

  @Test
  void bestPracticesCarryTheReportNames() {
    assertEquals("Joint Business Value Proposition (BVP)", BEST.get("Co1").name());
    assertEquals("Expected Cost value ratio", BEST.get("Co10").name());
    assertEquals("Market fit of proposed solution", BEST.get("T14").name());
    assertEquals("Product fit with partners offerings", BEST.get("T15").name());
    assertEquals("Process for team problem solving", BEST.get("T17").name());
    assertEquals("Other relationships with same partner", BEST.get("S28").name());
    assertEquals("B2B Cultural Alignment", BEST.get("Cu38").name());
    assertEquals("Business plan", BEST.get("O42").name());
    assertEquals("Alliance charter", BEST.get("O45").name());
    assertEquals("Change mgt.", BEST.get("O46").name());
    assertEquals("Operational alignment", BEST.get("O48").name());
    assertEquals("Issue escalation", BEST.get("O52").name());
  }

  @Test
  void co4AndO40AreDistinctFactorsBothNamedAllianceAudit() {
    SuccessFactor commercialAudit = BEST.get("Co4");
    SuccessFactor operationalAudit = BEST.get("O40");
    assertEquals("Alliance Audit", commercialAudit.name());
    assertEquals("Alliance Audit", operationalAudit.name());
    assertEquals(FactorCategory.COMMERCIAL, commercialAudit.category());
    assertEquals(FactorCategory.OPERATIONAL, operationalAudit.category());
    assertNotEquals(commercialAudit, operationalAudit);
    assertNotEquals(commercialAudit.description(), operationalAudit.description());
  }

  @Test
  void scorecardHasTwentyFiveFactorsFivePerCategory() {
    assertEquals(25, SCORECARD.size());
    assertEquals("SALES_SCORECARD", SCORECARD.name());
    assertEquals(
        ImmutableMap.of(
            FactorCategory.COMMERCIAL, 5,
            FactorCategory.TECHNICAL, 5,
            FactorCategory.STRATEGIC, 5,
            FactorCategory.CULTURAL, 5,
            FactorCategory.OPERATIONAL, 5),
        countsByCategory(SCORECARD));
  }

  @Test
  void scorecardHasTheReportCodesInOrder() {
    assertEquals(
        ImmutableList.of(
            "Co1", "Co5", "Co6", "Co7", "Co8", "T14", "T15", "T16", "T17", "T19", "S21", "S25",
            "S26", "S29", "S30", "Cu31", "Cu33", "Cu34", "Cu36", "Cu38", "O39", "O42", "O45", "O47",
            "O48"),
        SCORECARD.codes());
  }

  @Test
  void everyScorecardCodeIsABestPracticeOfTheSameCategory() {
    for (SuccessFactor factor : SCORECARD.factors()) {
      assertTrue(BEST.contains(factor.code()), factor.code());
      assertEquals(BEST.get(factor.code()).category(), factor.category(), factor.code());
    }
  }

  @Test
  void scorecardUsesTheNamesOfItsOwnTable() {
    assertEquals("Business Value Proposition (BVP)", SCORECARD.get("Co1").name());
    assertEquals("Market fit of proposed BVP solution/s", SCORECARD.get("T14").name());
    assertEquals("Product fit with partners' offerings", SCORECARD.get("T15").name());
    assertEquals("Process for joint problem solving", SCORECARD.get("T17").name());
    assertEquals("Business to Business cultural alignment", SCORECARD.get("Cu38").name());
    assertEquals("Joint business plan", SCORECARD.get("O42").name());
    assertEquals("MOUP or Alliance Charter", SCORECARD.get("O45").name());
    assertEquals("Business to business operational alignment", SCORECARD.get("O48").name());
    assertEquals("Senior executive support", SCORECARD.get("S25").name());
  }

  @Test
  void everyStandardFactorHasADescription() {
    for (FactorCatalog catalog : List.of(BEST, SCORECARD)) {
      for (SuccessFactor factor : catalog.factors()) {
        assertTrue(factor.description().isPresent(), factor.code());
      }
    }
    assertEquals(
        52,
        BEST.factors().stream().map(SuccessFactor::description).distinct().count(),
        "every best practice has its own description");
  }

  @Test
  void catalogsAreBuiltOnce() {
    assertSame(BEST, FactorCatalogs.bestPractices());
    assertSame(SCORECARD, FactorCatalogs.allianceSalesScorecard());
  }

  @Test
  void findsStandardCatalogsByName() {
    assertEquals(Optional.of(BEST), FactorCatalogs.byName("BEST_PRACTICES"));
    assertEquals(Optional.of(SCORECARD), FactorCatalogs.byName("SALES_SCORECARD"));
    assertEquals(Optional.empty(), FactorCatalogs.byName("best_practices"));
  }

  @Test
  void rejectsNullNames() {
    new NullPointerTester().testAllPublicStaticMethods(FactorCatalogs.class);
  }

  private static ImmutableMap<FactorCategory, Integer> countsByCategory(FactorCatalog catalog) {
    return catalog.categories().stream()
        .collect(
            Collectors.collectingAndThen(
                Collectors.toMap(c -> c, c -> catalog.inCategory(c).size()), ImmutableMap::copyOf));
  }
}
