package org.alliancekit.pipeline.comparison;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Ordering;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A set of opportunities picked out of compared pipelines, with their number and total value per
 * currency.
 *
 * <p>Rules: each opportunity once; each total filed under its own currency and not negative.
 * Opportunities are kept in id order and totals in currency-code order, whatever order they are
 * given in. Totals are exact sums of the amounts, without rounding, stored as {@link Money}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PipelineSlice implements WithPipelineSlice {
  PipelineSlice() {}

  /** The opportunities, in id order. */
  @Value.Parameter
  public abstract ImmutableList<OpportunityId> opportunities();

  /** The total value per currency, in currency-code order; currencies with no amount are absent. */
  @Value.Parameter
  public abstract ImmutableMap<CurrencyUnit, MonetaryAmount> value();

  /** The number of opportunities. */
  public int count() {
    return opportunities().size();
  }

  /** Whether the slice holds no opportunity. */
  public boolean isEmpty() {
    return opportunities().isEmpty();
  }

  /**
   * Returns the union of this slice and a disjoint {@code other}: all opportunities of both, and
   * the totals added per currency.
   *
   * @throws IllegalArgumentException if the slices share an opportunity, which would be counted
   *     twice
   */
  public PipelineSlice plus(PipelineSlice other) {
    Set<OpportunityId> ids = new HashSet<>(opportunities());
    for (OpportunityId id : other.opportunities()) {
      checkArgument(
          !ids.contains(id), "opportunity %s is in both slices, so it would count twice", id);
    }
    Map<CurrencyUnit, BigDecimal> sums = new HashMap<>();
    value().values().forEach(amount -> Amounts.add(sums, amount));
    other.value().values().forEach(amount -> Amounts.add(sums, amount));
    return of(
        ImmutableList.<OpportunityId>builder()
            .addAll(opportunities())
            .addAll(other.opportunities())
            .build(),
        Amounts.toAmounts(sums));
  }

  /**
   * Returns the slice of the given opportunities and totals.
   *
   * @throws IllegalArgumentException if an opportunity is listed twice, or a total is negative or
   *     filed under another currency
   */
  public static PipelineSlice of(
      Iterable<? extends OpportunityId> opportunities,
      Map<? extends CurrencyUnit, ? extends MonetaryAmount> value) {
    return ImmutablePipelineSlice.of(opportunities, value);
  }

  /** Returns the slice with no opportunity. */
  public static PipelineSlice empty() {
    return of(ImmutableList.of(), ImmutableMap.of());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PipelineSlice}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutablePipelineSlice.Builder {
    Builder() {}
  }

  @Value.Check
  PipelineSlice normalize() {
    Set<OpportunityId> seen = new HashSet<>();
    for (OpportunityId id : opportunities()) {
      checkArgument(seen.add(id), "opportunity %s is listed twice in the slice", id);
    }
    value()
        .forEach(
            (currency, amount) -> {
              checkArgument(
                  amount.getCurrency().equals(currency),
                  "total %s is filed under currency %s",
                  Amounts.text(amount),
                  currency.getCurrencyCode());
              checkArgument(
                  !amount.isNegative(), "total %s must not be negative", Amounts.text(amount));
            });
    boolean idsSorted = Ordering.natural().isOrdered(opportunities());
    boolean currenciesSorted = Ordering.from(Amounts.BY_CODE).isOrdered(value().keySet());
    boolean allMoney = value().values().stream().allMatch(amount -> amount instanceof Money);
    if (idsSorted && currenciesSorted && allMoney) {
      return this;
    }
    Map<CurrencyUnit, BigDecimal> sums = new HashMap<>();
    value().values().forEach(amount -> Amounts.add(sums, amount));
    return builder()
        .opportunities(Ordering.natural().sortedCopy(opportunities()))
        .value(Amounts.toAmounts(sums))
        .build();
  }
}
