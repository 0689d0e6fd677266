package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.apiguardian.api.API;

/**
 * Generates {@link Portfolio}s: relationships {@code r1, r2, ...} between the host ({@code host}
 * unless {@linkplain #host given}) and partners {@code p1, p2, ...}, each with its assessments
 * ({@code r1-a1, r1-a2, ...}) and its alliance revenue.
 *
 * <p>By default a portfolio has 1 to 6 relationships, each with 1 or 2 assessments against one
 * catalog chosen for the whole portfolio, on scales chosen per assessment, with the default share
 * of unknown ratings ({@value AssessmentArbitrary#DEFAULT_UNKNOWN_SHARE}) and at least one known
 * rating each; revenues are from 0 to 10,000,000 units of one currency, EUR.
 *
 * <pre>{@code
 * Arbitrary<Portfolio> mixed =
 *     ModelArbitraries.portfolios()
 *         .ofSize(2, 20)
 *         .forCatalog(FactorCatalogs.allianceSalesScorecard())
 *         .currencies(Monetary.getCurrency("EUR"), Monetary.getCurrency("GBP"));
 * }</pre>
 *
 * <p>Values shrink towards fewer relationships with fewer assessments, fewer ratings, lower values
 * and smaller revenues in the first currency. Each configuration method returns a new arbitrary and
 * leaves this one unchanged. Get one from {@link ModelArbitraries#portfolios()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PortfolioArbitrary extends ArbitraryDecorator<Portfolio> {
  private static final ImmutableSet<Class<? extends SalesMotion>> ALL_MOTIONS =
      ImmutableSet.of(SellWith.class, SellTo.class, SellThrough.class);

  private final int minSize;
  private final int maxSize;
  private final int minAssessments;
  private final int maxAssessments;
  private final Optional<FactorCatalog> catalog;
  private final Optional<RatingScale> scale;
  private final double unknownShare;
  private final ImmutableList<CurrencyUnit> currencies;
  private final long minRevenue;
  private final long maxRevenue;
  private final PartnerId host;

  PortfolioArbitrary() {
    this(
        1,
        6,
        1,
        2,
        Optional.empty(),
        Optional.empty(),
        AssessmentArbitrary.DEFAULT_UNKNOWN_SHARE,
        ImmutableList.of(Values.currency("EUR")),
        0,
        10_000_000L,
        Values.HOST);
  }

  private PortfolioArbitrary(
      int minSize,
      int maxSize,
      int minAssessments,
      int maxAssessments,
      Optional<FactorCatalog> catalog,
      Optional<RatingScale> scale,
      double unknownShare,
      ImmutableList<CurrencyUnit> currencies,
      long minRevenue,
      long maxRevenue,
      PartnerId host) {
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.minAssessments = minAssessments;
    this.maxAssessments = maxAssessments;
    this.catalog = catalog;
    this.scale = scale;
    this.unknownShare = unknownShare;
    this.currencies = currencies;
    this.minRevenue = minRevenue;
    this.maxRevenue = maxRevenue;
    this.host = host;
  }

  /**
   * Returns an arbitrary whose portfolios have {@code min} to {@code max} relationships.
   *
   * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}, or
   *     {@code max} is over 1,000
   */
  public PortfolioArbitrary ofSize(int min, int max) {
    checkArgument(
        0 <= min && min <= max && max <= 1_000,
        "portfolio size range %s..%s must be within 0..1000 and not empty",
        min,
        max);
    return new PortfolioArbitrary(
        min,
        max,
        minAssessments,
        maxAssessments,
        catalog,
        scale,
        unknownShare,
        currencies,
        minRevenue,
        maxRevenue,
        host);
  }

  /**
   * Returns an arbitrary whose relationships have {@code min} to {@code max} assessments each.
   *
   * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}, or
   *     {@code max} is over 100
   */
  public PortfolioArbitrary assessmentsPerRelationship(int min, int max) {
    checkArgument(
        0 <= min && min <= max && max <= 100,
        "assessments per relationship %s..%s must be within 0..100 and not empty",
        min,
        max);
    return new PortfolioArbitrary(
        minSize,
        maxSize,
        min,
        max,
        catalog,
        scale,
        unknownShare,
        currencies,
        minRevenue,
        maxRevenue,
        host);
  }

  /** Returns an arbitrary whose assessments all rate the given catalog. */
  public PortfolioArbitrary forCatalog(FactorCatalog catalog) {
    return new PortfolioArbitrary(
        minSize,
        maxSize,
        minAssessments,
        maxAssessments,
        Optional.of(checkNotNull(catalog, "catalog")),
        scale,
        unknownShare,
        currencies,
        minRevenue,
        maxRevenue,
        host);
  }

  /** Returns an arbitrary whose assessments are all given on the given scale. */
  public PortfolioArbitrary onScale(RatingScale scale) {
    return new PortfolioArbitrary(
        minSize,
        maxSize,
        minAssessments,
        maxAssessments,
        catalog,
        Optional.of(checkNotNull(scale, "scale")),
        unknownShare,
        currencies,
        minRevenue,
        maxRevenue,
        host);
  }

  /**
   * Returns an arbitrary whose assessments rate the given share of their rated factors as unknown
   * (see {@link AssessmentArbitrary#unknownShare(double)}); each keeps at least one known rating.
   *
   * @throws IllegalArgumentException if the share is not a number between 0 and 1
   */
  public PortfolioArbitrary unknownShare(double share) {
    checkArgument(share >= 0 && share <= 1, "unknown share %s must be between 0 and 1", share);
    return new PortfolioArbitrary(
        minSize,
        maxSize,
        minAssessments,
        maxAssessments,
        catalog,
        scale,
        share,
        currencies,
        minRevenue,
        maxRevenue,
        host);
  }

  /** Returns an arbitrary whose revenues are all in the given currency. */
  public PortfolioArbitrary currency(CurrencyUnit currency) {
    return currencies(currency);
  }

  /**
   * Returns an arbitrary whose revenues are each in one of the given currencies, so that a
   * portfolio may mix them; values shrink towards the first.
   *
   * @throws IllegalArgumentException if no currency is given
   */
  public PortfolioArbitrary currencies(CurrencyUnit... currencies) {
    ImmutableList<CurrencyUnit> chosen = ImmutableSet.copyOf(currencies).asList();
    checkArgument(!chosen.isEmpty(), "currencies to choose from must not be empty");
    return new PortfolioArbitrary(
        minSize,
        maxSize,
        minAssessments,
        maxAssessments,
        catalog,
        scale,
        unknownShare,
        chosen,
        minRevenue,
        maxRevenue,
        host);
  }

  /**
   * Returns an arbitrary whose revenues are from {@code min} to {@code max} whole currency units.
   *
   * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}
   */
  public PortfolioArbitrary revenueBetween(long min, long max) {
    checkArgument(
        0 <= min && min <= max && max <= 1_000_000_000_000L,
        "revenue range %s..%s must be within 0..1000000000000 and not empty",
        min,
        max);
    return new PortfolioArbitrary(
        minSize,
        maxSize,
        minAssessments,
        maxAssessments,
        catalog,
        scale,
        unknownShare,
        currencies,
        min,
        max,
        host);
  }

  /**
   * Returns an arbitrary whose relationships all have the given host. Partners are still {@code p1,
   * p2, ...}.
   *
   * @throws IllegalArgumentException if the host's id has the form {@code p} followed by a number
   */
  public PortfolioArbitrary host(PartnerId host) {
    checkNotNull(host, "host");
    checkArgument(
        !host.value().matches("p[0-9]+"),
        "host %s would clash with the generated partner ids p1, p2, ...",
        host);
    return new PortfolioArbitrary(
        minSize,
        maxSize,
        minAssessments,
        maxAssessments,
        catalog,
        scale,
        unknownShare,
        currencies,
        minRevenue,
        maxRevenue,
        host);
  }

  @Override
  protected Arbitrary<Portfolio> arbitrary() {
    if (catalog.isPresent()) {
      return portfolios(catalog.get());
    }
    return ModelArbitraries.factorCatalogs().flatMap(c -> portfolios(c).withoutEdgeCases());
  }

  private Arbitrary<Portfolio> portfolios(FactorCatalog portfolioCatalog) {
    AssessmentArbitrary assessments =
        ModelArbitraries.assessments()
            .forCatalog(portfolioCatalog)
            .unknownShare(unknownShare)
            .atLeastOneKnown();
    Arbitrary<Assessment> scaled =
        scale.isPresent() ? assessments.onScale(scale.get()) : assessments;
    Arbitrary<Entry> entries =
        Combinators.combine(
                RelationshipArbitrary.templates(ALL_MOTIONS, currencies),
                scaled.list().ofMinSize(minAssessments).ofMaxSize(maxAssessments),
                Values.amounts(Values.oneOfValues(currencies), minRevenue, maxRevenue))
            .as(Entry::new);
    return entries.list().ofMinSize(minSize).ofMaxSize(maxSize).map(this::portfolio);
  }

  private Portfolio portfolio(List<Entry> entries) {
    Portfolio.Builder builder = Portfolio.builder();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      RelationshipId id = RelationshipId.of("r" + (i + 1));
      builder.addRelationships(entry.relationship.build(id, host, PartnerId.of("p" + (i + 1))));
      for (int j = 0; j < entry.assessments.size(); j++) {
        builder.addAssessments(
            entry
                .assessments
                .get(j)
                .withId(AssessmentId.of(id + "-a" + (j + 1)))
                .withRelationship(id));
      }
      builder.putRevenue(id, entry.revenue);
    }
    return builder.build();
  }

  /** One relationship of a portfolio before it is numbered. */
  private static final class Entry {
    private final RelationshipArbitrary.Template relationship;
    private final List<Assessment> assessments;
    private final MonetaryAmount revenue;

    Entry(
        RelationshipArbitrary.Template relationship,
        List<Assessment> assessments,
        MonetaryAmount revenue) {
      this.relationship = relationship;
      this.assessments = assessments;
      this.revenue = revenue;
    }
  }
}
