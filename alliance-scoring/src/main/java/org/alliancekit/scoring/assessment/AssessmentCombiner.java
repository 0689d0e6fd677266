package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.Quantiles;
import com.google.common.math.Stats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.apiguardian.api.API;

/**
 * Combines several assessments of one relationship, on one factor catalog, into a single {@link
 * Assessment}: by the {@linkplain #mean() mean}, by the {@linkplain #median() median}, or by the
 * mean of {@linkplain #side(Side) one side's} assessments only.
 *
 * <pre>{@code
 * Assessment consensus = AssessmentCombiner.mean().combine(List.of(hostView, partnerView));
 * Assessment hostOnly = AssessmentCombiner.side(Side.HOST).combine(allViews);
 * }</pre>
 *
 * <p><b>Catalogs.</b> The assessments must share a catalog, with one exception: assessments on the
 * two standard catalogs, the 52 best practices and the Alliance Sales Balanced Scorecard, are
 * combined on the best practices, every scorecard factor being the best practice of the same code
 * and area ({@link #onCommonCatalog}).
 *
 * <p><b>Values.</b> For each catalog factor the combiner takes the known ratings of the chosen
 * assessments, normalises each by its own assessment's scale ({@link
 * RatingScale#normalize(double)}) and combines the normalised values. Unknown ratings are left out;
 * a factor rated only as unknown stays unknown, and a factor no chosen assessment rated stays
 * unrated. The median of an even number of values is the mean of the middle two.
 *
 * <p><b>Scale of the result.</b> When every chosen assessment uses the same {@link NumericScale},
 * the result uses that scale too and each combined value is mapped back onto it ({@code min +
 * normalised x (max - min)}, computed directly on the ratings, which is the same thing because the
 * mapping is linear). Otherwise, including when the assessments share an anchored scale (a mean of
 * anchored answers is usually no answer), the result uses the {@linkplain RatingScale#percent()
 * percent scale 0..100} and each value is the combined normalised value times 100. Either way a
 * combined value normalises back to the combined normalised value, up to floating-point rounding.
 *
 * <p><b>The combined assessment.</b>
 *
 * <ul>
 *   <li>id: the smallest id (in {@link AssessmentId} order) of the chosen assessments followed by
 *       {@code "+combined"}, such as {@code "acme-2026-host+combined"}; the first id is shortened
 *       if needed to keep the whole id within 256 characters;
 *   <li>assessor: named {@code "combined"}, with a role that says how, such as {@code "mean of 3
 *       assessments"} or {@code "mean of 2 HOST assessments"};
 *   <li>side: the chosen side for {@link #side(Side)}; otherwise the side all chosen assessments
 *       share, or {@link Side#INDEPENDENT} when they come from different sides;
 *   <li>date: the latest date of the chosen assessments;
 *   <li>ratings: in catalog order, without evidence.
 * </ul>
 *
 * <p>The result does not depend on the order in which the assessments are given: they are taken in
 * id order. Instances are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class AssessmentCombiner {
  private static final String COMBINED_SUFFIX = "+combined";
  private static final int MAX_ID_LENGTH = 256;
  private static final AssessmentCombiner MEAN = new AssessmentCombiner(Method.MEAN, null);
  private static final AssessmentCombiner MEDIAN = new AssessmentCombiner(Method.MEDIAN, null);

  private enum Method {
    MEAN,
    MEDIAN
  }

  private final Method method;
  private final Side side;

  private AssessmentCombiner(Method method, Side side) {
    this.method = method;
    this.side = side;
  }

  /** Returns the combiner that takes the mean of each factor's normalised known ratings. */
  public static AssessmentCombiner mean() {
    return MEAN;
  }

  /** Returns the combiner that takes the median of each factor's normalised known ratings. */
  public static AssessmentCombiner median() {
    return MEDIAN;
  }

  /**
   * Returns the combiner that keeps only the assessments made from the given side and takes the
   * mean of their normalised known ratings.
   */
  public static AssessmentCombiner side(Side side) {
    return new AssessmentCombiner(Method.MEAN, checkNotNull(side, "side"));
  }

  /**
   * Combines the given assessments into one.
   *
   * @throws IllegalArgumentException if there are no assessments, two have the same id, they are of
   *     different relationships or use different catalogs other than the two standard ones (the
   *     message names the ids), or, for {@link #side(Side)}, none of them is from that side
   */
  public Assessment combine(Iterable<Assessment> assessments) {
    ImmutableList<Assessment> all =
        onCommonCatalog(ImmutableList.copyOf(checkNotNull(assessments, "assessments")));
    checkArgument(!all.isEmpty(), "no assessments to combine; at least one is required");
    ImmutableList<Assessment> sorted = checkOneRelationship(all, "combined");
    ImmutableList<Assessment> chosen =
        side == null
            ? sorted
            : sorted.stream()
                .filter(a -> a.side() == side)
                .collect(ImmutableList.toImmutableList());
    checkArgument(
        !chosen.isEmpty(),
        "none of the assessments %s is from side %s; there is nothing to combine",
        ids(sorted),
        side);

    Assessment first = chosen.get(0);
    FactorCatalog catalog = first.catalog();
    Optional<NumericScale> shared = sharedNumericScale(chosen);
    RatingScale scale = shared.isPresent() ? shared.get() : RatingScale.percent();
    ImmutableList.Builder<Rating> ratings = ImmutableList.builder();
    for (Map.Entry<String, List<Double>> entry :
        values(chosen, catalog, shared.isEmpty()).entrySet()) {
      List<Double> values = entry.getValue();
      if (values.isEmpty()) {
        ratings.add(Rating.unknown(entry.getKey()));
      } else {
        double combined = combineValues(values);
        double value =
            shared.isPresent()
                ? clamp(combined, scale.min(), scale.max())
                : clamp(combined, 0, 1) * 100;
        ratings.add(Rating.of(entry.getKey(), value));
      }
    }
    return Assessment.builder()
        .id(AssessmentId.of(combinedId(first.id())))
        .relationship(first.relationship())
        .catalog(catalog)
        .scale(scale)
        .assessor(Assessor.of("combined", role(chosen.size())))
        .side(combinedSide(chosen))
        .date(chosen.stream().map(Assessment::date).max(Comparator.naturalOrder()).orElseThrow())
        .ratings(ratings.build())
        .build();
  }

  /**
   * Returns the assessments unchanged when they share a catalog or use another catalog than the two
   * standard ones; when they use both standard catalogs, returns them all on the 52 best practices
   * ({@link FactorCatalogs#bestPractices()}), since every factor of the Alliance Sales Balanced
   * Scorecard is the best practice of the same code and area.
   */
  public static ImmutableList<Assessment> onCommonCatalog(List<Assessment> assessments) {
    checkNotNull(assessments, "assessments");
    boolean shared = assessments.stream().map(Assessment::catalog).distinct().count() <= 1;
    FactorCatalog bestPractices = FactorCatalogs.bestPractices();
    FactorCatalog scorecard = FactorCatalogs.allianceSalesScorecard();
    boolean standard =
        assessments.stream()
            .map(Assessment::catalog)
            .allMatch(catalog -> catalog.equals(bestPractices) || catalog.equals(scorecard));
    if (shared || !standard) {
      return ImmutableList.copyOf(assessments);
    }
    return assessments.stream()
        .map(assessment -> assessment.withCatalog(bestPractices))
        .collect(ImmutableList.toImmutableList());
  }

  private double combineValues(List<Double> values) {
    return method == Method.MEAN ? Stats.meanOf(values) : Quantiles.median().compute(values);
  }

  private String role(int count) {
    String how = method == Method.MEAN ? "mean" : "median";
    String which = side == null ? "" : side + " ";
    return how + " of " + count + " " + which + (count == 1 ? "assessment" : "assessments");
  }

  private Side combinedSide(List<Assessment> chosen) {
    if (side != null) {
      return side;
    }
    Side common = chosen.get(0).side();
    return chosen.stream().allMatch(a -> a.side() == common) ? common : Side.INDEPENDENT;
  }

  /** Returns how the combiner works, such as {@code "AssessmentCombiner.side(HOST)"}. */
  @Override
  public String toString() {
    if (side != null) {
      return "AssessmentCombiner.side(" + side + ")";
    }
    return method == Method.MEAN ? "AssessmentCombiner.mean()" : "AssessmentCombiner.median()";
  }

  private static String combinedId(AssessmentId first) {
    String text = first.value();
    int room = MAX_ID_LENGTH - COMBINED_SUFFIX.length();
    return (text.length() > room ? text.substring(0, room) : text) + COMBINED_SUFFIX;
  }

  private static Optional<NumericScale> sharedNumericScale(List<Assessment> assessments) {
    RatingScale scale = assessments.get(0).scale();
    if (scale instanceof NumericScale numeric
        && assessments.stream().allMatch(a -> a.scale().equals(numeric))) {
      return Optional.of(numeric);
    }
    return Optional.empty();
  }

  /**
   * Checks that the assessments are of one relationship, on one catalog, with distinct ids, and
   * returns them in id order. {@code purpose} completes the messages: "combined" or "compared".
   */
  static ImmutableList<Assessment> checkOneRelationship(
      List<Assessment> assessments, String purpose) {
    Map<AssessmentId, Assessment> byId = new HashMap<>();
    for (Assessment assessment : assessments) {
      checkArgument(
          byId.put(assessment.id(), assessment) == null,
          "assessment id %s appears more than once; each assessment can be %s only once",
          assessment.id(),
          purpose);
    }
    ImmutableList<Assessment> sorted =
        ImmutableList.sortedCopyOf(Comparator.comparing(Assessment::id), assessments);
    if (sorted.isEmpty()) {
      return sorted;
    }
    Assessment first = sorted.get(0);
    for (Assessment other : sorted) {
      checkArgument(
          other.relationship().equals(first.relationship()),
          "assessments %s and %s are of different relationships, %s and %s; only assessments of"
              + " one relationship can be %s",
          first.id(),
          other.id(),
          first.relationship(),
          other.relationship(),
          purpose);
      checkArgument(
          other.catalog().equals(first.catalog()),
          "assessments %s and %s use different catalogs, %s and %s; only assessments on one"
              + " catalog can be %s",
          first.id(),
          other.id(),
          first.catalog().name(),
          other.catalog().name(),
          purpose);
    }
    return sorted;
  }

  /**
   * For each catalog factor rated (known or unknown) by at least one of the assessments, in catalog
   * order: its known values, normalised when {@code normalise}, otherwise as given, in the order of
   * the assessments. A factor rated only as unknown maps to an empty list.
   */
  static Map<String, List<Double>> values(
      List<Assessment> assessments, FactorCatalog catalog, boolean normalise) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    for (String code : catalog.codes()) {
      for (Assessment assessment : assessments) {
        Optional<Rating> rating = assessment.rating(code);
        if (rating.isPresent()) {
          List<Double> known = values.computeIfAbsent(code, c -> new ArrayList<>());
          if (rating.get().isKnown()) {
            double value = rating.get().value().getAsDouble();
            known.add(normalise ? assessment.scale().normalize(value) : value);
          }
        }
      }
    }
    return values;
  }

  /**
   * The mean normalised known value of each factor that has at least one known rating among the
   * assessments, in catalog order; each mean lies in [0, 1].
   */
  static ImmutableMap<String, Double> normalisedMeans(
      List<Assessment> assessments, FactorCatalog catalog) {
    ImmutableMap.Builder<String, Double> means = ImmutableMap.builder();
    values(assessments, catalog, true)
        .forEach(
            (code, values) -> {
              if (!values.isEmpty()) {
                means.put(code, clamp(Stats.meanOf(values), 0, 1));
              }
            });
    return means.buildOrThrow();
  }

  /** Keeps a value that rounding may have pushed just past a bound within the bounds. */
  static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }

  private static String ids(List<Assessment> assessments) {
    return assessments.stream().map(a -> a.id().value()).collect(Collectors.joining(", "));
  }
}
