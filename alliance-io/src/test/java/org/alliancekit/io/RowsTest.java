package org.alliancekit.io;

import static org.alliancekit.io.Samples.EUR;
import static org.alliancekit.io.Samples.GBP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Tests of {@link PartnerRow}, {@link RelationshipRow} and {@link PortfolioData}. */
class RowsTest {
  @Test
  void partnerRowTakesTheCurrencyOfTheRevenue() {
    PartnerRow row = PartnerRow.of(Samples.partner());
    assertEquals(Optional.of(EUR), row.currency());
    assertEquals(Samples.ACME, row.id());
    assertEquals(row, PartnerRow.of(Samples.partner(), EUR));
  }

  @Test
  void partnerRowRejectsACurrencyOtherThanTheRevenues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartnerRow.of(Samples.partner(), GBP));
    assertEquals(
        "currency GBP of partner acme differs from the currency EUR of its annual revenue",
        e.getMessage());
  }

  @Test
  void partnerRowKeepsACurrencyWithoutRevenue() {
    PartnerRow row = PartnerRow.of(Samples.plainPartner(Samples.HOST, "Host"), GBP);
    assertEquals(Optional.of(GBP), row.currency());
    assertEquals(Optional.empty(), PartnerRow.of(row.partner()).currency());
  }

  @Test
  void relationshipRowRejectsNegativeRevenue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RelationshipRow.of(Samples.sellWith(), Money.of(-1, "EUR")));
    assertEquals(
        "alliance revenue EUR -1 of relationship rel-acme must not be negative", e.getMessage());
  }

  @Test
  void rowsCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(PartnerRow.of(Samples.partner()), PartnerRow.of(Samples.partner(), EUR))
        .addEqualityGroup(PartnerRow.of(Samples.plainPartner(Samples.ACME, "Acme")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RelationshipRow.of(Samples.sellWith(), Money.of(10, "EUR")),
            RelationshipRow.of(Samples.sellWith(), Money.of(10, "EUR")))
        .addEqualityGroup(RelationshipRow.of(Samples.sellWith(), Money.of(10, "GBP")))
        .addEqualityGroup(RelationshipRow.of(Samples.sellTo(), Money.of(10, "EUR")))
        .testEquals();
  }

  @Test
  void portfolioDataLooksUpByIdAndHasErrorsOnlyForErrors() {
    Assessment assessment = Samples.assessment();
    PortfolioData data =
        PortfolioData.builder()
            .addPartners(PartnerRow.of(Samples.partner()))
            .addRelationships(RelationshipRow.of(Samples.sellWith(), Money.of(10, "EUR")))
            .addAssessments(assessment)
            .addProblems(Problem.inFile("a.csv", 1, "x", ProblemKind.UNKNOWN_COLUMN, "ignored"))
            .build();
    assertEquals(Optional.of(PartnerRow.of(Samples.partner())), data.partner(Samples.ACME));
    assertEquals(Optional.empty(), data.partner(Samples.GLOBEX));
    assertEquals(
        Samples.sellWith(),
        data.relationship(RelationshipId.of("rel-acme")).orElseThrow().relationship());
    assertEquals(ImmutableList.of(assessment), data.assessmentsOf(RelationshipId.of("rel-acme")));
    assertEquals(ImmutableList.of(), data.assessmentsOf(RelationshipId.of("other")));
    assertEquals(ExchangeRates.empty(), data.rates());
    assertEquals(false, data.hasErrors());
    assertEquals(
        true,
        data.withProblems(Problem.inFile("a.csv", 2, "x", ProblemKind.DUPLICATE, "twice"))
            .hasErrors());
  }

  @Test
  void portfolioDataCopiesThroughItsBuilder() {
    PortfolioData data =
        PortfolioData.builder()
            .addPartners(PartnerRow.of(Samples.partner()))
            .rates(Samples.rates())
            .addOpportunities(Samples.opportunity())
            .build();
    assertEquals(data, PortfolioData.builder().from(data).build());
    new EqualsTester()
        .addEqualityGroup(data, PortfolioData.builder().from(data).build())
        .addEqualityGroup(data.withRates(ExchangeRates.empty()))
        .addEqualityGroup(PortfolioData.builder().build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Samples.nullPointerTester();
    tester.testAllPublicStaticMethods(PartnerRow.class);
    tester.testAllPublicStaticMethods(RelationshipRow.class);
    tester.testAllPublicStaticMethods(PortfolioData.class);
    tester.testAllPublicInstanceMethods(PartnerRow.of(Samples.partner()));
    tester.testAllPublicInstanceMethods(RelationshipRow.of(Samples.sellWith(), Money.of(1, "EUR")));
    tester.testAllPublicInstanceMethods(PortfolioData.builder().build());
    tester.testAllPublicInstanceMethods(PortfolioData.builder());
  }
}
