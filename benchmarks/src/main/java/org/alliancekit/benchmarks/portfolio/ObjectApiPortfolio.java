package org.alliancekit.benchmarks.portfolio;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.potential.PortfolioEntry;
import org.alliancekit.scoring.potential.PotentialRanking;
import org.alliancekit.scoring.potential.PotentialTriage;
import org.alliancekit.scoring.potential.RelationshipPotential;
import org.javamoney.moneta.Money;

/**
 * The portfolio workload through the object API, as an application that holds one {@link
 * Assessment} per relationship would write it: the assessments scored together by {@link
 * ScoringRules#weightedAverage(org.alliancekit.scoring.assessment.Weights, MissingRatingPolicy)}
 * ({@link ScoringRule#scoreAll}), a {@link Score} each, then a {@link PortfolioEntry} per row (the
 * relationship and overall score read from the row's score, the revenue from the row's {@link
 * MonetaryAmount}) and the first {@link PortfolioWorkload#TOP} relationships of the portfolio's
 * ranking taken with {@link PotentialTriage#top} (exact decimal uplifts, rounded to the cent), as
 * the other paths do.
 *
 * <p>The assessments and revenues are built once from the {@link PortfolioData}, every rating a
 * separate {@link Rating} object as a reader of real data would make it; building them is not part
 * of the timed work. Safe to {@link #run()} from several threads.
 */
public final class ObjectApiPortfolio {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 31);

  private final ImmutableList<Assessment> assessments;
  private final ImmutableList<MonetaryAmount> revenues;
  private final ScoringRule rule;
  private final PotentialTriage triage;

  /** Builds the assessments and revenues of the portfolio. */
  public ObjectApiPortfolio(PortfolioData data) {
    this.rule = ScoringRules.weightedAverage(data.scoringWeights(), MissingRatingPolicy.IGNORE);
    this.triage = PotentialTriage.of(PortfolioWorkload.MODEL);
    Assessor assessor = Assessor.of("Benchmark Assessor", "Alliance manager");
    RatingScale scale = RatingScale.zeroToTen();
    ImmutableList<String> codes = data.catalog().codes();
    ImmutableList.Builder<Assessment> built = ImmutableList.builderWithExpectedSize(data.rows());
    ImmutableList.Builder<MonetaryAmount> money =
        ImmutableList.builderWithExpectedSize(data.rows());
    List<Rating> ratings = new ArrayList<>(codes.size());
    for (int row = 0; row < data.rows(); row++) {
      ratings.clear();
      for (int column = 0; column < codes.size(); column++) {
        int rating = data.rating(row, column);
        ratings.add(
            rating == PortfolioData.UNKNOWN
                ? Rating.unknown(codes.get(column))
                : Rating.of(codes.get(column), rating));
      }
      built.add(
          Assessment.builder()
              .id(AssessmentId.of("a" + PortfolioData.id(row)))
              .relationship(data.relationships().get(row))
              .catalog(data.catalog())
              .scale(scale)
              .assessor(assessor)
              .side(Side.HOST)
              .date(DATE)
              .addAllRatings(ratings)
              .build());
      money.add(Money.of(data.revenue(row), data.currency()));
    }
    this.assessments = built.build();
    this.revenues = money.build();
  }

  private ObjectApiPortfolio(ObjectApiPortfolio from, ImmutableList<Assessment> assessments) {
    this.rule = from.rule;
    this.triage = from.triage;
    this.revenues = from.revenues;
    this.assessments = assessments;
  }

  /**
   * The same portfolio with a new copy of each assessment (equal to it and sharing its ratings)
   * that has not been scored yet, so that {@link #run()} on it reuses nothing an assessment might
   * keep from an earlier scoring. Copying is not part of the timed work.
   */
  public ObjectApiPortfolio withFreshAssessments() {
    ImmutableList.Builder<Assessment> copies =
        ImmutableList.builderWithExpectedSize(assessments.size());
    for (Assessment assessment : assessments) {
      copies.add(Assessment.builder().from(assessment).build());
    }
    return new ObjectApiPortfolio(this, copies.build());
  }

  /** The assessments, one per row. */
  public ImmutableList<Assessment> assessments() {
    return assessments;
  }

  /** Scores every assessment and lists the relationships of the largest uplifts. */
  public Result run() {
    List<Score> scores = rule.scoreAll(assessments);
    List<PortfolioEntry> entries = new ArrayList<>(assessments.size());
    for (int row = 0; row < scores.size(); row++) {
      Score score = scores.get(row);
      entries.add(PortfolioEntry.of(score.relationship(), revenues.get(row), score.overall()));
    }
    return new Result(scores, triage.top(entries, PortfolioWorkload.TOP));
  }

  /**
   * The object path's result: a {@link Score} per row and the first {@link PortfolioWorkload#TOP}
   * relationships of the portfolio's {@link PotentialRanking}.
   *
   * @param scores the score of each row
   * @param ranked the relationships of the largest uplifts, largest first
   */
  public record Result(List<Score> scores, List<RelationshipPotential> ranked) implements Outcome {
    @Override
    public int rows() {
      return scores.size();
    }

    @Override
    public double overall(int row) {
      return scores.get(row).overall();
    }

    @Override
    public double area(int row, int area) {
      return scores
          .get(row)
          .category(FactorCategory.values()[area])
          .map(CategoryScore::score)
          .orElse(Double.NaN);
    }

    @Override
    public TopUplifts top() {
      // The defined uplifts come first; a relationship whose uplift is undefined is not listed.
      int size = 0;
      while (size < ranked.size() && ranked.get(size).potential().isDefined()) {
        size++;
      }
      int[] rows = new int[size];
      long[] uplift = new long[size];
      for (int i = 0; i < size; i++) {
        RelationshipPotential potential = ranked.get(i);
        rows[i] = Integer.parseInt(potential.relationship().value().substring(1));
        uplift[i] = minorUnits(potential.uplift().orElseThrow());
      }
      return new TopUplifts(rows, uplift);
    }
  }

  /** An amount in whole minor units of its currency. */
  static long minorUnits(MonetaryAmount amount) {
    return amount
        .getNumber()
        .numberValue(BigDecimal.class)
        .movePointRight(amount.getCurrency().getDefaultFractionDigits())
        .longValueExact();
  }
}
