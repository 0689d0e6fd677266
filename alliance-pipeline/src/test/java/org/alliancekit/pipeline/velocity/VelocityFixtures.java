package org.alliancekit.pipeline.velocity;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.arbitraries.OpportunityArbitrary;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;

/** Sample values and generators for the velocity tests. */
final class VelocityFixtures {
  static final StageModel CO_SELL = StageModels.coSell();
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId ACME = PartnerId.of("acme");
  static final PartnerId ISV = PartnerId.of("isv");
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  private static final Account NORTHWIND = Account.of(AccountId.of("a-1"), "Northwind");

  private VelocityFixtures() {}

  static Stage stage(String name) {
    return CO_SELL.get(name);
  }

  static Opportunity.Builder opportunity(String id, MonetaryAmount amount, LocalDate created) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(NORTHWIND)
        .name("Deal " + id)
        .amount(amount)
        .stage(stage("Prospect"))
        .created(created)
        .expectedClose(created)
        .owner(HOST);
  }

  /**
   * An opportunity whose history enters the given stages on the given days (2024), whose current
   * stage is the last one, and whose expected close is the last day (or 30 June if still open).
   */
  static Opportunity deal(
      String id, MonetaryAmount amount, List<Involvement> involvements, Object... dayAndStage) {
    List<StageChange> history = new ArrayList<>();
    for (int i = 0; i < dayAndStage.length; i += 2) {
      history.add(StageChange.of((LocalDate) dayAndStage[i], stage((String) dayAndStage[i + 1])));
    }
    StageChange last = history.get(history.size() - 1);
    boolean partnered = involvements.stream().anyMatch(i -> !i.party().equals(HOST));
    return opportunity(id, amount, history.get(0).date())
        .stage(last.stage())
        .stageHistory(history)
        .expectedClose(last.stage().isClosed() ? last.date() : LocalDate.of(2024, 6, 30))
        .involvements(involvements)
        .origin(partnered ? Origin.PARTNER_INFLUENCED : Origin.DIRECT)
        .build();
  }

  /** A relationship started on 1 January 2023 with the given parties and motion. */
  static Relationship relationship(
      String id, PartnerId host, PartnerId partner, SalesMotion motion) {
    return Relationship.builder()
        .id(RelationshipId.of(id))
        .host(host)
        .partner(partner)
        .motion(motion)
        .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
        .formality(Formality.informal())
        .start(LocalDate.of(2023, 1, 1))
        .build();
  }

  static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2024, month, dayOfMonth);
  }

  static NullPointerTester nullPointerTester() {
    Opportunity sample = opportunity("o-1", Money.of(1, "EUR"), day(1, 1)).build();
    return new NullPointerTester()
        .setDefault(StageModel.class, CO_SELL)
        .setDefault(Stage.class, stage("Qualified"))
        .setDefault(Segmentation.class, Segmentation.standard())
        .setDefault(Opportunity.class, sample)
        .setDefault(Iterable.class, List.of(sample))
        .setDefault(Collection.class, List.of())
        .setDefault(LocalDate.class, day(6, 30))
        .setDefault(CurrencyUnit.class, EUR)
        .setDefault(MonetaryAmount.class, Money.of(1, "EUR"));
  }

  // ---- generators ----

  /**
   * Opportunities of the host with Acme and the ISV on the co-sell model, created on 1 January 2024
   * in EUR, USD or JPY, each with a forward-moving history that may skip stages.
   */
  static Arbitrary<Opportunity> opportunities() {
    OpportunityArbitrary deals =
        ModelArbitraries.opportunities()
            .owner(HOST)
            .parties(ACME, ISV)
            .stageModel(CO_SELL)
            .createdBetween(day(1, 1), day(1, 1))
            .withStageHistory()
            .skippingStages();
    return Combinators.combine(
            Arbitraries.oneOf(
                List.of(deals.currency(EUR), deals.currency(USD), deals.currency(JPY))),
            Arbitraries.integers().between(1, 999))
        .as((opportunity, id) -> opportunity.withId(OpportunityId.of("o-" + id)));
  }
}
