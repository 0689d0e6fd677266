package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.HOST;
import static org.alliancekit.model.pipeline.Fixtures.ISV;
import static org.alliancekit.model.pipeline.Fixtures.JAN_10;
import static org.alliancekit.model.pipeline.Fixtures.coSell;
import static org.alliancekit.model.pipeline.Fixtures.lead;
import static org.alliancekit.model.pipeline.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.Monetary;
import org.alliancekit.model.venture.JointVentureId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  private static final PipelineOwner VENTURE =
      PipelineOwner.jointVenture(JointVentureId.of("jv-1"));

  private static final Opportunity OPEN_EUR = opportunity("o-1").build();
  private static final Opportunity WON_USD =
      opportunity("o-2").amount(Money.of(90_000, "USD")).stage(coSell("Launched")).build();
  private static final Opportunity LOST_EUR =
      opportunity("o-3").stage(coSell("Closed Lost")).build();
  private static final Opportunity OPEN_GBP =
      opportunity("o-4").amount(Money.of(10, "GBP")).stage(coSell("Committed")).build();

  private static Pipeline.Builder pipeline() {
    return Pipeline.builder()
        .owner(VENTURE)
        .asOf(AS_OF)
        .addOpportunities(OPEN_EUR, WON_USD, LOST_EUR, OPEN_GBP)
        .addLead(lead("l-1").build());
  }

  @Test
  void emptyPipelineIsValid() {
    Pipeline empty = Pipeline.builder().owner(PipelineOwner.party(HOST)).asOf(AS_OF).build();
    assertEquals(ImmutableList.of(), empty.opportunities());
    assertEquals(ImmutableList.of(), empty.leads());
    assertEquals(ImmutableSet.of(), empty.currencies());
  }

  @Test
  void findsOpportunitiesAndLeadsById() {
    Pipeline p = pipeline().build();
    assertEquals(Optional.of(LOST_EUR), p.opportunity(OpportunityId.of("o-3")));
    assertEquals(Optional.empty(), p.opportunity(OpportunityId.of("o-9")));
    assertEquals(Optional.of(lead("l-1").build()), p.lead(LeadId.of("l-1")));
    assertEquals(Optional.empty(), p.lead(LeadId.of("l-9")));
  }

  @Test
  void openOpportunitiesKeepTheirOrder() {
    assertEquals(ImmutableList.of(OPEN_EUR, OPEN_GBP), pipeline().build().openOpportunities());
  }

  @Test
  void currenciesInOrderOfFirstAppearance() {
    assertEquals(
        ImmutableSet.of(
            Monetary.getCurrency("EUR"), Monetary.getCurrency("USD"), Monetary.getCurrency("GBP")),
        pipeline().build().currencies());
    assertEquals(
        ImmutableList.of("EUR", "USD", "GBP"),
        pipeline().build().currencies().stream()
            .map(currency -> currency.getCurrencyCode())
            .collect(ImmutableList.toImmutableList()));
  }

  @Test
  void rejectsTheSameOpportunityIdTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> pipeline().addOpportunity(opportunity("o-2").name("Again").build()).build());
    assertEquals(
        "pipeline of Venture[id=jv-1] lists opportunity o-2 more than once", e.getMessage());
  }

  @Test
  void rejectsTheSameLeadIdTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> pipeline().addLead(lead("l-1").source(ISV).build()).build());
    assertEquals("pipeline of Venture[id=jv-1] lists lead l-1 more than once", e.getMessage());
  }

  @Test
  void asOfMayBeTheDayOfTheLatestEvent() {
    Pipeline p =
        pipeline()
            .asOf(JAN_10.plusDays(3))
            .addOpportunity(
                opportunity("o-5")
                    .addStageHistory(StageChange.of(JAN_10.plusDays(3), coSell("Qualified")))
                    .build())
            .build();
    assertEquals(5, p.opportunities().size());
  }

  @Test
  void rejectsOpportunityCreatedAfterTheSnapshot() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> pipeline().asOf(JAN_10.minusDays(1)).build());
    assertEquals(
        "pipeline of Venture[id=jv-1] as of 2024-01-09 lists opportunity o-1, created later on"
            + " 2024-01-10",
        e.getMessage());
  }

  @Test
  void rejectsStageEnteredAfterTheSnapshot() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                pipeline()
                    .addOpportunity(
                        opportunity("o-5")
                            .addStageHistory(StageChange.of(AS_OF.plusDays(1), coSell("Qualified")))
                            .build())
                    .build());
    assertEquals(
        "pipeline of Venture[id=jv-1] as of 2024-03-31 lists opportunity o-5, which entered stage"
            + " Qualified later on 2024-04-01",
        e.getMessage());
  }

  @Test
  void rejectsLeadReceivedAfterTheSnapshot() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> pipeline().addLead(lead("l-2").received(AS_OF.plusDays(1)).build()).build());
    assertEquals(
        "pipeline of Venture[id=jv-1] as of 2024-03-31 lists lead l-2, received later on"
            + " 2024-04-01",
        e.getMessage());
  }

  @Test
  void missingOwnerIsNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Pipeline.builder().asOf(AS_OF).build());
    assertTrue(e.getMessage().contains("owner"), e.getMessage());
  }

  @Test
  void equalityIsByOwnerDateAndContentsInOrder() {
    new EqualsTester()
        .addEqualityGroup(pipeline().build(), pipeline().build())
        .addEqualityGroup(pipeline().owner(PipelineOwner.party(HOST)).build())
        .addEqualityGroup(pipeline().asOf(AS_OF.plusDays(1)).build())
        .addEqualityGroup(
            pipeline()
                .opportunities(ImmutableList.of(WON_USD, OPEN_EUR, LOST_EUR, OPEN_GBP))
                .build())
        .addEqualityGroup(pipeline().leads(ImmutableList.of()).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Pipeline.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(pipeline().build());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Pipeline.builder());
  }
}
