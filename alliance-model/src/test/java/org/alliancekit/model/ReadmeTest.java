package org.alliancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.junit.jupiter.api.Test;

/** Runs the README's model sample and checks that the README still shows exactly this code. */
class ReadmeTest {

  @Test
  void modelSampleRuns() {
    // readme-sample:model:begin
    Relationship alliance =
        Relationship.builder()
            .id(RelationshipId.of("globex-acme"))
            .host(PartnerId.of("globex"))
            .partner(PartnerId.of("acme"))
            .motion(SellWith.of("platform", "implementation", true))
            .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
            .formality(Formality.quidProQuo(Period.ofYears(2)))
            .start(LocalDate.of(2024, 1, 15))
            .build();

    FactorCatalog scorecard = FactorCatalogs.allianceSalesScorecard();
    Assessment assessment =
        Assessment.builder()
            .id(AssessmentId.of("globex-acme-2026-h1"))
            .relationship(alliance.id())
            .catalog(scorecard)
            .scale(RatingScale.zeroToTen())
            .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
            .side(Side.HOST)
            .date(LocalDate.of(2026, 6, 30))
            .addRatings(Rating.of("Co1", 8), Rating.of("S25", 9), Rating.unknown("Cu34"))
            .build();

    double coverage = assessment.coverage(); // 2 of 25 factors have a known rating: 0.08
    String name = scorecard.get("S25").name(); // "Senior executive support"
    // readme-sample:model:end

    assertEquals(0.08, coverage, 1e-12);
    assertEquals("Senior executive support", name);
    assertEquals(25, scorecard.size());
  }

  @Test
  void readmeShowsTheModelSample() throws IOException {
    assertEquals(
        sample(Path.of("src/test/java/org/alliancekit/model/ReadmeTest.java"), "model"),
        sample(Path.of("../README.md"), "model"));
  }

  /** The lines between the sample's begin and end markers, without common indentation. */
  static String sample(Path file, String name) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String begin = "readme-sample:" + name + ":begin";
    String end = "readme-sample:" + name + ":end";
    int from = text.indexOf('\n', text.indexOf(begin)) + 1;
    int to = text.lastIndexOf('\n', text.indexOf(end));
    String block = text.substring(from, to).replace("```java\n", "").replace("\n```", "");
    return block.stripIndent().strip();
  }
}
