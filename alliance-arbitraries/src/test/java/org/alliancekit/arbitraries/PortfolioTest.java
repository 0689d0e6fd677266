package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PortfolioTest {
  private static final RelationshipId R1 = RelationshipId.of("r1");
  private static final RelationshipId R2 = RelationshipId.of("r2");
  private static final Relationship FIRST =
      ModelArbitraries.relationships().withId(R1).edgeCases().iterator().next().value();
  private static final Relationship SECOND = FIRST.withId(R2);
  private static final Assessment ASSESSMENT =
      ModelArbitraries.assessments().atLeastOneKnown().edgeCases().iterator().next().value();
  private static final MonetaryAmount HUNDRED = Money.of(100, "EUR");
  private static final MonetaryAmount FIFTY_POUNDS = Money.of(50, "GBP");

  private static Portfolio.Builder twoRelationships() {
    return Portfolio.builder()
        .addRelationships(FIRST, SECOND)
        .addAssessments(ASSESSMENT.withId(AssessmentId.of("r1-a1")).withRelationship(R1))
        .putRevenue(R1, HUNDRED)
        .putRevenue(R2, FIFTY_POUNDS);
  }

  @Test
  void holdsRelationshipsTheirAssessmentsAndRevenues() {
    Portfolio portfolio = twoRelationships().build();

    assertEquals(2, portfolio.size());
    assertEquals(Optional.of(SECOND), portfolio.relationship(R2));
    assertEquals(Optional.empty(), portfolio.relationship(RelationshipId.of("r3")));
    assertEquals(1, portfolio.assessmentsOf(R1).size());
    assertEquals(List.of(), portfolio.assessmentsOf(R2));
    assertEquals(FIFTY_POUNDS, portfolio.revenueOf(R2));
    assertEquals(
        Set.of(Monetary.getCurrency("EUR"), Monetary.getCurrency("GBP")), portfolio.currencies());
    assertEquals(0, Portfolio.builder().build().size());
  }

  @Test
  void rejectsARelationshipListedTwice() {
    assertEquals(
        "portfolio lists relationship r1 more than once",
        assertThrows(
                IllegalArgumentException.class,
                () -> twoRelationships().addRelationships(FIRST).build())
            .getMessage());
  }

  @Test
  void rejectsAnAssessmentOfARelationshipOutsideThePortfolio() {
    assertEquals(
        "assessment x assesses relationship r9, which is not in the portfolio",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    twoRelationships()
                        .addAssessments(
                            ASSESSMENT
                                .withId(AssessmentId.of("x"))
                                .withRelationship(RelationshipId.of("r9")))
                        .build())
            .getMessage());
  }

  @Test
  void rejectsAnAssessmentListedTwice() {
    assertEquals(
        "portfolio lists assessment r1-a1 more than once",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    twoRelationships()
                        .addAssessments(
                            ASSESSMENT.withId(AssessmentId.of("r1-a1")).withRelationship(R2))
                        .build())
            .getMessage());
  }

  @Test
  void rejectsARelationshipWithoutRevenue() {
    assertEquals(
        "relationship r2 has no revenue",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Portfolio.builder()
                        .addRelationships(FIRST, SECOND)
                        .putRevenue(R1, HUNDRED)
                        .build())
            .getMessage());
  }

  @Test
  void rejectsARevenueOfARelationshipOutsideThePortfolio() {
    assertEquals(
        "revenue EUR 100 belongs to relationship r9, which is not in the portfolio",
        assertThrows(
                IllegalArgumentException.class,
                () -> twoRelationships().putRevenue(RelationshipId.of("r9"), HUNDRED).build())
            .getMessage());
  }

  @Test
  void rejectsANegativeRevenue() {
    assertEquals(
        "revenue EUR -1 of relationship r1 must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Portfolio.builder()
                        .addRelationships(FIRST)
                        .putRevenue(R1, Money.of(-1, "EUR"))
                        .build())
            .getMessage());
  }

  @Test
  void revenueOfARelationshipOutsideThePortfolioIsAnError() {
    assertEquals(
        "relationship r9 is not in the portfolio",
        assertThrows(
                IllegalArgumentException.class,
                () -> twoRelationships().build().revenueOf(RelationshipId.of("r9")))
            .getMessage());
  }

  @Test
  void equalityFollowsRelationshipsAssessmentsAndRevenues() {
    new EqualsTester()
        .addEqualityGroup(twoRelationships().build(), twoRelationships().build())
        .addEqualityGroup(
            twoRelationships().build().withRevenues(ImmutableMap.of(R1, HUNDRED, R2, HUNDRED)))
        .addEqualityGroup(twoRelationships().build().withAssessments(List.of()))
        .addEqualityGroup(Portfolio.builder().build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(RelationshipId.class, R1)
            .setDefault(Relationship.class, FIRST)
            .setDefault(Assessment.class, ASSESSMENT)
            .setDefault(MonetaryAmount.class, HUNDRED);
    tester.testAllPublicStaticMethods(Portfolio.class);
    tester.testAllPublicInstanceMethods(twoRelationships().build());
    tester.testAllPublicInstanceMethods(Portfolio.builder());
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return ModelArbitraries.portfolios()
        .currencies(Monetary.getCurrency("EUR"), Monetary.getCurrency("USD"));
  }

  @Property(tries = 100)
  void builderFromAndWithCopiesRoundTrip(@ForAll("portfolios") Portfolio portfolio) {
    assertEquals(portfolio, Portfolio.builder().from(portfolio).build());
    assertEquals(portfolio, portfolio.withRelationships(portfolio.relationships()));
    assertEquals(portfolio, portfolio.withRevenues(portfolio.revenues()));
  }
}
