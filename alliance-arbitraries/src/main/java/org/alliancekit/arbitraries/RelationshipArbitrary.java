package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.AccessFee;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Exclusivity;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.apiguardian.api.API;

/**
 * Generates {@link Relationship}s between a host and one partner, by default {@code host} and
 * {@code p1} in relationship {@code r1}: every sales motion (sell-with with or without shared
 * prospect data, sell-to in either direction, sell-through in either direction with or without an
 * access fee), either symmetry, any formality, optional exclusivity, up to three commitments made
 * by either side, any governance and a start date.
 *
 * <p>Values shrink towards a symmetric sell-with relationship under contract, with no exclusivity,
 * no commitments and no governance, started on 1 January 2020. Each configuration method returns a
 * new arbitrary and leaves this one unchanged. Get one from {@link
 * ModelArbitraries#relationships()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RelationshipArbitrary extends ArbitraryDecorator<Relationship> {
  /** The first day of a generated commitment period. */
  private static final LocalDate COMMITMENT_START = LocalDate.of(2026, 1, 1);

  private static final ImmutableList<String> ROLES =
      ImmutableList.of("platform", "implementation", "licence sale", "services", "marketing");
  private static final ImmutableList<Period> CADENCES =
      ImmutableList.of(Period.ofYears(1), Period.ofMonths(6), Period.ofYears(2));
  private static final ImmutableList<String> TERRITORIES =
      ImmutableList.of("DACH", "FR", "UK", "Nordics");
  private static final ImmutableList<String> PRODUCTS = ImmutableList.of("Core", "Cloud");
  private static final ImmutableList<String> PEOPLE =
      ImmutableList.of("Ana Silva", "Ben Okafor", "Chen Wei", "Dara Novak");
  private static final ImmutableSet<Class<? extends SalesMotion>> ALL_MOTIONS =
      ImmutableSet.of(SellWith.class, SellTo.class, SellThrough.class);

  private final RelationshipId id;
  private final PartnerId host;
  private final PartnerId partner;
  private final ImmutableSet<Class<? extends SalesMotion>> motions;
  private final ImmutableList<CurrencyUnit> currencies;

  RelationshipArbitrary() {
    this(RelationshipId.of("r1"), Values.HOST, PartnerId.of("p1"), ALL_MOTIONS, Values.CURRENCIES);
  }

  private RelationshipArbitrary(
      RelationshipId id,
      PartnerId host,
      PartnerId partner,
      ImmutableSet<Class<? extends SalesMotion>> motions,
      ImmutableList<CurrencyUnit> currencies) {
    this.id = id;
    this.host = host;
    this.partner = partner;
    this.motions = motions;
    this.currencies = currencies;
  }

  /** Returns an arbitrary whose relationships have the given id. */
  public RelationshipArbitrary withId(RelationshipId id) {
    return new RelationshipArbitrary(checkNotNull(id, "id"), host, partner, motions, currencies);
  }

  /**
   * Returns an arbitrary whose relationships are between the given host and partner.
   *
   * @throws IllegalArgumentException if host and partner are the same party
   */
  public RelationshipArbitrary between(PartnerId host, PartnerId partner) {
    checkParties(host, partner);
    return new RelationshipArbitrary(id, host, partner, motions, currencies);
  }

  /**
   * Checks that host and partner are given and are different parties.
   *
   * @throws IllegalArgumentException if host and partner are the same party
   */
  static void checkParties(PartnerId host, PartnerId partner) {
    checkNotNull(host, "host");
    checkNotNull(partner, "partner");
    checkArgument(
        !host.equals(partner), "host and partner must be different parties, both are %s", host);
  }

  /**
   * Returns an arbitrary whose relationships use only the given sales motions, such as {@code
   * withMotions(SellThrough.class)} for channel relationships only.
   *
   * @throws IllegalArgumentException if no motion is given
   */
  @SafeVarargs
  public final RelationshipArbitrary withMotions(Class<? extends SalesMotion>... motions) {
    ImmutableSet.Builder<Class<? extends SalesMotion>> builder = ImmutableSet.builder();
    for (Class<? extends SalesMotion> motion : motions) {
      builder.add(checkNotNull(motion, "motion"));
    }
    ImmutableSet<Class<? extends SalesMotion>> chosen = builder.build();
    checkArgument(!chosen.isEmpty(), "sales motions to choose from must not be empty");
    return new RelationshipArbitrary(id, host, partner, chosen, currencies);
  }

  /** Returns an arbitrary whose fees, prices and committed amounts are in the given currency. */
  public RelationshipArbitrary currency(CurrencyUnit currency) {
    return new RelationshipArbitrary(
        id, host, partner, motions, ImmutableList.of(checkNotNull(currency, "currency")));
  }

  @Override
  protected Arbitrary<Relationship> arbitrary() {
    return templates(motions, currencies).map(template -> template.build(id, host, partner));
  }

  /**
   * Everything about a relationship except its id and its two parties, so that a portfolio can
   * number its relationships and partners after generating them.
   */
  static Arbitrary<Template> templates(
      Set<Class<? extends SalesMotion>> motions, List<CurrencyUnit> currencies) {
    Arbitrary<CurrencyUnit> currency = Values.oneOfValues(currencies);
    return Combinators.combine(
            motionTemplates(motions, currency),
            Arbitraries.of(Symmetry.class),
            formalities(),
            exclusivities(currency).optional(),
            commitmentTemplates(currency).list().ofMaxSize(3),
            governances(),
            Values.dates())
        .as(Template::new);
  }

  private static Arbitrary<BiFunction<PartnerId, PartnerId, SalesMotion>> motionTemplates(
      Set<Class<? extends SalesMotion>> motions, Arbitrary<CurrencyUnit> currency) {
    List<Arbitrary<BiFunction<PartnerId, PartnerId, SalesMotion>>> choices = new ArrayList<>();
    if (motions.contains(SellWith.class)) {
      choices.add(
          Combinators.combine(
                  Values.oneOfValues(ROLES), Values.oneOfValues(ROLES), Arbitraries.of(true, false))
              .as(
                  (hostRole, partnerRole, shares) ->
                      (h, p) -> SellWith.of(hostRole, partnerRole, shares)));
    }
    if (motions.contains(SellTo.class)) {
      choices.add(
          Arbitraries.of(true, false)
              .map(hostSells -> (h, p) -> hostSells ? SellTo.of(h, p) : SellTo.of(p, h)));
    }
    if (motions.contains(SellThrough.class)) {
      choices.add(
          Combinators.combine(Arbitraries.of(true, false), accessFees(currency).optional())
              .as(
                  (hostSupplies, fee) ->
                      (h, p) ->
                          hostSupplies ? new SellThrough(h, p, fee) : new SellThrough(p, h, fee)));
    }
    return Arbitraries.oneOf(choices);
  }

  /** Access fees: a margin of 1 to 50 percent, or a fixed amount. */
  static Arbitrary<AccessFee> accessFees(Arbitrary<CurrencyUnit> currency) {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.integers()
                .between(1, 50)
                .map(percent -> AccessFee.marginPercent(BigDecimal.valueOf(percent))),
            Values.positiveAmounts(currency, 1_000_000L).map(AccessFee::fixed)));
  }

  /** Formalities of any kind, with or without a review cadence of six months, one or two years. */
  static Arbitrary<Formality> formalities() {
    return Combinators.combine(
            Arbitraries.of(FormalityKind.class), Values.oneOfValues(CADENCES).optional())
        .as((kind, cadence) -> Formality.of(kind).withReviewCadence(cadence));
  }

  /**
   * Exclusivities over one or two territories and any of the products, some with a price in one of
   * the currencies.
   */
  static Arbitrary<Exclusivity> exclusivities(Arbitrary<CurrencyUnit> currency) {
    return Combinators.combine(
            Arbitraries.subsetOf(TERRITORIES).ofMinSize(1).ofMaxSize(2),
            Arbitraries.subsetOf(PRODUCTS),
            Values.amounts(currency, 0, 1_000_000L).optional())
        .as(
            (territories, products, price) ->
                Exclusivity.builder()
                    .territories(inOrder(TERRITORIES, territories))
                    .products(inOrder(PRODUCTS, products))
                    .price(price)
                    .build());
  }

  /** Governance with or without each of its four named people. */
  static Arbitrary<Governance> governances() {
    Arbitrary<Optional<String>> person = Values.oneOfValues(PEOPLE).optional();
    return Combinators.combine(person, person, person, person)
        .as(
            (hostSponsor, partnerSponsor, hostManager, partnerManager) ->
                Governance.builder()
                    .hostSponsor(hostSponsor)
                    .partnerSponsor(partnerSponsor)
                    .hostAllianceManager(hostManager)
                    .partnerAllianceManager(partnerManager)
                    .build());
  }

  /** Commitments made by the host or the partner, the two parties given when one is built. */
  static Arbitrary<BiFunction<PartnerId, PartnerId, Commitment>> commitmentTemplates(
      Arbitrary<CurrencyUnit> currency) {
    Arbitrary<Optional<MonetaryAmount>> amountOrQuantity =
        Values.positiveAmounts(currency, 1_000_000L).optional();
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.of(ResourceKind.class),
            amountOrQuantity,
            Arbitraries.integers().between(1, 50),
            Arbitraries.of(CommitmentStrength.class),
            Values.oneOfValues(CADENCES).optional())
        .as(
            (byHost, resource, amount, quantity, strength, period) ->
                (h, p) ->
                    Commitment.builder()
                        .party(byHost ? h : p)
                        .resource(resource)
                        .amount(amount)
                        .quantity(
                            amount.isPresent()
                                ? Optional.empty()
                                : Optional.of(BigDecimal.valueOf(quantity)))
                        .strength(strength)
                        .periodStart(period.map(length -> COMMITMENT_START))
                        .periodEnd(period.map(length -> COMMITMENT_START.plus(length).minusDays(1)))
                        .build());
  }

  private static ImmutableSet<String> inOrder(List<String> all, Set<String> chosen) {
    return all.stream().filter(chosen::contains).collect(ImmutableSet.toImmutableSet());
  }

  /** A relationship without its id and parties. */
  static final class Template {
    private final BiFunction<PartnerId, PartnerId, SalesMotion> motion;
    private final Symmetry symmetry;
    private final Formality formality;
    private final Optional<Exclusivity> exclusivity;
    private final List<BiFunction<PartnerId, PartnerId, Commitment>> commitments;
    private final Governance governance;
    private final LocalDate start;

    Template(
        BiFunction<PartnerId, PartnerId, SalesMotion> motion,
        Symmetry symmetry,
        Formality formality,
        Optional<Exclusivity> exclusivity,
        List<BiFunction<PartnerId, PartnerId, Commitment>> commitments,
        Governance governance,
        LocalDate start) {
      this.motion = motion;
      this.symmetry = symmetry;
      this.formality = formality;
      this.exclusivity = exclusivity;
      this.commitments = commitments;
      this.governance = governance;
      this.start = start;
    }

    Relationship build(RelationshipId id, PartnerId host, PartnerId partner) {
      Relationship.Builder builder =
          Relationship.builder()
              .id(id)
              .host(host)
              .partner(partner)
              .motion(motion.apply(host, partner))
              .symmetry(symmetry)
              .formality(formality)
              .exclusivity(exclusivity)
              .governance(governance)
              .start(start);
      for (BiFunction<PartnerId, PartnerId, Commitment> commitment : commitments) {
        builder.addCommitments(commitment.apply(host, partner));
      }
      return builder.build();
    }
  }
}
