package org.alliancekit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.PortfolioEntry;
import org.alliancekit.scoring.potential.PotentialRanking;
import org.alliancekit.scoring.potential.PotentialTriage;
import org.alliancekit.scoring.potential.SalesPotential;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Runs the README's scoring sample and checks that the README still shows exactly this code. */
class ReadmeTest {

  @Test
  void scoringSampleRuns() {
    // readme-sample:scoring:begin
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

    // One rated factor per area; on 1..5 the ratings 5, 4, 3, 2, 1 normalise to 1, .75, .5, .25, 0.
    Score score = ScoringRules.allianceSalesScorecard().score(assessment);
    double overall = score.percent(); // 50.0
    double technical = score.category(FactorCategory.TECHNICAL).orElseThrow().score(); // 0.75

    // Rank by uplift, not by revenue: GBP 1M at 30% has more to gain than GBP 5M at 70%.
    PotentialRanking ranking =
        PotentialTriage.of(ImprovementModel.closeGap(0.5))
            .triage(
                List.of(
                    PortfolioEntry.of(RelationshipId.of("big"), Money.of(5_000_000, "GBP"), 0.70),
                    PortfolioEntry.of(
                        RelationshipId.of("small"), Money.of(1_000_000, "GBP"), 0.30)));
    RelationshipId first = ranking.ranked().get(0).relationship(); // small

    // The source report's example: 70% -> 80% on GBP 5M is +GBP 714,285.71.
    MonetaryAmount uplift =
        SalesPotential.of(Money.of(5_000_000, "GBP"), 0.70, 0.80).uplift().orElseThrow();
    // readme-sample:scoring:end

    assertEquals(50.0, overall, 1e-12);
    assertEquals(0.75, technical, 1e-12);
    assertEquals(RelationshipId.of("small"), first);
    assertEquals(Money.of(new java.math.BigDecimal("714285.71"), "GBP"), uplift);
    assertEquals(1.0, score.coverage() * 5, 1e-12);
  }

  @Test
  void readmeShowsTheScoringSample() throws IOException {
    assertEquals(
        sample(Path.of("src/test/java/org/alliancekit/scoring/ReadmeTest.java")),
        sample(Path.of("../README.md")));
  }

  private static String sample(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int from = text.indexOf('\n', text.indexOf("readme-sample:scoring:begin")) + 1;
    int to = text.lastIndexOf('\n', text.indexOf("readme-sample:scoring:end"));
    String block = text.substring(from, to).replace("```java\n", "").replace("\n```", "");
    return block.stripIndent().strip();
  }
}
