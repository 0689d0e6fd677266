package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Generates {@link Assessment}s: a catalog (any, unless {@linkplain #forCatalog given}), a scale
 * (any, unless {@linkplain #onScale given}), and ratings for some or all of the catalog's factors,
 * listed in catalog order, with every known value on the scale.
 *
 * <p>Which factors are rated varies from none to all (or is all, after {@link #allFactorsRated()}).
 * Of the {@code n} rated factors, exactly {@code Math.round(unknownShare * n)} are rated as
 * explicitly unknown; the share is {@value #DEFAULT_UNKNOWN_SHARE} unless {@linkplain
 * #unknownShare(double) set}. After {@link #atLeastOneKnown()} at least one factor is rated and at
 * least one rating is known, however high the share.
 *
 * <pre>{@code
 * Arbitrary<Assessment> scorecardAssessments =
 *     ModelArbitraries.assessments()
 *         .forCatalog(FactorCatalogs.allianceSalesScorecard())
 *         .onScale(RatingScale.zeroToTen())
 *         .unknownShare(0.2);
 * }</pre>
 *
 * <p>A known value is a point on the scale: an anchor's value on an anchored scale, a whole number
 * on a numeric scale with whole bounds, any number in range on other numeric scales. When no
 * catalog is given, half of the assessments use a custom catalog of 1 to 12 factors {@code F1, F2,
 * ...} (see {@link CatalogArbitrary}) and the others one of the two standard catalogs.
 *
 * <p>Values are assessment {@code a1} of relationship {@code r1} and shrink towards few ratings
 * with values at the bottom of the scale and, when the catalog is not given, towards a custom
 * catalog of few factors: a custom factor and its rating are generated together and shrink away
 * together. Each configuration method returns a new arbitrary and leaves this one unchanged. Get
 * one from {@link ModelArbitraries#assessments()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AssessmentArbitrary extends ArbitraryDecorator<Assessment> {
  /** The share of rated factors rated as unknown unless another share is set. */
  public static final double DEFAULT_UNKNOWN_SHARE = 0.2;

  private static final ImmutableList<Assessor> ASSESSORS =
      ImmutableList.of(
          Assessor.of("Dana Reyes", "Alliance manager"),
          Assessor.of("Sam Patel", "Regional sales director"),
          Assessor.of("Kim Lee", "Partner account manager"));

  private final Optional<FactorCatalog> catalog;
  private final Optional<RatingScale> scale;
  private final double unknownShare;
  private final boolean allRated;
  private final boolean atLeastOneKnown;
  private final AssessmentId id;
  private final RelationshipId relationship;
  private final Optional<Side> side;

  AssessmentArbitrary() {
    this(
        Optional.empty(),
        Optional.empty(),
        DEFAULT_UNKNOWN_SHARE,
        false,
        false,
        AssessmentId.of("a1"),
        RelationshipId.of("r1"),
        Optional.empty());
  }

  private AssessmentArbitrary(
      Optional<FactorCatalog> catalog,
      Optional<RatingScale> scale,
      double unknownShare,
      boolean allRated,
      boolean atLeastOneKnown,
      AssessmentId id,
      RelationshipId relationship,
      Optional<Side> side) {
    this.catalog = catalog;
    this.scale = scale;
    this.unknownShare = unknownShare;
    this.allRated = allRated;
    this.atLeastOneKnown = atLeastOneKnown;
    this.id = id;
    this.relationship = relationship;
    this.side = side;
  }

  /** Returns an arbitrary whose assessments rate the factors of the given catalog. */
  public AssessmentArbitrary forCatalog(FactorCatalog catalog) {
    return new AssessmentArbitrary(
        Optional.of(checkNotNull(catalog, "catalog")),
        scale,
        unknownShare,
        allRated,
        atLeastOneKnown,
        id,
        relationship,
        side);
  }

  /** Returns an arbitrary whose assessments are given on the given scale. */
  public AssessmentArbitrary onScale(RatingScale scale) {
    return new AssessmentArbitrary(
        catalog,
        Optional.of(checkNotNull(scale, "scale")),
        unknownShare,
        allRated,
        atLeastOneKnown,
        id,
        relationship,
        side);
  }

  /**
   * Returns an arbitrary in which the given share of the rated factors, rounded to the nearest
   * whole number of factors, is rated as explicitly unknown: 0 for none, 1 for all.
   *
   * @throws IllegalArgumentException if the share is not a number between 0 and 1
   */
  public AssessmentArbitrary unknownShare(double share) {
    checkArgument(share >= 0 && share <= 1, "unknown share %s must be between 0 and 1", share);
    return new AssessmentArbitrary(
        catalog, scale, share, allRated, atLeastOneKnown, id, relationship, side);
  }

  /** Returns an arbitrary whose assessments rate every factor of their catalog, known or not. */
  public AssessmentArbitrary allFactorsRated() {
    return new AssessmentArbitrary(
        catalog, scale, unknownShare, true, atLeastOneKnown, id, relationship, side);
  }

  /**
   * Returns an arbitrary whose assessments have at least one known rating, as scoring rules need.
   */
  public AssessmentArbitrary atLeastOneKnown() {
    return new AssessmentArbitrary(
        catalog, scale, unknownShare, allRated, true, id, relationship, side);
  }

  /** Returns an arbitrary whose assessments have the given id. */
  public AssessmentArbitrary withId(AssessmentId id) {
    return new AssessmentArbitrary(
        catalog,
        scale,
        unknownShare,
        allRated,
        atLeastOneKnown,
        checkNotNull(id, "id"),
        relationship,
        side);
  }

  /** Returns an arbitrary whose assessments assess the given relationship. */
  public AssessmentArbitrary forRelationship(RelationshipId relationship) {
    return new AssessmentArbitrary(
        catalog,
        scale,
        unknownShare,
        allRated,
        atLeastOneKnown,
        id,
        checkNotNull(relationship, "relationship"),
        side);
  }

  /** Returns an arbitrary whose assessments are made from the given side. */
  public AssessmentArbitrary fromSide(Side side) {
    return new AssessmentArbitrary(
        catalog,
        scale,
        unknownShare,
        allRated,
        atLeastOneKnown,
        id,
        relationship,
        Optional.of(checkNotNull(side, "side")));
  }

  @Override
  protected Arbitrary<Assessment> arbitrary() {
    // No flat-mapping: a custom catalog and its ratings come from the same list of factor plans,
    // so that shrinking removes a factor and its rating together.
    Arbitrary<RatingScale> scales =
        scale.map(Arbitraries::just).orElseGet(ModelArbitraries::ratingScales);
    if (catalog.isPresent()) {
      return forFixedCatalog(catalog.get(), scales);
    }
    Arbitrary<Assessment> custom =
        Combinators.combine(
                plans(Arbitraries.of(FactorCategory.class)).list().ofMinSize(1).ofMaxSize(12),
                scales,
                sides(),
                Values.dates(),
                Values.oneOfValues(ASSESSORS))
            .as(
                (plans, ratingScale, assessmentSide, date, assessor) ->
                    build(
                        CatalogArbitrary.catalog(
                            "CUSTOM", plans.stream().map(plan -> plan.category).toList()),
                        plans,
                        ratingScale,
                        assessmentSide,
                        date,
                        assessor));
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(2, custom),
            Tuple.of(1, forFixedCatalog(FactorCatalogs.allianceSalesScorecard(), scales)),
            Tuple.of(1, forFixedCatalog(FactorCatalogs.bestPractices(), scales))));
  }

  private Arbitrary<Assessment> forFixedCatalog(
      FactorCatalog fixed, Arbitrary<RatingScale> scales) {
    return Combinators.combine(
            plans(Arbitraries.just(FactorCategory.COMMERCIAL)).list().ofSize(fixed.size()),
            scales,
            sides(),
            Values.dates(),
            Values.oneOfValues(ASSESSORS))
        .as(
            (plans, ratingScale, assessmentSide, date, assessor) ->
                build(fixed, plans, ratingScale, assessmentSide, date, assessor));
  }

  private Arbitrary<Side> sides() {
    return side.map(Arbitraries::just).orElseGet(() -> Arbitraries.of(Side.class));
  }

  /** Plans for one factor each: whether it is rated, how high, and how early it turns unknown. */
  private Arbitrary<FactorPlan> plans(Arbitrary<FactorCategory> categories) {
    return Combinators.combine(
            categories,
            allRated ? Arbitraries.just(true) : Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 1_000))
        .as(FactorPlan::new);
  }

  private Assessment build(
      FactorCatalog catalog,
      List<FactorPlan> plans,
      RatingScale ratingScale,
      Side assessmentSide,
      LocalDate date,
      Assessor assessor) {
    List<Integer> rated = new ArrayList<>();
    for (int position = 0; position < plans.size(); position++) {
      if (plans.get(position).rated) {
        rated.add(position);
      }
    }
    if (atLeastOneKnown && rated.isEmpty()) {
      rated.add(0);
    }
    int unknown = (int) Math.round(unknownShare * rated.size());
    if (atLeastOneKnown) {
      unknown = Math.min(unknown, rated.size() - 1);
    }
    Set<Integer> unknownPositions =
        rated.stream()
            .sorted(Comparator.comparingInt((Integer position) -> plans.get(position).priority))
            .limit(unknown)
            .collect(Collectors.toSet());
    Assessment.Builder builder =
        Assessment.builder()
            .id(id)
            .relationship(relationship)
            .catalog(catalog)
            .scale(ratingScale)
            .assessor(assessor)
            .side(assessmentSide)
            .date(date);
    for (int position : rated) {
      String code = catalog.codes().get(position);
      builder.addRatings(
          unknownPositions.contains(position)
              ? Rating.unknown(code)
              : Rating.of(code, valueAt(ratingScale, plans.get(position).level)));
    }
    return builder.build();
  }

  /**
   * The value {@code level} percent of the way up the scale: the nearest anchor on an anchored
   * scale, the nearest whole value on a numeric scale with whole bounds, else the exact point.
   */
  static double valueAt(RatingScale scale, int level) {
    if (scale instanceof AnchoredScale) {
      List<Anchor> anchors = ((AnchoredScale) scale).anchors();
      return anchors.get((int) Math.round(level / 100.0 * (anchors.size() - 1))).value();
    }
    double min = scale.min();
    double max = scale.max();
    double value = min + (max - min) * level / 100.0;
    if (min == Math.rint(min) && max == Math.rint(max)) {
      value = Math.rint(value);
    }
    return Math.min(max, Math.max(min, value));
  }

  /** What happens to one catalog factor. */
  private static final class FactorPlan {
    final FactorCategory category;
    final boolean rated;
    final int level;
    final int priority;

    FactorPlan(FactorCategory category, boolean rated, int level, int priority) {
      this.category = category;
      this.rated = rated;
      this.level = level;
      this.priority = priority;
    }
  }
}
