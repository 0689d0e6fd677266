package org.alliancekit.scoring.assessment;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
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

  /** Assessments of ACME on SMALL with the given id and side, any scale, ratings and date. */
  static Arbitrary<Assessment> assessments(String id, Side side) {
    return ScoreFixtures.varied(ModelArbitraries.assessments().forCatalog(SMALL).fromSide(side))
        .map(assessment -> assessment.withId(AssessmentId.of(id)).withRelationship(ACME));
  }

  /** One to three assessments from the given side, ids {@code prefix0}, {@code prefix1}... */
  static Arbitrary<List<Assessment>> views(String prefix, Side side) {
    return assessments(prefix, side)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            views ->
                IntStream.range(0, views.size())
                    .mapToObj(i -> views.get(i).withId(AssessmentId.of(prefix + i)))
                    .toList());
  }
}
