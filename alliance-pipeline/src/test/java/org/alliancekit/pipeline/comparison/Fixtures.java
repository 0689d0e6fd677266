package org.alliancekit.pipeline.comparison;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;

/** Sample values for the comparison tests. */
final class Fixtures {
  static final PartnerId NORTH = PartnerId.of("north");
  static final PartnerId SOUTH = PartnerId.of("south");
  static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private Fixtures() {}

  /** An opportunity at the given co-sell stage. */
  static Opportunity opportunity(String id, MonetaryAmount amount, String stage) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of("a-" + id), "Account " + id))
        .name("Deal " + id)
        .amount(amount)
        .stage(StageModels.coSell().get(stage))
        .created(LocalDate.of(2024, 1, 10))
        .expectedClose(LocalDate.of(2024, 6, 30))
        .owner(NORTH)
        .build();
  }

  static Opportunity opportunity(String id, long eur) {
    return opportunity(id, Money.of(eur, "EUR"), "Qualified");
  }

  static Pipeline pipeline(Opportunity... opportunities) {
    return pipeline(List.of(opportunities));
  }

  static Pipeline pipeline(Collection<Opportunity> opportunities) {
    return Pipeline.builder()
        .owner(PipelineOwner.party(NORTH))
        .asOf(AS_OF)
        .opportunities(opportunities)
        .build();
  }

  static ImmutableList<OpportunityId> ids(String... ids) {
    return java.util.Arrays.stream(ids)
        .map(OpportunityId::of)
        .collect(ImmutableList.toImmutableList());
  }

  static ImmutableMap<CurrencyUnit, MonetaryAmount> eur(long amount) {
    return ImmutableMap.of(EUR, Money.of(amount, "EUR"));
  }

  static PipelineSlice slice(Map<CurrencyUnit, MonetaryAmount> value, String... ids) {
    return PipelineSlice.of(ids(ids), value);
  }

  static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(PartnerId.class, NORTH)
        .setDefault(OpportunityId.class, OpportunityId.of("o-1"))
        .setDefault(CurrencyUnit.class, EUR)
        .setDefault(MonetaryAmount.class, Money.of(1, "EUR"))
        .setDefault(Pipeline.class, pipeline())
        .setDefault(PipelineSlice.class, PipelineSlice.empty())
        .setDefault(Set.class, Set.of())
        .setDefault(Collection.class, List.of())
        .setDefault(String.class, "alliance");
  }
}
