package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import com.google.common.collect.Ordering;
import com.google.common.math.Stats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The perception gap of a relationship: where the host side and the partner side see the
 * relationship differently, factor by factor and area by area. When both sides are interviewed,
 * their disagreements are a finding in themselves.
 *
 * <pre>{@code
 * PerceptionGap gap = PerceptionGap.of(List.of(hostView, partnerView, secondPartnerView));
 * for (FactorGap factor : gap.largestFirst()) { ... }
 * }</pre>
 *
 * <p><b>How it is computed.</b> Each side may have several assessments; they are first combined by
 * the mean, as {@link AssessmentCombiner#mean()} does: each factor's value for a side is the mean
 * of that side's normalised known ratings of it, in [0, 1]. Then:
 *
 * <ul>
 *   <li>per factor, only factors with a value on both sides are compared, and the gap is the host's
 *       value minus the partner's ({@link FactorGap#gap()}), from -1 to 1, positive when the host
 *       rates the factor higher;
 *   <li>per area, over the area's compared factors only, the gap is the host's mean minus the
 *       partner's mean ({@link AreaGap#gap()}); an area with no compared factor has no gap;
 *   <li>overall, {@link #meanAbsoluteGap()} is the mean of the factors' absolute gaps.
 * </ul>
 *
 * <p>{@link #between(Iterable, Iterable)} takes the two sides as given, without looking at {@link
 * Assessment#side()}, so any two views may be compared (such as an independent adviser's against
 * the host's); passing them the other way round negates every gap. {@link #of(Iterable)} sorts the
 * assessments by their side.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PerceptionGap implements WithPerceptionGap {
  private static final Comparator<FactorGap> FACTORS_LARGEST_FIRST =
      Comparator.comparingDouble(FactorGap::absoluteGap).reversed();
  private static final Comparator<AreaGap> AREAS_LARGEST_FIRST =
      Comparator.comparingDouble(AreaGap::absoluteGap).reversed();

  PerceptionGap() {}

  /** The relationship whose two views are compared. */
  public abstract RelationshipId relationship();

  /** The name of the factor catalog the assessments used. */
  public abstract String catalog();

  /** The gap of every factor with a value on both sides, in catalog order. */
  public abstract ImmutableList<FactorGap> factors();

  /**
   * The gap of every area with at least one factor valued on both sides, in {@link FactorCategory}
   * order.
   */
  public abstract ImmutableList<AreaGap> areas();

  /**
   * Returns the perception gap between the {@link Side#HOST} and the {@link Side#PARTNER}
   * assessments among the given ones; {@link Side#INDEPENDENT} assessments are left out. All the
   * given assessments must be of one relationship and on one catalog.
   *
   * @throws IllegalArgumentException if there is no host or no partner assessment, two have the
   *     same id, or they are of different relationships or on different catalogs (the message names
   *     the ids)
   */
  public static PerceptionGap of(Iterable<Assessment> assessments) {
    ImmutableList<Assessment> all = ImmutableList.copyOf(checkNotNull(assessments, "assessments"));
    checkArgument(
        !all.isEmpty(),
        "no assessments given; a perception gap needs at least one assessment from each side");
    ImmutableList<Assessment> sorted = AssessmentCombiner.checkOneRelationship(all, "compared");
    return compute(bySide(sorted, Side.HOST), bySide(sorted, Side.PARTNER));
  }

  private static ImmutableList<Assessment> bySide(List<Assessment> assessments, Side side) {
    ImmutableList<Assessment> ofSide =
        assessments.stream().filter(a -> a.side() == side).collect(ImmutableList.toImmutableList());
    checkArgument(
        !ofSide.isEmpty(),
        "relationship %s has no %s assessment; a perception gap needs at least one assessment from"
            + " each side",
        assessments.get(0).relationship(),
        side);
    return ofSide;
  }

  /**
   * Returns the perception gap between two views of one relationship: {@code host} minus {@code
   * partner}. The sides the assessments declare are not checked, so that any two views can be
   * compared; swapping the arguments negates every gap.
   *
   * @throws IllegalArgumentException if either view has no assessment, an assessment appears twice
   *     or two share an id, or they are of different relationships or on different catalogs (the
   *     message names the ids)
   */
  public static PerceptionGap between(Iterable<Assessment> host, Iterable<Assessment> partner) {
    ImmutableList<Assessment> hostView = ImmutableList.copyOf(checkNotNull(host, "host"));
    ImmutableList<Assessment> partnerView = ImmutableList.copyOf(checkNotNull(partner, "partner"));
    checkArgument(
        !hostView.isEmpty(),
        "no host-side assessment given; a perception gap needs at least one assessment from each"
            + " side");
    checkArgument(
        !partnerView.isEmpty(),
        "no partner-side assessment given; a perception gap needs at least one assessment from"
            + " each side");
    AssessmentCombiner.checkOneRelationship(
        ImmutableList.copyOf(Iterables.concat(hostView, partnerView)), "compared");
    return compute(
        AssessmentCombiner.checkOneRelationship(hostView, "compared"),
        AssessmentCombiner.checkOneRelationship(partnerView, "compared"));
  }

  private static PerceptionGap compute(List<Assessment> host, List<Assessment> partner) {
    FactorCatalog catalog = host.get(0).catalog();
    ImmutableMap<String, Double> hostValues = AssessmentCombiner.normalisedMeans(host, catalog);
    ImmutableMap<String, Double> partnerValues =
        AssessmentCombiner.normalisedMeans(partner, catalog);
    Builder gap = builder().relationship(host.get(0).relationship()).catalog(catalog.name());
    for (FactorCategory category : catalog.categories()) {
      List<Double> hostInArea = new ArrayList<>();
      List<Double> partnerInArea = new ArrayList<>();
      for (SuccessFactor factor : catalog.inCategory(category)) {
        Double hostValue = hostValues.get(factor.code());
        Double partnerValue = partnerValues.get(factor.code());
        if (hostValue != null && partnerValue != null) {
          hostInArea.add(hostValue);
          partnerInArea.add(partnerValue);
        }
      }
      if (!hostInArea.isEmpty()) {
        gap.addArea(
            AreaGap.of(
                category,
                AssessmentCombiner.clamp(Stats.meanOf(hostInArea), 0, 1),
                AssessmentCombiner.clamp(Stats.meanOf(partnerInArea), 0, 1),
                hostInArea.size()));
      }
    }
    for (SuccessFactor factor : catalog.factors()) {
      Double hostValue = hostValues.get(factor.code());
      Double partnerValue = partnerValues.get(factor.code());
      if (hostValue != null && partnerValue != null) {
        gap.addFactor(FactorGap.of(factor.code(), factor.category(), hostValue, partnerValue));
      }
    }
    return gap.build();
  }

  /** Returns a new builder; the factories above build perception gaps, users rarely need to. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PerceptionGap}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePerceptionGap.Builder {
    Builder() {}
  }

  /**
   * The factor gaps, largest absolute gap first; factors with equal absolute gaps keep the order of
   * {@link #factors()}, which is catalog order.
   */
  public ImmutableList<FactorGap> largestFirst() {
    return ImmutableList.sortedCopyOf(FACTORS_LARGEST_FIRST, factors());
  }

  /**
   * The area gaps, largest absolute gap first; areas with equal absolute gaps keep {@link
   * FactorCategory} order.
   */
  public ImmutableList<AreaGap> largestAreasFirst() {
    return ImmutableList.sortedCopyOf(AREAS_LARGEST_FIRST, areas());
  }

  /**
   * The mean of the factors' absolute gaps, from 0 (the sides agree on every compared factor) to 1;
   * empty when no factor has a value on both sides.
   */
  public OptionalDouble meanAbsoluteGap() {
    if (factors().isEmpty()) {
      return OptionalDouble.empty();
    }
    double mean = Stats.meanOf(factors().stream().map(FactorGap::absoluteGap).iterator());
    return OptionalDouble.of(AssessmentCombiner.clamp(mean, 0, 1));
  }

  /** The gap of the factor with the given code, if it was compared. */
  public Optional<FactorGap> factor(String code) {
    checkNotNull(code, "code");
    return factors().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  /** The gap of the given area, if it has one. */
  public Optional<AreaGap> area(FactorCategory category) {
    checkNotNull(category, "category");
    return areas().stream().filter(a -> a.category() == category).findFirst();
  }

  @Value.Check
  void check() {
    checkArgument(
        !catalog().isBlank(), "catalog name '%s' of a perception gap must not be blank", catalog());
    Set<String> codes = new HashSet<>();
    for (FactorGap factor : factors()) {
      checkArgument(
          codes.add(factor.code()),
          "factor %s appears more than once in the perception gap of relationship %s",
          factor.code(),
          relationship());
    }
    checkArgument(
        Ordering.natural().isStrictlyOrdered(areas().stream().map(AreaGap::category).toList()),
        "area gaps of relationship %s must be distinct and in category order: %s",
        relationship(),
        areas());
  }
}
