package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.relationship.RelationshipId;

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
 *     AllianceArbitraries.assessments()
 *         .forCatalog(FactorCatalogs.allianceSalesScorecard())
 *         .onScale(RatingScale.zeroToTen())
 *         .unknownShare(0.2);
 * }</pre>
 *
 * <p>Values are assessment {@code a1} of relationship {@code r1} and shrink towards few ratings
 * with values at the low end of the scale, on a small custom catalog when the catalog is not given.
 * Each configuration method returns a new arbitrary and leaves this one unchanged. Get one from
 * {@link AllianceArbitraries#assessments()}.
 */
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
    Arbitrary<FactorCatalog> catalogs =
        catalog.map(Arbitraries::just).orElseGet(AllianceArbitraries::factorCatalogs);
    Arbitrary<RatingScale> scales =
        scale.map(Arbitraries::just).orElseGet(AllianceArbitraries::ratingScales);
    if (catalog.isPresent() && scale.isPresent()) {
      return assessments(catalog.get(), scale.get());
    }
    return Combinators.combine(catalogs, scales).flatAs(this::assessments);
  }

  private Arbitrary<Assessment> assessments(FactorCatalog catalog, RatingScale scale) {
    int size = catalog.size();
    List<Integer> positions = IntStream.range(0, size).boxed().collect(Collectors.toList());
    Arbitrary<Set<Integer>> rated =
        allRated
            ? Arbitraries.just(Set.copyOf(positions))
            : Arbitraries.subsetOf(positions).ofMinSize(atLeastOneKnown ? 1 : 0);
    return Combinators.combine(
            rated,
            AllianceArbitraries.ratingValues(scale).list().ofSize(size),
            Arbitraries.shuffle(positions),
            side.map(Arbitraries::just).orElseGet(() -> Arbitraries.of(Side.class)),
            Values.dates(),
            Values.oneOfValues(ASSESSORS))
        .as(
            (ratedPositions, values, unknownFirst, assessmentSide, date, assessor) ->
                build(
                    catalog,
                    scale,
                    ratedPositions,
                    values,
                    unknownFirst,
                    assessmentSide,
                    date,
                    assessor));
  }

  private Assessment build(
      FactorCatalog catalog,
      RatingScale scale,
      Set<Integer> ratedPositions,
      List<Double> values,
      List<Integer> unknownFirst,
      Side assessmentSide,
      LocalDate date,
      Assessor assessor) {
    int unknown = (int) Math.round(unknownShare * ratedPositions.size());
    if (atLeastOneKnown) {
      unknown = Math.min(unknown, ratedPositions.size() - 1);
    }
    List<Integer> unknownPositions = new ArrayList<>();
    for (int position : unknownFirst) {
      if (unknownPositions.size() == unknown) {
        break;
      }
      if (ratedPositions.contains(position)) {
        unknownPositions.add(position);
      }
    }
    Assessment.Builder builder =
        Assessment.builder()
            .id(id)
            .relationship(relationship)
            .catalog(catalog)
            .scale(scale)
            .assessor(assessor)
            .side(assessmentSide)
            .date(date);
    for (int position = 0; position < catalog.size(); position++) {
      if (!ratedPositions.contains(position)) {
        continue;
      }
      String code = catalog.codes().get(position);
      builder.addRatings(
          unknownPositions.contains(position)
              ? Rating.unknown(code)
              : Rating.of(code, values.get(position)));
    }
    return builder.build();
  }
}
