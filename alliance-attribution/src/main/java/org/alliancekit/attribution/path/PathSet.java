package org.alliancekit.attribution.path;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;

/** Validated journey paths with their partners, currency and totals. */
final class PathSet {
  final ImmutableList<JourneyPath> paths;
  final ImmutableSortedSet<PartnerId> partners;
  final CurrencyUnit currency;
  final long conversions;
  final BigDecimal value;

  private PathSet(
      ImmutableList<JourneyPath> paths,
      ImmutableSortedSet<PartnerId> partners,
      CurrencyUnit currency,
      long conversions,
      BigDecimal value) {
    this.paths = paths;
    this.partners = partners;
    this.currency = currency;
    this.conversions = conversions;
    this.value = value;
  }

  static PathSet of(Collection<JourneyPath> input) {
    checkNotNull(input, "paths");
    checkArgument(!input.isEmpty(), "no journey paths to attribute");
    ImmutableList<JourneyPath> paths = ImmutableList.copyOf(input);
    CurrencyUnit currency = paths.get(0).value().getCurrency();
    TreeSet<PartnerId> partners = new TreeSet<>();
    long conversions = 0;
    BigDecimal value = BigDecimal.ZERO;
    for (int i = 0; i < paths.size(); i++) {
      JourneyPath path = paths.get(i);
      checkArgument(
          path.value().getCurrency().equals(currency),
          "journey path %s has its value in %s, not in %s like the first path",
          i,
          path.value().getCurrency(),
          currency);
      partners.addAll(path.parties());
      conversions = Math.addExact(conversions, path.conversions());
      value = value.add(DecimalLimit.number("amount", path.value()));
    }
    checkArgument(
        conversions > 0,
        "the %s journey paths have no conversions, so there is nothing to attribute",
        paths.size());
    return new PathSet(paths, ImmutableSortedSet.copyOf(partners), currency, conversions, value);
  }

  /** The total value rounded to the currency's minor unit (see {@link MinorUnits}). */
  MonetaryAmount roundedValue() {
    return Money.of(MinorUnits.round(value, currency), currency);
  }
}
