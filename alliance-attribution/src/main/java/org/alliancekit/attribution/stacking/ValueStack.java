package org.alliancekit.attribution.stacking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * The value stacked on one deal: how much each partner brings of each kind of value, with totals
 * per partner, per kind and overall. Every amount is in the currency's minor unit, and the cells
 * add up exactly to the total (see {@link ValueStacking#stack}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cells the value of each partner and kind, partners in id order and kinds in declaration
 *     order; only the pairs that occur
 * @param total the deal's stacked value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ValueStack(
    ImmutableTable<PartnerId, ValueComponent, MonetaryAmount> cells, MonetaryAmount total) {

  /** Validates that the cells are in the total's currency and add up to it exactly. */
  public ValueStack {
    checkNotNull(cells, "cells must not be null");
    checkNotNull(total, "total must not be null");
    checkArgument(!cells.isEmpty(), "value stack must have at least one entry");
    BigDecimal sum = BigDecimal.ZERO;
    for (var cell : cells.cellSet()) {
      checkArgument(
          cell.getValue().getCurrency().equals(total.getCurrency()),
          "%s of partner %s is in %s, not in %s like the total",
          cell.getColumnKey(),
          cell.getRowKey(),
          cell.getValue().getCurrency(),
          total.getCurrency());
      sum = sum.add(DecimalLimit.number("amount", cell.getValue()));
    }
    checkArgument(
        sum.compareTo(DecimalLimit.number("amount", total)) == 0,
        "value stack cells add up to %s, not to the total %s",
        sum.toPlainString(),
        total);
  }

  /** Each partner's stacked value, summed over kinds, partners in id order. */
  public ImmutableMap<PartnerId, MonetaryAmount> byParty() {
    Map<PartnerId, BigDecimal> sums = new TreeMap<>();
    for (var cell : cells.cellSet()) {
      sums.merge(cell.getRowKey(), DecimalLimit.number("amount", cell.getValue()), BigDecimal::add);
    }
    ImmutableMap.Builder<PartnerId, MonetaryAmount> result = ImmutableMap.builder();
    sums.forEach((party, sum) -> result.put(party, Money.of(sum, total.getCurrency())));
    return result.buildOrThrow();
  }

  /** Each kind's stacked value, summed over partners, kinds in declaration order. */
  public ImmutableMap<ValueComponent, MonetaryAmount> byComponent() {
    Map<ValueComponent, BigDecimal> sums = new TreeMap<>();
    for (var cell : cells.cellSet()) {
      sums.merge(
          cell.getColumnKey(), DecimalLimit.number("amount", cell.getValue()), BigDecimal::add);
    }
    ImmutableMap.Builder<ValueComponent, MonetaryAmount> result = ImmutableMap.builder();
    sums.forEach((component, sum) -> result.put(component, Money.of(sum, total.getCurrency())));
    return result.buildOrThrow();
  }

  /** The value {@code party} brings of {@code component}; zero if none. */
  public MonetaryAmount amount(PartnerId party, ValueComponent component) {
    checkNotNull(party, "party");
    checkNotNull(component, "component");
    MonetaryAmount amount = cells.get(party, component);
    return amount != null ? amount : Money.of(BigDecimal.ZERO, total.getCurrency());
  }
}
