package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.apiguardian.api.API;

/**
 * Generates {@link Partner}s: one to three kinds, optionally a headquarters country, regions,
 * segments, a size with or without annual revenue, and up to two certified competencies. The name
 * is derived from the id ({@code "Partner p3"}).
 *
 * <p>Values shrink towards a partner {@code p1} of the first allowed kind with nothing else set.
 * Each configuration method returns a new arbitrary and leaves this one unchanged. Get one from
 * {@link ModelArbitraries#partners()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PartnerArbitrary extends ArbitraryDecorator<Partner> {
  private static final ImmutableList<String> COMPETENCIES =
      ImmutableList.of("Cloud Migration", "Data Analytics", "Security", "Managed Services");
  private static final ImmutableList<String> COUNTRIES =
      ImmutableList.of("GB", "DE", "US", "FR", "JP", "IN");
  private static final ImmutableList<String> REGIONS =
      ImmutableList.of("EMEA", "North America", "APAC", "LATAM", "DACH");
  private static final ImmutableList<String> SEGMENTS =
      ImmutableList.of("enterprise", "mid-market", "public sector", "small business");

  private final Optional<PartnerId> id;
  private final ImmutableSet<PartnerKind> kinds;
  private final Optional<EmployeeRange> employees;
  private final ImmutableList<CurrencyUnit> currencies;

  PartnerArbitrary() {
    this(
        Optional.empty(),
        ImmutableSet.copyOf(PartnerKind.values()),
        Optional.empty(),
        Values.CURRENCIES);
  }

  private PartnerArbitrary(
      Optional<PartnerId> id,
      ImmutableSet<PartnerKind> kinds,
      Optional<EmployeeRange> employees,
      ImmutableList<CurrencyUnit> currencies) {
    this.id = id;
    this.kinds = kinds;
    this.employees = employees;
    this.currencies = currencies;
  }

  /** Returns an arbitrary whose partners all have the given id. */
  public PartnerArbitrary withId(PartnerId id) {
    return new PartnerArbitrary(Optional.of(checkNotNull(id, "id")), kinds, employees, currencies);
  }

  /**
   * Returns an arbitrary whose partners have only kinds among the given ones.
   *
   * @throws IllegalArgumentException if no kind is given
   */
  public PartnerArbitrary ofKinds(PartnerKind... kinds) {
    ImmutableSet<PartnerKind> allowed = ImmutableSet.copyOf(kinds);
    checkArgument(!allowed.isEmpty(), "partner kinds to choose from must not be empty");
    return new PartnerArbitrary(id, allowed, employees, currencies);
  }

  /**
   * Returns an arbitrary whose partners always have a known size, with a head count from {@code
   * min} to {@code max} inclusive.
   *
   * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}
   */
  public PartnerArbitrary employeesBetween(long min, long max) {
    checkArgument(
        0 <= min && min <= max,
        "employee range %s..%s must be of zero or more and not empty",
        min,
        max);
    return new PartnerArbitrary(id, kinds, Optional.of(new EmployeeRange(min, max)), currencies);
  }

  /**
   * Returns an arbitrary whose partners' annual revenues, when known, are in the given currency.
   */
  public PartnerArbitrary revenueIn(CurrencyUnit currency) {
    return new PartnerArbitrary(
        id, kinds, employees, ImmutableList.of(checkNotNull(currency, "currency")));
  }

  @Override
  protected Arbitrary<Partner> arbitrary() {
    Arbitrary<PartnerId> ids = id.map(Arbitraries::just).orElseGet(ModelArbitraries::partnerIds);
    Arbitrary<ImmutableSet<PartnerKind>> kindSets =
        Arbitraries.of(kinds)
            .set()
            .ofMinSize(1)
            .ofMaxSize(Math.min(3, kinds.size()))
            .map(ImmutableSet::copyOf);
    Arbitrary<CompanySize> sizes =
        Combinators.combine(
                Arbitraries.longs()
                    .between(
                        employees.map(EmployeeRange::min).orElse(0L),
                        employees.map(EmployeeRange::max).orElse(100_000L)),
                Values.amounts(Values.oneOfValues(currencies), 0, 100_000_000L).optional())
            .as(
                (count, revenue) ->
                    revenue
                        .map(r -> CompanySize.of(count, r))
                        .orElseGet(() -> CompanySize.of(count)));
    Arbitrary<Optional<CompanySize>> optionalSizes =
        employees.isPresent() ? sizes.map(Optional::of) : sizes.optional();
    return Combinators.combine(
            ids,
            kindSets,
            Values.oneOfValues(COUNTRIES).map(CountryCode::of).optional(),
            Arbitraries.subsetOf(REGIONS).ofMaxSize(2),
            optionalSizes,
            competencies().list().ofMaxSize(2),
            Arbitraries.subsetOf(SEGMENTS).ofMaxSize(2))
        .as(
            (partnerId, partnerKinds, country, regions, size, competencies, segments) ->
                Partner.builder()
                    .id(partnerId)
                    .name("Partner " + partnerId)
                    .kinds(partnerKinds)
                    .headquarters(country)
                    .regions(ordered(REGIONS, regions))
                    .size(size)
                    .competencies(competencies)
                    .segments(ordered(SEGMENTS, segments))
                    .build());
  }

  /** Certified competencies issued by a generated partner, some with an expiry date. */
  static Arbitrary<Competency> competencies() {
    return Combinators.combine(
            Values.oneOfValues(COMPETENCIES),
            Arbitraries.of(CompetencyLevel.class),
            ModelArbitraries.partnerIds(),
            Values.dates().optional())
        .as(
            (name, level, issuer, expires) ->
                expires
                    .map(day -> Competency.of(name, level, issuer, day))
                    .orElseGet(() -> Competency.of(name, level, issuer)));
  }

  /** A head-count range, both ends included. */
  private record EmployeeRange(long min, long max) {}

  /** The chosen elements in the order of {@code all}, so that generated sets read predictably. */
  private static ImmutableSet<String> ordered(ImmutableList<String> all, Set<String> chosen) {
    return all.stream().filter(chosen::contains).collect(ImmutableSet.toImmutableSet());
  }
}
