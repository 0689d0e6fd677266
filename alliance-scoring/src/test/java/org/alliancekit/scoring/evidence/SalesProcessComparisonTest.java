package org.alliancekit.scoring.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.OptionalDouble;
import javax.money.Monetary;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.SalesProcess;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SalesProcessComparisonTest {
  private static final PartnerId HQ = PartnerId.of("hq");
  private static final LocalDate JAN = LocalDate.of(2025, 1, 1);

  private static Relationship relationship(String partner, SalesProcess process) {
    Relationship.Builder builder =
        Relationship.builder()
            .id(RelationshipId.of("r-" + partner))
            .host(HQ)
            .partner(PartnerId.of(partner))
            .motion(SellWith.of("platform", "services", true))
            .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
            .formality(Formality.quidProQuo(Period.ofYears(2)))
            .start(LocalDate.of(2024, 1, 1));
    if (process != null) {
      builder.salesProcess(process);
    }
    return builder.build();
  }

  private static Opportunity deal(String id, String partner, long amount, Stage stage, int days) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of("c-" + id), "Customer " + id))
        .name("Deal " + id)
        .amount(Money.of(amount, "EUR"))
        .stage(stage)
        .created(JAN)
        .expectedClose(JAN.plusDays(days))
        .owner(HQ)
        .addInvolvements(Involvement.of(PartnerId.of(partner), InvolvementRole.CO_SELLER))
        .build();
  }

  private static PeriodRevenue revenue(String partner, int year, int half, long amount) {
    return PeriodRevenue.of(
        RelationshipId.of("r-" + partner), RevenuePeriod.half(year, half), Money.of(amount, "EUR"));
  }

  private static AlliancePortfolio portfolio() {
    Stage won = Stage.won("Won");
    Stage lost = Stage.lost("Lost");
    AlliancePortfolio.Builder builder = AlliancePortfolio.builder().host(HQ);
    for (String id : List.of("hq", "a", "b", "c", "d", "e")) {
      builder.addPartners(
          Partner.builder()
              .id(PartnerId.of(id))
              .name("Company " + id)
              .addKinds(PartnerKind.ISV)
              .build());
    }
    return builder
        .addRelationships(
            relationship("a", SalesProcess.AGREED),
            relationship("b", SalesProcess.AGREED),
            relationship("c", SalesProcess.NONE),
            relationship("d", SalesProcess.NONE),
            relationship("e", null))
        .addOpportunities(
            deal("o1", "a", 1_000, won, 90),
            deal("o2", "a", 5_000, lost, 10),
            deal("o3", "b", 3_000, won, 30),
            deal("o4", "c", 2_000, won, 120),
            deal("o5", "c", 2_000, lost, 60),
            deal("o6", "c", 2_000, lost, 60),
            deal("o7", "d", 500, lost, 60),
            deal("o8", "e", 9_000, won, 1))
        .addRevenues(
            // a doubles over two half-years (+41.42% a half-year); b grows 10% in one;
            // c shrinks from 100 to 81 over two (-10% a half-year); d has one half-year only.
            revenue("a", 2025, 1, 100),
            revenue("a", 2025, 2, 150),
            revenue("a", 2026, 1, 200),
            revenue("b", 2025, 1, 1_000),
            revenue("b", 2025, 2, 1_100),
            revenue("c", 2025, 1, 100),
            revenue("c", 2026, 1, 81),
            revenue("d", 2025, 1, 50))
        .build();
  }

  @Test
  void comparesTheGroupsMeasureByMeasureWithHandComputedMeans() {
    List<GroupComparison> rows =
        SalesProcessComparison.of(portfolio(), Monetary.getCurrency("EUR"), 500, 9);
    assertEquals(
        List.of("revenue_growth", "win_rate", "average_won_deal", "cycle_days"),
        rows.stream().map(GroupComparison::measure).toList());
    GroupComparison growth = rows.get(0);
    assertEquals((100 * (Math.sqrt(2) - 1) + 10) / 2, growth.agreed().getAsDouble(), 1e-9);
    assertEquals(-10, growth.none().getAsDouble(), 1e-9);
    assertEquals(1, growth.noneRelationships()); // d has one half-year: no growth
    GroupComparison winRate = rows.get(1);
    assertEquals((0.5 + 1.0) / 2, winRate.agreed().getAsDouble(), 1e-12);
    assertEquals((1.0 / 3 + 0.0) / 2, winRate.none().getAsDouble(), 1e-12);
    assertEquals(0.75 - 1.0 / 6, winRate.difference().getAsDouble(), 1e-12);
    assertTrue(
        winRate.ciLow().getAsDouble() <= winRate.difference().getAsDouble()
            && winRate.difference().getAsDouble() <= winRate.ciHigh().getAsDouble());
    GroupComparison average = rows.get(2);
    assertEquals(2_000, average.agreed().getAsDouble(), 1e-9); // (1,000 + 3,000) / 2
    assertEquals(2_000, average.none().getAsDouble(), 1e-9); // c's one won deal; d won none
    assertEquals(1, average.noneRelationships());
    GroupComparison cycle = rows.get(3);
    assertEquals(60, cycle.agreed().getAsDouble(), 1e-9); // (90 + 30) / 2
    assertEquals(120, cycle.none().getAsDouble(), 1e-9);
    // Resampling a's 90 and b's 30 gives a mean of 30, 60 or 90 (a quarter, a half, a quarter of
    // the time); c's lone 120 always itself: the differences -90, -60, -30, so the 5th and 95th
    // percentiles are -90 and -30.
    assertEquals(OptionalDouble.of(-60), cycle.difference());
    assertEquals(-90, cycle.ciLow().getAsDouble(), 1e-9);
    assertEquals(-30, cycle.ciHigh().getAsDouble(), 1e-9);
  }

  @Test
  void aGroupWithoutValuesGivesNoDifference() {
    AlliancePortfolio portfolio = portfolio();
    AlliancePortfolio agreedOnly =
        portfolio.withRelationships(
            portfolio.relationships().stream()
                .filter(r -> r.salesProcess().orElse(SalesProcess.NONE) == SalesProcess.AGREED)
                .toList());
    GroupComparison winRate =
        SalesProcessComparison.of(agreedOnly, Monetary.getCurrency("EUR"), 100, 1).get(1);
    assertEquals(0, winRate.noneRelationships());
    assertEquals(OptionalDouble.empty(), winRate.difference());
    assertEquals(OptionalDouble.empty(), winRate.ciLow());
    assertEquals(new BigDecimal("0.75").doubleValue(), winRate.agreed().getAsDouble(), 1e-12);
  }
}
