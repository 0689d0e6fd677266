package org.alliancekit.scoring.assessment;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.model.relationship.RelationshipId;

/** Small catalogs, assessments and generators for the combiner and perception gap tests. */
final class GapFixtures {
  static final RelationshipId ACME = RelationshipId.of("acme");
  static final LocalDate MARCH = LocalDate.of(2026, 3, 31);

  /** Six factors: two commercial, one technical, two strategic, one operational. */
  static final FactorCatalog SMALL =
      FactorCatalog.of(
          "SMALL",
          SuccessFactor.of("Co1", "Joint value proposition", FactorCategory.COMMERCIAL),
          SuccessFactor.of("Co2", "Shared targets", FactorCategory.COMMERCIAL),
          SuccessFactor.of("T1", "Integrated product", FactorCategory.TECHNICAL),
          SuccessFactor.of("S1", "Executive sponsor", FactorCategory.STRATEGIC),
          SuccessFactor.of("S2", "Aligned strategy", FactorCategory.STRATEGIC),
          SuccessFactor.of("O1", "Joint pipeline review", FactorCategory.OPERATIONAL));

  private GapFixtures() {}

  static Assessment.Builder assessment(String id, Side side, RatingScale scale) {
    return Assessment.builder()
        .id(AssessmentId.of(id))
        .relationship(ACME)
        .catalog(SMALL)
        .scale(scale)
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(side)
        .date(MARCH);
  }

  static Assessment assessment(String id, Side side, RatingScale scale, Rating... ratings) {
    return assessment(id, side, scale).addRatings(ratings).build();
  }

  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(RelationshipId.class, ACME)
        .setDefault(AssessmentId.class, AssessmentId.of("as"))
        .setDefault(FactorCatalog.class, SMALL)
        .setDefault(RatingScale.class, RatingScale.zeroToTen())
        .setDefault(Assessment.class, assessment("as", Side.HOST, RatingScale.zeroToTen()).build());
  }

  static final ImmutableList<RatingScale> SCALES =
      ImmutableList.of(
          RatingScale.zeroToTen(),
          RatingScale.likert5(),
          RatingScale.percent(),
          RatingScale.numeric(-3, 7.5),
          RatingScale.bestPracticeAnchors(),
          RatingScale.anchored(Anchor.of("No", 0), Anchor.of("Partly", 0.07), Anchor.of("Yes", 1)));

  /** Assessments of ACME on SMALL with the given id and side, any scale, any ratings. */
  static Arbitrary<Assessment> assessments(String id, Side side) {
    return Arbitraries.of(SCALES).flatMap(scale -> assessments(id, side, scale));
  }

  /** Assessments of ACME on SMALL with the given id, side and scale, any ratings and date. */
  static Arbitrary<Assessment> assessments(String id, Side side, RatingScale scale) {
    int n = SMALL.size();
    return Combinators.combine(
            Arbitraries.integers().between(0, 3).list().ofSize(n),
            valuesOn(scale).list().ofSize(n),
            Arbitraries.integers().between(0, 400))
        .as(
            (kinds, values, days) -> {
              List<Rating> ratings = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                String code = SMALL.codes().get(i);
                switch (kinds.get(i)) {
                  case 0 -> {} // not rated
                  case 1 -> ratings.add(Rating.unknown(code));
                  default -> ratings.add(Rating.of(code, values.get(i)));
                }
              }
              return assessment(id, side, scale)
                  .date(MARCH.plusDays(days))
                  .ratings(ratings)
                  .build();
            });
  }

  /** One to three assessments from the given side, ids {@code prefix0}, {@code prefix1}... */
  static Arbitrary<List<Assessment>> views(String prefix, Side side) {
    return Arbitraries.integers()
        .between(1, 3)
        .flatMap(
            count -> {
              List<Arbitrary<Assessment>> each = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                each.add(assessments(prefix + i, side));
              }
              return Combinators.combine(each).as(list -> list);
            });
  }

  private static Arbitrary<Double> valuesOn(RatingScale scale) {
    if (scale instanceof NumericScale numeric) {
      return Arbitraries.doubles().between(numeric.min(), numeric.max());
    }
    return Arbitraries.of(((AnchoredScale) scale).anchors().stream().map(Anchor::value).toList());
  }
}
