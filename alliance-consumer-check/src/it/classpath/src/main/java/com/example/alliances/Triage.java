package com.example.alliances;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.io.json.AllianceJson;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.PortfolioEntry;
import org.alliancekit.scoring.potential.PotentialRanking;
import org.alliancekit.scoring.potential.PotentialTriage;
import org.alliancekit.scoring.potential.SalesPotential;
import org.javamoney.moneta.Money;

/** The README's scoring sample, as a consumer writes it (compiled on both paths). */
public final class Triage {
  private Triage() {}

  /** Scores the README's assessment: 50 percent overall. */
  public static double overallPercent() {
    Assessment assessment =
        Assessment.builder()
            .id(AssessmentId.of("globex-acme-2026"))
            .relationship(RelationshipId.of("globex-acme"))
            .catalog(FactorCatalogs.allianceSalesScorecard())
            .scale(RatingScale.likert5())
            .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
            .side(Side.HOST)
            .date(LocalDate.of(2026, 6, 30))
            .addRatings(
                Rating.of("Co1", 5),
                Rating.of("T14", 4),
                Rating.of("S25", 3),
                Rating.of("Cu31", 2),
                Rating.of("O42", 1))
            .build();
    Score score = ScoringRules.allianceSalesScorecard().score(assessment);
    return score.percent();
  }

  /** Ranks the README's two relationships by uplift: the smaller one first. */
  public static RelationshipId first() {
    PotentialRanking ranking =
        PotentialTriage.of(ImprovementModel.closeGap(0.5))
            .triage(
                List.of(
                    PortfolioEntry.of(RelationshipId.of("big"), Money.of(5_000_000, "GBP"), 0.70),
                    PortfolioEntry.of(
                        RelationshipId.of("small"), Money.of(1_000_000, "GBP"), 0.30)));
    return ranking.ranked().get(0).relationship();
  }

  /** The source report's example: 70% to 80% on GBP 5M. */
  public static MonetaryAmount uplift() {
    return SalesPotential.of(Money.of(5_000_000, "GBP"), 0.70, 0.80).uplift().orElseThrow();
  }

  /** Converts with a fixed rate, the way the library converts everywhere. */
  public static MonetaryAmount inEuro(MonetaryAmount pounds) {
    ExchangeRates rates =
        ExchangeRates.of(
            ExchangeRate.of(
                Monetary.getCurrency("GBP"), Monetary.getCurrency("EUR"), new BigDecimal("1.17")));
    return rates.convert(pounds, Monetary.getCurrency("EUR")).orElseThrow();
  }

  /** Writes an amount as the library's JSON. */
  public static String json(MonetaryAmount amount) throws JsonProcessingException {
    return AllianceJson.toJson(amount);
  }
}
