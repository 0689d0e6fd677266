package org.alliancekit.scoring.assessment;

import static org.alliancekit.scoring.assessment.GapFixtures.ACME;
import static org.alliancekit.scoring.assessment.GapFixtures.MARCH;
import static org.alliancekit.scoring.assessment.GapFixtures.SMALL;
import static org.alliancekit.scoring.assessment.GapFixtures.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class AssessmentCombinerTest {
  private static final RatingScale TEN = RatingScale.zeroToTen();

  @Test
  void meanOnASharedNumericScaleStaysOnThatScale() {
    // Co1: (7 + 9) / 2 = 8; Co2 only rated by a1; T1 unknown in both stays unknown; S1 only in a2;
    // S2 and O1 are rated by neither and stay unrated.
    Assessment a1 =
        assessment(
            "a1", Side.HOST, TEN, Rating.of("Co1", 7), Rating.of("Co2", 4), Rating.unknown("T1"));
    Assessment a2 =
        assessment(
                "a2",
                Side.PARTNER,
                TEN,
                Rating.unknown("T1"),
                Rating.of("S1", 2),
                Rating.of("Co1", 9))
            .withDate(MARCH.plusDays(10));
    Assessment combined = AssessmentCombiner.mean().combine(List.of(a2, a1));
    assertEquals(TEN, combined.scale());
    assertEquals(
        ImmutableList.of(
            Rating.of("Co1", 8), Rating.of("Co2", 4), Rating.unknown("T1"), Rating.of("S1", 2)),
        combined.ratings());
    assertEquals(ImmutableList.of("S2", "O1"), combined.unratedCodes());
    assertEquals(AssessmentId.of("a1+combined"), combined.id());
    assertEquals(Assessor.of("combined", "mean of 2 assessments"), combined.assessor());
    assertEquals(Side.INDEPENDENT, combined.side());
    assertEquals(MARCH.plusDays(10), combined.date());
    assertEquals(ACME, combined.relationship());
    assertEquals(SMALL, combined.catalog());
  }

  @Test
  void differentScalesAreCombinedOnThePercentScale() {
    // Co1: 4 on 1..5 normalises to 0.75, 25 on the anchored scale to 0.25; mean 0.5, i.e. 50.
    // Co2: 5 on 1..5 is 1, i.e. 100.
    Assessment likert =
        assessment(
            "a1", Side.HOST, RatingScale.likert5(), Rating.of("Co1", 4), Rating.of("Co2", 5));
    Assessment anchored =
        assessment("a2", Side.HOST, RatingScale.bestPracticeAnchors(), Rating.of("Co1", 25));
    Assessment combined = AssessmentCombiner.mean().combine(List.of(likert, anchored));
    assertEquals(RatingScale.percent(), combined.scale());
    assertEquals(ImmutableList.of(Rating.of("Co1", 50), Rating.of("Co2", 100)), combined.ratings());
    assertEquals(Side.HOST, combined.side());
  }

  @Test
  void aSharedAnchoredScaleIsCombinedOnThePercentScale() {
    // 75 and 100 are the answers worth 0.75 and 1; their mean 0.875 is no answer, so 87.5 on
    // 0..100.
    RatingScale anchors = RatingScale.bestPracticeAnchors();
    Assessment combined =
        AssessmentCombiner.mean()
            .combine(
                List.of(
                    assessment("a1", Side.HOST, anchors, Rating.of("S1", 75)),
                    assessment("a2", Side.HOST, anchors, Rating.of("S1", 100))));
    assertEquals(RatingScale.percent(), combined.scale());
    assertEquals(ImmutableList.of(Rating.of("S1", 87.5)), combined.ratings());
  }

  @Test
  void medianTakesTheMiddleValueOrTheMeanOfTheMiddleTwo() {
    // Co1: 2, 3, 10 has median 3 (the mean would be 5); Co2: 2 and 6 have median 4.
    Assessment combined =
        AssessmentCombiner.median()
            .combine(
                List.of(
                    assessment("a1", Side.HOST, TEN, Rating.of("Co1", 10), Rating.of("Co2", 2)),
                    assessment("a2", Side.HOST, TEN, Rating.of("Co1", 2), Rating.of("Co2", 6)),
                    assessment("a3", Side.HOST, TEN, Rating.of("Co1", 3))));
    assertEquals(ImmutableList.of(Rating.of("Co1", 3), Rating.of("Co2", 4)), combined.ratings());
    assertEquals(Assessor.of("combined", "median of 3 assessments"), combined.assessor());
  }

  @Test
  void sideKeepsOnlyThatSidesAssessments() {
    // The host views rate Co1 6 and 8, mean 7; the partner's 2 is left out.
    Assessment combined =
        AssessmentCombiner.side(Side.HOST)
            .combine(
                List.of(
                    assessment("p1", Side.PARTNER, TEN, Rating.of("Co1", 2)),
                    assessment("h2", Side.HOST, TEN, Rating.of("Co1", 8)),
                    assessment("h1", Side.HOST, TEN, Rating.of("Co1", 6))));
    assertEquals(ImmutableList.of(Rating.of("Co1", 7)), combined.ratings());
    assertEquals(Side.HOST, combined.side());
    assertEquals(AssessmentId.of("h1+combined"), combined.id());
    assertEquals(Assessor.of("combined", "mean of 2 HOST assessments"), combined.assessor());
  }

  @Test
  void combiningOneAssessmentKeepsItsRatingsWithoutEvidence() {
    Assessment one =
        assessment("a1", Side.PARTNER, TEN, Rating.of("Co1", 7).withEvidence("Joint plan signed"));
    Assessment combined = AssessmentCombiner.mean().combine(List.of(one));
    assertEquals(ImmutableList.of(Rating.of("Co1", 7)), combined.ratings());
    assertEquals(Side.PARTNER, combined.side());
    assertEquals(Assessor.of("combined", "mean of 1 assessment"), combined.assessor());
  }

  @Test
  void combinedIdIsShortenedToTheIdLimit() {
    String longId = Strings.repeat("x", 256);
    Assessment combined =
        AssessmentCombiner.mean().combine(List.of(assessment(longId, Side.HOST, TEN).build()));
    assertEquals(Strings.repeat("x", 247) + "+combined", combined.id().value());
  }

  @Test
  void rejectsNoAssessments() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AssessmentCombiner.mean().combine(List.of()));
    assertEquals("no assessments to combine; at least one is required", e.getMessage());
  }

  @Test
  void rejectsAssessmentsOfDifferentRelationships() {
    Assessment other =
        assessment("a2", Side.HOST, TEN).relationship(RelationshipId.of("globex")).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AssessmentCombiner.mean()
                    .combine(List.of(other, assessment("a1", Side.HOST, TEN).build())));
    assertEquals(
        "assessments a1 and a2 are of different relationships, acme and globex; only assessments"
            + " of one relationship can be combined",
        e.getMessage());
  }

  @Test
  void rejectsAssessmentsOnDifferentCatalogs() {
    Assessment other =
        assessment("a2", Side.HOST, TEN).catalog(FactorCatalogs.allianceSalesScorecard()).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AssessmentCombiner.median()
                    .combine(List.of(assessment("a1", Side.HOST, TEN).build(), other)));
    assertEquals(
        "assessments a1 and a2 use different catalogs, SMALL and "
            + FactorCatalogs.allianceSalesScorecard().name()
            + "; only assessments on one catalog can be combined",
        e.getMessage());
  }

  @Test
  void combinesTheTwoStandardCatalogsOnTheBestPractices() {
    Assessment scorecard =
        assessment("a1", Side.HOST, TEN)
            .catalog(FactorCatalogs.allianceSalesScorecard())
            .ratings(List.of(Rating.of("Co1", 4)))
            .build();
    Assessment practices =
        assessment("a2", Side.PARTNER, TEN)
            .catalog(FactorCatalogs.bestPractices())
            .ratings(List.of(Rating.of("Co1", 8)))
            .build();
    Assessment combined = AssessmentCombiner.mean().combine(List.of(scorecard, practices));
    assertEquals(FactorCatalogs.bestPractices(), combined.catalog());
    // Co1 is the same practice on both catalogs: (4 + 8) / 2 = 6 on the shared 0..10 scale.
    assertEquals(6.0, combined.rating("Co1").orElseThrow().value().getAsDouble(), 1e-12);
    assertEquals(
        List.of(FactorCatalogs.bestPractices()),
        AssessmentCombiner.onCommonCatalog(List.of(scorecard, practices)).stream()
            .map(Assessment::catalog)
            .distinct()
            .toList());
  }

  @Test
  void rejectsTheSameAssessmentTwice() {
    Assessment a1 = assessment("a1", Side.HOST, TEN).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AssessmentCombiner.mean().combine(List.of(a1, a1.withSide(Side.PARTNER))));
    assertEquals(
        "assessment id a1 appears more than once; each assessment can be combined only once",
        e.getMessage());
  }

  @Test
  void rejectsASideWithoutAssessments() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AssessmentCombiner.side(Side.PARTNER)
                    .combine(
                        List.of(
                            assessment("h2", Side.HOST, TEN).build(),
                            assessment("h1", Side.INDEPENDENT, TEN).build())));
    assertEquals(
        "none of the assessments h1, h2 is from side PARTNER; there is nothing to combine",
        e.getMessage());
  }

  @Test
  void describesItself() {
    assertEquals("AssessmentCombiner.mean()", AssessmentCombiner.mean().toString());
    assertEquals("AssessmentCombiner.median()", AssessmentCombiner.median().toString());
    assertEquals("AssessmentCombiner.side(HOST)", AssessmentCombiner.side(Side.HOST).toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = GapFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AssessmentCombiner.class);
    tester.testAllPublicInstanceMethods(AssessmentCombiner.mean());
    tester.testAllPublicInstanceMethods(AssessmentCombiner.side(Side.HOST));
  }

  /**
   * Combining a single assessment gives back its normalised values: exactly on a numeric scale,
   * where the result keeps the scale, and up to rounding (x 100 / 100) on the percent scale.
   */
  @Property
  void combiningOneAssessmentKeepsItsNormalisedValues(
      @ForAll("anyAssessment") Assessment assessment, @ForAll boolean median) {
    AssessmentCombiner combiner = median ? AssessmentCombiner.median() : AssessmentCombiner.mean();
    Assessment combined = combiner.combine(List.of(assessment));
    double tolerance = assessment.scale() instanceof NumericScale ? 0 : 1e-12;
    for (String code : SMALL.codes()) {
      Optional<Rating> before = assessment.rating(code);
      Optional<Rating> after = combined.rating(code);
      assertEquals(before.isPresent(), after.isPresent(), code);
      if (before.isPresent()) {
        assertEquals(before.get().isKnown(), after.get().isKnown(), code);
        if (before.get().isKnown()) {
          assertEquals(
              assessment.scale().normalize(before.get().value().getAsDouble()),
              combined.scale().normalize(after.get().value().getAsDouble()),
              tolerance,
              code);
        }
      }
    }
  }

  @Property
  void combiningDoesNotDependOnTheOrderOfTheAssessments(
      @ForAll("hostViews") List<Assessment> hostViews,
      @ForAll("partnerViews") List<Assessment> partnerViews,
      @ForAll long seed) {
    List<Assessment> all = new ArrayList<>(hostViews);
    all.addAll(partnerViews);
    List<Assessment> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(seed));
    for (AssessmentCombiner combiner :
        List.of(
            AssessmentCombiner.mean(),
            AssessmentCombiner.median(),
            AssessmentCombiner.side(Side.HOST))) {
      assertEquals(combiner.combine(all), combiner.combine(shuffled), combiner.toString());
    }
  }

  @Provide
  Arbitrary<Assessment> anyAssessment() {
    return GapFixtures.assessments("a1", Side.HOST);
  }

  @Provide
  Arbitrary<List<Assessment>> hostViews() {
    return GapFixtures.views("h", Side.HOST);
  }

  @Provide
  Arbitrary<List<Assessment>> partnerViews() {
    return GapFixtures.views("p", Side.PARTNER);
  }
}
