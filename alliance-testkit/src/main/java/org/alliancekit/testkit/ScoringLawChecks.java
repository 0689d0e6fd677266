package org.alliancekit.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.FactorScore;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;

/**
 * The bodies of the {@link ScoringRuleLaws} properties. Each check throws an {@link AssertionError}
 * whose message names the law, the rule and what went wrong; jqwik then shrinks the assessment and
 * reports the smallest one that still breaks the law.
 */
final class ScoringLawChecks {
  private static final double TOLERANCE = ScoringRuleLaws.TOLERANCE;

  private ScoringLawChecks() {}

  static void scoresInUnitInterval(ScoringRule rule, Assessment assessment) {
    ScoringLaw law = ScoringLaw.SCORES_IN_UNIT_INTERVAL;
    Score score = score(law, rule, assessment);
    checkFraction(law, rule, "overall score", score.overall());
    checkFraction(law, rule, "coverage", score.coverage());
    for (CategoryScore area : score.categories()) {
      checkFraction(law, rule, "score of area " + area.category(), area.score());
    }
    for (FactorScore factor : score.factors()) {
      if (factor.value().isPresent()) {
        checkFraction(law, rule, "value of factor " + factor.code(), factor.value().getAsDouble());
      }
    }
  }

  static void scoreDescribesAssessment(ScoringRule rule, Assessment assessment) {
    ScoringLaw law = ScoringLaw.SCORE_DESCRIBES_ASSESSMENT;
    Score score = score(law, rule, assessment);
    check(
        score.relationship().equals(assessment.relationship()),
        law,
        rule,
        "score names relationship %s, the assessment %s",
        score.relationship(),
        assessment.relationship());
    check(
        score.date().equals(assessment.date()),
        law,
        rule,
        "score is dated %s, the assessment %s",
        score.date(),
        assessment.date());
    FactorCatalog catalog = assessment.catalog();
    check(
        score.catalog().equals(catalog.name()),
        law,
        rule,
        "score names catalog %s, the assessment %s",
        score.catalog(),
        catalog.name());
    check(
        close(score.coverage(), assessment.coverage()),
        law,
        rule,
        "coverage is %s, but %s of the %s factors have a known rating, %s",
        score.coverage(),
        assessment.knownRatings().size(),
        catalog.size(),
        assessment.coverage());
    int previous = -1;
    for (FactorScore factor : score.factors()) {
      int position = catalog.indexOf(factor.code());
      check(
          position >= 0,
          law,
          rule,
          "score lists factor %s, which is not in catalog %s",
          factor.code(),
          catalog.name());
      check(
          position > previous,
          law,
          rule,
          "score lists factor %s out of catalog order or more than once",
          factor.code());
      previous = position;
      FactorCategory category = catalog.factors().get(position).category();
      check(
          factor.category() == category,
          law,
          rule,
          "score puts factor %s in area %s, the catalog in %s",
          factor.code(),
          factor.category(),
          category);
      Optional<Rating> rating = assessment.rating(factor.code()).filter(Rating::isKnown);
      if (rating.isPresent()) {
        double value = rating.get().value().getAsDouble();
        double normalized = assessment.scale().normalize(value);
        check(
            factor.isRated() && close(factor.value().getAsDouble(), normalized),
            law,
            rule,
            "factor %s is rated %s on scale %s, which normalises to %s, but the score gives it %s%s",
            factor.code(),
            value,
            assessment.scale(),
            normalized,
            describe(factor.value()),
            factor.imputed() ? " (imputed)" : "");
      } else {
        check(
            !factor.isRated(),
            law,
            rule,
            "factor %s has no known rating, but the score counts it as rated with %s",
            factor.code(),
            describe(factor.value()));
      }
    }
    for (CategoryScore area : score.categories()) {
      long factors = score.factors().stream().filter(f -> f.category() == area.category()).count();
      long rated =
          score.factors().stream()
              .filter(f -> f.category() == area.category() && f.isRated())
              .count();
      check(
          area.factors() == factors && area.rated() == rated,
          law,
          rule,
          "area %s counts %s rated of %s factors, but the score lists %s rated of %s",
          area.category(),
          area.rated(),
          area.factors(),
          rated,
          factors);
    }
  }

  static void deterministic(ScoringRule rule, Assessment assessment) {
    ScoringLaw law = ScoringLaw.DETERMINISTIC;
    Score first = score(law, rule, assessment);
    Score second = score(law, rule, assessment);
    Assessment equal = Assessment.builder().from(assessment).build();
    Score copy = score(law, rule, equal);
    check(
        first.equals(second),
        law,
        rule,
        "scoring the same assessment twice gave different scores: %s",
        difference(first, second, 0).orElse(first + " and " + second));
    check(
        first.equals(copy),
        law,
        rule,
        "scoring an equal copy of the assessment gave a different score: %s",
        difference(first, copy, 0).orElse(first + " and " + copy));
    List<Score> batch;
    try {
      batch = rule.scoreAll(List.of(assessment, equal));
    } catch (RuntimeException e) {
      throw new AssertionError(
          law + " broken by " + rule + ": scoreAll refused what score accepted: " + e, e);
    }
    check(batch.size() == 2, law, rule, "scoreAll of two assessments gave %s scores", batch.size());
    for (Score scored : batch) {
      check(
          first.equals(scored),
          law,
          rule,
          "scoreAll gave a score different from score's: %s",
          difference(first, scored, 0).orElse(first + " and " + scored));
    }
  }

  static void independentOfRatingOrder(ScoringRule rule, Assessment assessment, long seed) {
    ScoringLaw law = ScoringLaw.INDEPENDENT_OF_RATING_ORDER;
    List<Rating> shuffled = new ArrayList<>(assessment.ratings());
    Collections.shuffle(shuffled, new Random(seed));
    if (shuffled.equals(assessment.ratings())) {
      Collections.reverse(shuffled);
    }
    Assessment reordered = assessment.withRatings(shuffled);
    Score given = score(law, rule, assessment);
    Score other = score(law, rule, reordered);
    Optional<String> difference = difference(given, other, TOLERANCE);
    check(
        difference.isEmpty(),
        law,
        rule,
        "reordering the ratings from %s to %s changed the score: %s",
        codes(assessment.ratings()),
        codes(shuffled),
        difference.orElse(""));
  }

  static void monotone(ScoringRule rule, Assessment assessment, int pick, double step) {
    ScoringLaw law = ScoringLaw.MONOTONE_IN_EACH_RATING;
    RatingScale scale = assessment.scale();
    List<Rating> raisable = new ArrayList<>();
    for (Rating rating : assessment.knownRatings()) {
      if (higher(scale, rating.value().getAsDouble(), step).isPresent()) {
        raisable.add(rating);
      }
    }
    if (raisable.isEmpty()) {
      return;
    }
    Rating rating = raisable.get(Math.floorMod(pick, raisable.size()));
    double from = rating.value().getAsDouble();
    double to = higher(scale, from, step).orElseThrow();
    Assessment raised = replace(assessment, rating.code(), Rating.of(rating.code(), to));
    Score before = score(law, rule, assessment);
    Score after = score(law, rule, raised);
    String change = String.format("raising %s from %s to %s", rating.code(), from, to);
    check(
        after.overall() >= before.overall() - TOLERANCE,
        law,
        rule,
        "%s lowered the overall score from %s to %s",
        change,
        before.overall(),
        after.overall());
    for (CategoryScore area : before.categories()) {
      Optional<CategoryScore> raisedArea = after.category(area.category());
      check(
          raisedArea.isPresent(),
          law,
          rule,
          "%s removed the score of area %s",
          change,
          area.category());
      check(
          raisedArea.get().score() >= area.score() - TOLERANCE,
          law,
          rule,
          "%s lowered the score of area %s from %s to %s",
          change,
          area.category(),
          area.score(),
          raisedArea.get().score());
    }
  }

  static void missingRatingsFollowPolicy(ScoringRule rule, Assessment assessment, int pick) {
    ScoringLaw law = ScoringLaw.MISSING_RATINGS_FOLLOW_POLICY;
    score(law, rule, assessment); // the generated assessment itself must be accepted
    List<Rating> known = assessment.knownRatings();
    if (known.isEmpty()) {
      return;
    }
    Rating taken = known.get(Math.floorMod(pick, known.size()));
    String code = taken.code();
    FactorCategory category = assessment.catalog().get(code).category();
    Assessment unknown = replace(assessment, code, Rating.unknown(code));
    Assessment unrated = replace(assessment, code, null);
    Optional<Score> unknownScore = tryScore(rule, unknown);
    Optional<Score> unratedScore = tryScore(rule, unrated);
    check(
        unknownScore.isPresent() == unratedScore.isPresent(),
        law,
        rule,
        "with %s rated as unknown the rule %s the assessment, with %s not rated at all it %s it",
        code,
        unknownScore.isPresent() ? "scores" : "rejects",
        code,
        unratedScore.isPresent() ? "scores" : "rejects");
    if (unknownScore.isEmpty()) {
      return;
    }
    Score missing = unknownScore.get();
    Optional<String> difference = difference(missing, unratedScore.get(), TOLERANCE);
    check(
        difference.isEmpty(),
        law,
        rule,
        "%s rated as unknown scores differently from %s not rated at all: %s",
        code,
        code,
        difference.orElse(""));
    MissingRatingPolicy policy = rule.missingRatingPolicy();
    for (CategoryScore area : missing.categories()) {
      boolean valued =
          missing.factors().stream()
              .anyMatch(f -> f.category() == area.category() && f.value().isPresent());
      check(
          valued,
          law,
          rule,
          "area %s has a score although none of its factors has a value under %s",
          area.category(),
          policy);
    }
    Optional<FactorScore> factor =
        missing.factors().stream().filter(f -> f.code().equals(code)).findFirst();
    if (factor.isEmpty()) {
      return; // the rule does not consider this factor at all
    }
    Optional<CategoryScore> area = missing.category(category);
    List<FactorScore> ratedInArea = new ArrayList<>();
    for (FactorScore other : missing.factors()) {
      if (other.category() == category && other.isRated()) {
        ratedInArea.add(other);
      }
    }
    if (policy != MissingRatingPolicy.SCALE_MINIMUM) {
      check(
          area.isPresent() == !ratedInArea.isEmpty(),
          law,
          rule,
          "under %s area %s must be scored exactly when one of its factors has a known rating;"
              + " it has %s known and %s",
          policy,
          category,
          ratedInArea.size(),
          area.isPresent() ? "a score" : "no score");
    }
    switch (policy) {
      case IGNORE:
        check(
            factor.get().value().isEmpty() && !factor.get().imputed(),
            law,
            rule,
            "under IGNORE the missing %s must have no value, but has %s%s",
            code,
            describe(factor.get().value()),
            factor.get().imputed() ? " (imputed)" : "");
        checkAreaKeepsScoreWhenRatedAtIt(law, rule, assessment, code, missing, area, false);
        break;
      case SCALE_MINIMUM:
        check(
            factor.get().imputed() && close(factor.get().value().orElse(-1), 0),
            law,
            rule,
            "under SCALE_MINIMUM the missing %s must be imputed at 0, but has %s%s",
            code,
            describe(factor.get().value()),
            factor.get().imputed() ? " (imputed)" : " (not imputed)");
        check(
            area.isPresent(),
            law,
            rule,
            "under SCALE_MINIMUM the missing %s is imputed at 0, but its area %s has no score",
            code,
            category);
        double bottom = assessment.scale().min();
        if (assessment.scale().normalize(bottom) != 0) {
          // The lowest anchor is worth more than 0: the policy's 0 is below the scale.
          break;
        }
        Score atMinimum = score(law, rule, replace(assessment, code, Rating.of(code, bottom)));
        Optional<String> fromMinimum = scoreDifference(missing, atMinimum);
        check(
            fromMinimum.isEmpty(),
            law,
            rule,
            "under SCALE_MINIMUM the missing %s must score like a rating of %s, the scale's"
                + " minimum, but: %s",
            code,
            bottom,
            fromMinimum.orElse(""));
        break;
      case AREA_MEAN:
        if (ratedInArea.isEmpty()) {
          check(
              factor.get().value().isEmpty(),
              law,
              rule,
              "under AREA_MEAN the missing %s has no known rating in its area %s to take the"
                  + " mean of, but has the value %s",
              code,
              category,
              describe(factor.get().value()));
        } else {
          OptionalDouble mean = weightedMean(ratedInArea);
          check(
              factor.get().imputed()
                  && (mean.isEmpty() || close(factor.get().value().orElse(-1), mean.getAsDouble())),
              law,
              rule,
              "under AREA_MEAN the missing %s must be imputed at %s, the weighted mean of the"
                  + " known values in area %s, but has %s%s",
              code,
              mean.isPresent() ? mean.getAsDouble() : "that mean",
              category,
              describe(factor.get().value()),
              factor.get().imputed() ? " (imputed)" : " (not imputed)");
        }
        checkAreaKeepsScoreWhenRatedAtIt(law, rule, assessment, code, missing, area, true);
        break;
      default:
        throw new AssertionError("unknown missing-rating policy " + policy);
    }
  }

  static void overallBetweenAreaScores(ScoringRule rule, Assessment assessment) {
    ScoringLaw law = ScoringLaw.OVERALL_BETWEEN_AREA_SCORES;
    Score score = score(law, rule, assessment);
    check(
        !score.categories().isEmpty(),
        law,
        rule,
        "overall score %s comes with no area score",
        score.overall());
    double lowest = score.categories().stream().mapToDouble(CategoryScore::score).min().orElse(0);
    double highest = score.categories().stream().mapToDouble(CategoryScore::score).max().orElse(1);
    check(
        score.overall() >= lowest - TOLERANCE && score.overall() <= highest + TOLERANCE,
        law,
        rule,
        "overall score %s lies outside the area scores %s..%s",
        score.overall(),
        lowest,
        highest);
  }

  static void overallIsWeightedMeanOfAreas(ScoringRule rule, Assessment assessment) {
    ScoringLaw law = ScoringLaw.OVERALL_IS_WEIGHTED_MEAN_OF_AREAS;
    Score score = score(law, rule, assessment);
    check(
        !score.categories().isEmpty(),
        law,
        rule,
        "overall score %s comes with no area score",
        score.overall());
    double weighted = 0;
    double weights = 0;
    for (CategoryScore area : score.categories()) {
      weighted += area.weight() * area.score();
      weights += area.weight();
    }
    double mean = weighted / weights;
    check(
        close(score.overall(), mean),
        law,
        rule,
        "overall score %s is not %s, the mean of the area scores weighted by the area weights",
        score.overall(),
        mean);
  }

  // ---- helpers ----

  /**
   * Under IGNORE and AREA_MEAN: rating the missing factor exactly at its area's score keeps that
   * score (and, under AREA_MEAN, the overall score too).
   */
  private static void checkAreaKeepsScoreWhenRatedAtIt(
      ScoringLaw law,
      ScoringRule rule,
      Assessment assessment,
      String code,
      Score missing,
      Optional<CategoryScore> area,
      boolean overallToo) {
    if (area.isEmpty()) {
      return;
    }
    double areaScore = area.get().score();
    Optional<Double> value = valueAt(assessment.scale(), areaScore);
    if (value.isEmpty()) {
      return;
    }
    Score rated = score(law, rule, replace(assessment, code, Rating.of(code, value.get())));
    Optional<CategoryScore> ratedArea = rated.category(area.get().category());
    MissingRatingPolicy policy = rule.missingRatingPolicy();
    check(
        ratedArea.isPresent() && close(ratedArea.get().score(), areaScore),
        law,
        rule,
        "under %s area %s scores %s with %s missing, so rating %s at %s (normalised %s) must"
            + " keep that score, but it becomes %s",
        policy,
        area.get().category(),
        areaScore,
        code,
        code,
        value.get(),
        areaScore,
        ratedArea.map(CategoryScore::score).map(String::valueOf).orElse("unscored"));
    if (overallToo) {
      check(
          close(rated.overall(), missing.overall()),
          law,
          rule,
          "under %s the overall score is %s with %s missing, so rating %s at its area's score"
              + " %s must keep it, but it becomes %s",
          policy,
          missing.overall(),
          code,
          code,
          areaScore,
          rated.overall());
    }
  }

  /** A value on the scale that normalises to {@code fraction}, if there is one. */
  static Optional<Double> valueAt(RatingScale scale, double fraction) {
    if (scale instanceof AnchoredScale) {
      for (Anchor anchor : ((AnchoredScale) scale).anchors()) {
        if (Math.abs(anchor.fraction() - fraction) <= TOLERANCE) {
          return Optional.of(anchor.value());
        }
      }
      return Optional.empty();
    }
    double value = scale.min() + fraction * (scale.max() - scale.min());
    return Optional.of(Math.min(scale.max(), Math.max(scale.min(), value)));
  }

  /** A higher value on the scale, {@code step} of the way to the top; empty at the top. */
  static Optional<Double> higher(RatingScale scale, double value, double step) {
    if (scale instanceof AnchoredScale) {
      List<Anchor> anchors = ((AnchoredScale) scale).anchors();
      List<Anchor> above = new ArrayList<>();
      for (Anchor anchor : anchors) {
        if (anchor.value() > value + AnchoredScale.TOLERANCE) {
          above.add(anchor);
        }
      }
      if (above.isEmpty()) {
        return Optional.empty();
      }
      int index = Math.min(above.size() - 1, (int) (step * above.size()));
      return Optional.of(above.get(index).value());
    }
    if (value >= scale.max()) {
      return Optional.empty();
    }
    double raised = Math.min(scale.max(), value + Math.max(step, 0.01) * (scale.max() - value));
    return raised > value ? Optional.of(raised) : Optional.of(scale.max());
  }

  private static OptionalDouble weightedMean(List<FactorScore> factors) {
    double weighted = 0;
    double weights = 0;
    for (FactorScore factor : factors) {
      weighted += factor.weight() * factor.value().getAsDouble();
      weights += factor.weight();
    }
    return weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty();
  }

  /**
   * The assessment with the rating of {@code code} replaced by {@code replacement}, in place, or
   * removed when the replacement is null.
   */
  static Assessment replace(Assessment assessment, String code, Rating replacement) {
    List<Rating> ratings = new ArrayList<>();
    for (Rating rating : assessment.ratings()) {
      if (!rating.code().equals(code)) {
        ratings.add(rating);
      } else if (replacement != null) {
        ratings.add(replacement);
      }
    }
    return assessment.withRatings(ratings);
  }

  private static Score score(ScoringLaw law, ScoringRule rule, Assessment assessment) {
    Score score;
    try {
      score = rule.score(assessment);
    } catch (IllegalArgumentException e) {
      throw failure(
          law,
          rule,
          String.format(
              "the rule rejected assessment %s: %s. If the rule accepts only some assessments"
                  + " (one catalog, say), override assessments() to generate only those.",
              assessment.id(), e.getMessage()));
    }
    check(score != null, law, rule, "the rule returned no score for %s", assessment.id());
    return score;
  }

  private static Optional<Score> tryScore(ScoringRule rule, Assessment assessment) {
    try {
      return Optional.ofNullable(rule.score(assessment));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The first difference between two scores, comparing numbers with the given tolerance. */
  static Optional<String> difference(Score a, Score b, double tolerance) {
    if (!close(a.overall(), b.overall(), tolerance)) {
      return Optional.of(String.format("overall %s vs %s", a.overall(), b.overall()));
    }
    if (!close(a.coverage(), b.coverage(), tolerance)) {
      return Optional.of(String.format("coverage %s vs %s", a.coverage(), b.coverage()));
    }
    Optional<String> areas = areaDifference(a, b, tolerance);
    if (areas.isPresent()) {
      return areas;
    }
    if (a.factors().size() != b.factors().size()) {
      return Optional.of(
          String.format("%s factors vs %s factors", a.factors().size(), b.factors().size()));
    }
    for (int i = 0; i < a.factors().size(); i++) {
      FactorScore x = a.factors().get(i);
      FactorScore y = b.factors().get(i);
      boolean same =
          x.code().equals(y.code())
              && x.category() == y.category()
              && x.imputed() == y.imputed()
              && x.value().isPresent() == y.value().isPresent()
              && (x.value().isEmpty()
                  || close(x.value().getAsDouble(), y.value().getAsDouble(), tolerance))
              && close(x.weight(), y.weight(), tolerance);
      if (!same) {
        return Optional.of(String.format("factor %s vs %s", x, y));
      }
    }
    if (!a.relationship().equals(b.relationship())
        || !a.date().equals(b.date())
        || !a.catalog().equals(b.catalog())) {
      return Optional.of(String.format("%s vs %s", a, b));
    }
    return Optional.empty();
  }

  /**
   * The first difference in the overall score, the areas scored or their scores, with the default
   * tolerance; counts and weights are not compared.
   */
  private static Optional<String> scoreDifference(Score a, Score b) {
    if (!close(a.overall(), b.overall())) {
      return Optional.of(String.format("overall %s vs %s", a.overall(), b.overall()));
    }
    List<FactorCategory> areasA = a.categories().stream().map(CategoryScore::category).toList();
    List<FactorCategory> areasB = b.categories().stream().map(CategoryScore::category).toList();
    if (!areasA.equals(areasB)) {
      return Optional.of(String.format("areas %s vs %s", areasA, areasB));
    }
    for (int i = 0; i < a.categories().size(); i++) {
      CategoryScore x = a.categories().get(i);
      CategoryScore y = b.categories().get(i);
      if (!close(x.score(), y.score())) {
        return Optional.of(String.format("area %s %s vs %s", x.category(), x.score(), y.score()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> areaDifference(Score a, Score b, double tolerance) {
    List<FactorCategory> areasA = a.categories().stream().map(CategoryScore::category).toList();
    List<FactorCategory> areasB = b.categories().stream().map(CategoryScore::category).toList();
    if (!areasA.equals(areasB)) {
      return Optional.of(String.format("areas %s vs %s", areasA, areasB));
    }
    for (int i = 0; i < a.categories().size(); i++) {
      CategoryScore x = a.categories().get(i);
      CategoryScore y = b.categories().get(i);
      if (!close(x.score(), y.score(), tolerance)
          || !close(x.weight(), y.weight(), tolerance)
          || x.rated() != y.rated()
          || x.factors() != y.factors()) {
        return Optional.of(String.format("area %s vs %s", x, y));
      }
    }
    return Optional.empty();
  }

  private static List<String> codes(List<Rating> ratings) {
    return ratings.stream().map(Rating::code).toList();
  }

  private static String describe(OptionalDouble value) {
    return value.isPresent() ? String.valueOf(value.getAsDouble()) : "no value";
  }

  private static boolean close(double a, double b) {
    return close(a, b, TOLERANCE);
  }

  private static boolean close(double a, double b, double tolerance) {
    return a == b || Math.abs(a - b) <= tolerance;
  }

  private static void checkFraction(ScoringLaw law, ScoringRule rule, String what, double value) {
    check(
        Double.isFinite(value) && value >= 0 && value <= 1,
        law,
        rule,
        "%s is %s, outside [0, 1]",
        what,
        value);
  }

  private static void check(
      boolean condition, ScoringLaw law, ScoringRule rule, String message, Object... args) {
    if (!condition) {
      throw failure(law, rule, String.format(message, args));
    }
  }

  private static AssertionError failure(ScoringLaw law, ScoringRule rule, String message) {
    return new AssertionError(law + " broken by " + rule + ": " + message);
  }
}
