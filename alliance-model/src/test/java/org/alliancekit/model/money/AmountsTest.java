package org.alliancekit.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void sumsExactlyPerCurrencyInCodeOrder() {
    Map<CurrencyUnit, BigDecimal> sums = new HashMap<>();
    Amounts.add(sums, Money.of(new BigDecimal("40"), "USD"));
    Amounts.add(sums, Money.of(new BigDecimal("0.005"), "EUR"));
    Amounts.add(sums, Money.of(new BigDecimal("100"), "EUR"));
    ImmutableMap<CurrencyUnit, MonetaryAmount> amounts = Amounts.toAmounts(sums);
    assertEquals(
        ImmutableList.of(Monetary.getCurrency("EUR"), Monetary.getCurrency("USD")),
        amounts.keySet().asList());
    assertEquals("EUR 100.005 + USD 40", Amounts.text(amounts));
    assertEquals("nothing", Amounts.text(ImmutableMap.of()));
  }
}
