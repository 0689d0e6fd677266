package org.alliancekit.attribution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.credit.CreditTotals;
import org.alliancekit.attribution.credit.DealFacts;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.Touch;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.javamoney.moneta.Money;

/** Shared test fixtures of the attribution tests. */
public final class Fixtures {
  private Fixtures() {}

  public static PartnerId p(String id) {
    return PartnerId.of(id);
  }

  public static ImmutableList<PartnerId> ps(String... ids) {
    return Arrays.stream(ids).map(PartnerId::of).collect(ImmutableList.toImmutableList());
  }

  public static MonetaryAmount eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR");
  }

  public static JourneyPath path(String parties, long conversions, String value, long nulls) {
    List<PartnerId> ids = Arrays.stream(parties.split(">")).map(PartnerId::of).toList();
    return JourneyPath.of(ids, conversions, eur(value), nulls);
  }

  public static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(PartnerId.class, PartnerId.of("p"))
        .setDefault(OpportunityId.class, OpportunityId.of("o"))
        .setDefault(CurrencyUnit.class, Monetary.getCurrency("EUR"))
        .setDefault(MonetaryAmount.class, Money.of(1, "EUR"))
        .setDefault(LocalDate.class, LocalDate.of(2025, 1, 1))
        .setDefault(Participant.class, Participant.of(PartnerId.of("p"), "ORIGINATOR"))
        .setDefault(Touch.class, Touch.of(PartnerId.of("p"), LocalDate.of(2025, 1, 1)))
        .setDefault(
            Journey.class,
            Journey.of(List.of(Touch.of(PartnerId.of("p"), LocalDate.of(2025, 1, 1)))))
        .setDefault(
            CharacteristicFunction.class,
            CharacteristicFunction.of(List.of(PartnerId.of("p")), s -> 1.0))
        .setDefault(
            DealFacts.class,
            DealFacts.builder()
                .id(OpportunityId.of("o"))
                .owner(PartnerId.of("host"))
                .amount(Money.of(1, "EUR"))
                .build())
        .setDefault(CreditTotals.class, CreditTotals.zero(Monetary.getCurrency("EUR")))
        .setDefault(Shares.class, Shares.of(ImmutableMap.of(PartnerId.of("p"), 1.0)));
  }
}
