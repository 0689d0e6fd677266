package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Generates {@link JourneyPath}s, the rows of journey data that {@link
 * org.alliancekit.attribution.path.MarkovAttribution} and {@link
 * org.alliancekit.attribution.path.SimplifiedShapley} read: a path of 1 to 5 touches by partners
 * ({@code p1} to {@code p4} unless {@linkplain #parties given}; a partner may appear several times,
 * also in a row), 0 to 20 conversions worth 0 to 100,000 in all, and 0 to 50 journeys that did not
 * convert, never both counts zero. Values are in EUR, USD, GBP or JPY unless {@linkplain #currency
 * given}.
 *
 * <p>{@link #datasets(int, int)} gives whole data sets: several paths in one currency, at least one
 * of which converted, which is what the path models need.
 *
 * <p>Values shrink towards a path of one touch by the first partner with one conversion worth
 * nothing in EUR. Each configuration method returns a new arbitrary and leaves this one unchanged.
 * Get one from {@link AllianceArbitraries#journeyPaths()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JourneyPathArbitrary extends ArbitraryDecorator<JourneyPath> {
  private final ImmutableList<PartnerId> parties;
  private final int minLength;
  private final int maxLength;
  private final ImmutableList<CurrencyUnit> currencies;

  JourneyPathArbitrary() {
    this(Values.partners(4), 1, 5, Values.CURRENCIES);
  }

  private JourneyPathArbitrary(
      ImmutableList<PartnerId> parties,
      int minLength,
      int maxLength,
      ImmutableList<CurrencyUnit> currencies) {
    this.parties = parties;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.currencies = currencies;
  }

  /**
   * Returns an arbitrary whose paths are touched by the given partners, shrinking towards the
   * first.
   *
   * @throws IllegalArgumentException if no partner is given
   */
  public JourneyPathArbitrary parties(PartnerId... parties) {
    ImmutableList<PartnerId> chosen = ImmutableSet.copyOf(parties).asList();
    checkArgument(!chosen.isEmpty(), "parties to choose from must not be empty");
    return new JourneyPathArbitrary(chosen, minLength, maxLength, currencies);
  }

  /**
   * Returns an arbitrary whose paths have {@code min} to {@code max} touches.
   *
   * @throws IllegalArgumentException if {@code min} is less than 1 or greater than {@code max}
   */
  public JourneyPathArbitrary length(int min, int max) {
    checkArgument(
        1 <= min && min <= max, "path length range %s..%s must start at 1 or more", min, max);
    return new JourneyPathArbitrary(parties, min, max, currencies);
  }

  /** Returns an arbitrary whose conversion values are in the given currency. */
  public JourneyPathArbitrary currency(CurrencyUnit currency) {
    return new JourneyPathArbitrary(
        parties, minLength, maxLength, ImmutableList.of(checkNotNull(currency, "currency")));
  }

  /**
   * Returns an arbitrary of data sets: {@code min} to {@code max} paths like this arbitrary's, all
   * in one currency, and at least one with a conversion (when none converted, the first path gets
   * one conversion). Data sets shrink towards fewer paths, then as single paths do.
   *
   * @throws IllegalArgumentException if {@code min} is less than 1 or greater than {@code max}
   */
  public Arbitrary<List<JourneyPath>> datasets(int min, int max) {
    checkArgument(
        1 <= min && min <= max, "path count range %s..%s must start at 1 or more", min, max);
    return Values.oneOfValues(currencies)
        .flatMap(currency -> paths(currency).list().ofMinSize(min).ofMaxSize(max))
        .map(JourneyPathArbitrary::withAConversion);
  }

  @Override
  protected Arbitrary<JourneyPath> arbitrary() {
    return Values.oneOfValues(currencies).flatMap(this::paths);
  }

  private Arbitrary<JourneyPath> paths(CurrencyUnit currency) {
    return Combinators.combine(
            Arbitraries.integers()
                .between(0, parties.size() - 1)
                .map(parties::get)
                .list()
                .ofMinSize(minLength)
                .ofMaxSize(maxLength),
            Arbitraries.integers().between(0, 20),
            Values.amounts(Arbitraries.just(currency), 0, 100_000),
            Arbitraries.integers().between(0, 50))
        .as(
            (path, conversions, value, nulls) -> {
              int converted = conversions == 0 && nulls == 0 ? 1 : conversions;
              MonetaryAmount worth = converted > 0 ? value : Money.zero(currency);
              return JourneyPath.of(path, converted, worth, nulls);
            });
  }

  private static List<JourneyPath> withAConversion(List<JourneyPath> paths) {
    if (paths.stream().anyMatch(path -> path.conversions() > 0)) {
      return ImmutableList.copyOf(paths);
    }
    List<JourneyPath> converting = new ArrayList<>(paths);
    JourneyPath first = paths.get(0);
    converting.set(0, JourneyPath.of(first.parties(), 1, first.value(), first.nulls()));
    return ImmutableList.copyOf(converting);
  }
}
