package org.alliancekit.attribution.stacking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.model.money.Apportionment;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Value stacking for one deal: a company that works with several partners on the same deal (a
 * systems integrator reselling an ISV's or OEM's product, going to market jointly with them and
 * with the platform vendor) adds up resale margin, joint go-to-market value and platform
 * contribution, per partner and overall.
 *
 * <p><b>Rounding.</b> Entries are summed exactly per partner and kind; the exact total is rounded
 * half-even to the currency's minor unit once, and the cells are then fitted to it by the largest
 * remainder method (as in {@link MoneySplit#proportional}, ties to the first partner in id order,
 * then the first kind in declaration order). So every cell, every partner total and every kind
 * total is in whole minor units, and they all add up exactly to the rounded total.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ValueStacking {
  private ValueStacking() {}

  /**
   * Stacks the value of one deal.
   *
   * @throws IllegalArgumentException if there are no entries or they are in different currencies
   */
  public static ValueStack stack(Collection<StackEntry> entries) {
    checkNotNull(entries, "entries");
    checkArgument(!entries.isEmpty(), "deal has no value entries to stack");
    CurrencyUnit currency = null;
    Map<PartnerId, Map<ValueComponent, BigDecimal>> exact = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (StackEntry entry : entries) {
      checkNotNull(entry, "entry");
      CurrencyUnit own = entry.amount().getCurrency();
      if (currency == null) {
        currency = own;
      }
      checkArgument(
          own.equals(currency),
          "%s %s from partner %s is in %s, not in %s like the first entry",
          entry.component(),
          entry.amount(),
          entry.party(),
          own,
          currency);
      BigDecimal amount = DecimalLimit.number("amount", entry.amount());
      exact
          .computeIfAbsent(entry.party(), p -> new TreeMap<>())
          .merge(entry.component(), amount, BigDecimal::add);
      total = total.add(amount);
    }
    MonetaryAmount rounded = Money.of(MinorUnits.round(total, currency), currency);
    List<PartnerId> parties = new ArrayList<>();
    List<ValueComponent> components = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    exact.forEach(
        (party, cells) ->
            cells.forEach(
                (component, amount) -> {
                  parties.add(party);
                  components.add(component);
                  weights.add(amount);
                }));
    List<MonetaryAmount> parts = Apportionment.split(rounded, weights);
    ImmutableTable.Builder<PartnerId, ValueComponent, MonetaryAmount> table =
        ImmutableTable.<PartnerId, ValueComponent, MonetaryAmount>builder()
            .orderRowsBy(Comparator.naturalOrder())
            .orderColumnsBy(Comparator.naturalOrder());
    for (int i = 0; i < parts.size(); i++) {
      table.put(parties.get(i), components.get(i), parts.get(i));
    }
    return new ValueStack(table.buildOrThrow(), rounded);
  }
}
