package org.alliancekit.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.javamoney.moneta.Money;

/**
 * Seeded opportunities with their partner involvements: opportunity {@code i} is a pure function of
 * {@code i}, so Spark generates it on its executors and the test builds the same model opportunity
 * in one JVM.
 */
final class GeneratedDeals {
  static final StructType OPPORTUNITIES =
      new StructType()
          .add("opportunity_id", DataTypes.StringType)
          .add("account_id", DataTypes.StringType)
          .add("name", DataTypes.StringType)
          .add("amount", DataTypes.createDecimalType(18, 2))
          .add("currency", DataTypes.StringType)
          .add("stage", DataTypes.StringType)
          .add("owner_id", DataTypes.StringType)
          .add("origin", DataTypes.StringType);

  static final StructType INVOLVEMENTS =
      new StructType()
          .add("opportunity_id", DataTypes.StringType)
          .add("partner_id", DataTypes.StringType)
          .add("role", DataTypes.StringType);

  private static final InvolvementRole[] ROLES = InvolvementRole.values();
  private static final Origin[] ORIGINS = Origin.values();

  private GeneratedDeals() {}

  /** Opportunity {@code i} as the model holds it. */
  static Opportunity opportunity(long i) {
    SplittableRandom random = new SplittableRandom(Generated.SEED * 31 + i * 0xBF58476D1CE4E5B9L);
    String owner = random.nextInt(10) == 0 ? "host-b" : "host";
    Origin origin = ORIGINS[random.nextInt(ORIGINS.length)];
    Set<Involvement> involvements = new LinkedHashSet<>();
    int partners = origin == Origin.DIRECT ? random.nextInt(3) - 1 : 1 + random.nextInt(3);
    for (int k = 0; k < partners; k++) {
      involvements.add(
          Involvement.of(
              PartnerId.of(String.format("p%03d", random.nextInt(150))),
              ROLES[random.nextInt(ROLES.length)]));
    }
    if (origin == Origin.PARTNER_SOURCED && random.nextInt(20) != 0) {
      involvements.add(
          Involvement.of(
              PartnerId.of(String.format("p%03d", random.nextInt(150))),
              InvolvementRole.ORIGINATOR));
    }
    if (random.nextInt(15) == 0) {
      involvements.add(Involvement.of(PartnerId.of(owner), InvolvementRole.DELIVERY));
    }
    if (origin.involvesPartner()
        && involvements.stream().allMatch(v -> v.party().value().equals(owner))) {
      involvements.add(Involvement.of(PartnerId.of("p999"), InvolvementRole.INFLUENCER));
    }
    int pick = random.nextInt(40);
    String currency = pick == 0 ? "JPY" : pick < 20 ? "GBP" : pick < 30 ? "EUR" : "USD";
    BigDecimal amount =
        BigDecimal.valueOf(random.nextLong(0, 50_000_000_00L), currency.equals("JPY") ? 0 : 2);
    List<Stage> stages = StageModels.coSell().stages();
    Stage stage = stages.get(random.nextInt(stages.size()));
    LocalDate created = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(200));
    return Opportunity.builder()
        .id(OpportunityId.of(String.format("o%06d", i)))
        .account(Account.of(AccountId.of("a" + random.nextInt(1000)), "Account"))
        .name("Deal " + i)
        .amount(Money.of(amount, currency))
        .stage(stage)
        .created(created)
        .expectedClose(created.plusDays(90))
        .owner(PartnerId.of(owner))
        .origin(origin)
        .involvements(new ArrayList<>(involvements))
        .build();
  }

  static Row opportunityRow(long i) {
    Opportunity opportunity = opportunity(i);
    return RowFactory.create(
        opportunity.id().value(),
        opportunity.account().id().value(),
        opportunity.name(),
        opportunity.amount().getNumber().numberValue(BigDecimal.class),
        opportunity.amount().getCurrency().getCurrencyCode(),
        opportunity.stage().name(),
        opportunity.owner().value(),
        opportunity.origin().name());
  }

  static List<Row> involvementRows(long i) {
    Opportunity opportunity = opportunity(i);
    List<Row> rows = new ArrayList<>();
    for (Involvement involvement : opportunity.involvements()) {
      rows.add(
          RowFactory.create(
              opportunity.id().value(), involvement.party().value(), involvement.role().name()));
    }
    return rows;
  }
}
