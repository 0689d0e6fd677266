package org.alliancekit.scoring.benchmark;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.Score;
import org.javamoney.moneta.Money;

/** Scores, portfolios and generators for the benchmark tests. */
final class BenchmarkFixtures {
  static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  static final FactorCatalog SCORECARD = FactorCatalogs.allianceSalesScorecard();

  private BenchmarkFixtures() {}

  /**
   * A score of the given relationship with the given overall score and area scores in {@link
   * FactorCategory} order; a {@code null} area is not scored.
   */
  static Score score(String relationship, double overall, Double... areas) {
    Score.Builder score =
        Score.builder()
            .relationship(RelationshipId.of(relationship))
            .date(DAY)
            .catalog(SCORECARD.name())
            .overall(overall)
            .coverage(1);
    for (int i = 0; i < areas.length; i++) {
      if (areas[i] != null) {
        score.addCategories(CategoryScore.of(FactorCategory.values()[i], areas[i], 1, 5, 5));
      }
    }
    return score.build();
  }

  static Score score(String relationship, double overall) {
    return score(relationship, overall, new Double[0]);
  }

  static MonetaryAmount gbp(long amount) {
    return Money.of(amount, "GBP");
  }

  static Assessment.Builder assessment(String id, LocalDate date) {
    return Assessment.builder()
        .id(AssessmentId.of(id))
        .relationship(RelationshipId.of("acme"))
        .catalog(SCORECARD)
        .scale(RatingScale.zeroToTen())
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(Side.HOST)
        .date(date);
  }

  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(RelationshipId.class, RelationshipId.of("r"))
        .setDefault(AssessmentId.class, AssessmentId.of("as"))
        .setDefault(Score.class, score("r", 0.5))
        .setDefault(Assessment.class, assessment("as", DAY).build())
        .setDefault(Year.class, Year.of(2026))
        .setDefault(LocalDate.class, DAY)
        .setDefault(OptionalDouble.class, OptionalDouble.empty())
        .setDefault(CurrencyUnit.class, Monetary.getCurrency("GBP"))
        .setDefault(MonetaryAmount.class, gbp(1));
  }

  /** Portfolios of 1 to 30 relationships r0, r1, ... with frequent ties and missing areas. */
  static Arbitrary<List<Score>> portfolios() {
    Arbitrary<Double> value =
        Arbitraries.oneOf(
            Arbitraries.of(0.0, 0.25, 0.5, 0.75, 1.0), Arbitraries.doubles().between(0, 1));
    Arbitrary<Double[]> areas =
        value.injectNull(0.3).array(Double[].class).ofSize(FactorCategory.values().length);
    return Combinators.combine(value, areas)
        .as(Row::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(
            rows -> {
              List<Score> scores = new ArrayList<>();
              for (int i = 0; i < rows.size(); i++) {
                scores.add(score("r" + i, rows.get(i).overall(), rows.get(i).areas()));
              }
              return ImmutableList.copyOf(scores);
            });
  }

  private record Row(double overall, Double[] areas) {}
}
