package org.alliancekit.planning;

import static org.alliancekit.planning.Fixtures.REL;
import static org.alliancekit.planning.Fixtures.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.marketing.SurveyAnswer;
import org.alliancekit.model.marketing.SurveyId;
import org.alliancekit.model.marketing.SurveyTeam;
import org.junit.jupiter.api.Test;

class MindShareTest {

  @Test
  void indexPerSurveyAndPerTeamAndTheChange() {
    List<SurveyResult> results = MindShare.results(Fixtures.surveys(), Fixtures.campaigns());
    SurveyResult first = results.get(0);
    SurveyResult second = results.get(1);
    // s1 on 1..5: 3 -> 0.5, 5 -> 1, 1 -> 0, 2 -> 0.25; mean 0.4375.
    assertEquals(new BigDecimal("43.75"), first.index());
    assertEquals(new BigDecimal("75.00"), first.teamIndex().get(SurveyTeam.CUSTOMER_FACING));
    assertEquals(new BigDecimal("12.50"), first.teamIndex().get(SurveyTeam.TECHNICAL));
    assertEquals(2, first.respondents());
    assertEquals(Optional.empty(), first.change());
    assertEquals(Optional.empty(), first.pValue());
    assertFalse(first.afterPushCampaign());
    // s2: all 5s.
    assertEquals(new BigDecimal("100.00"), second.index());
    assertEquals(Optional.of(new BigDecimal("56.25")), second.change());
    assertEquals(Optional.of(SurveyId.of("s1")), second.previous());
    // The push campaign c1 ended 2026-02-15, between 2025-12-01 and 2026-06-01.
    assertTrue(second.afterPushCampaign());
  }

  @Test
  void thePermutationTestApproachesTheExactPValue() {
    // Pooled {1,1,1,1 | 0.5,1,0,0.25}: 70 ways to choose the first four; the observed sum 4 is
    // reached by the 5 choices of four 1s, and as far the other way by their 5 complements:
    // exact p = 10 / 70 = 1/7. 9,999 permutations have a standard error of about 0.0035.
    double p =
        MindShare.permutationPValue(
            new double[] {1, 1, 1, 1}, new double[] {0.5, 1, 0, 0.25}, 17L, 9_999);
    assertEquals(1.0 / 7, p, 0.015);
    SurveyResult second = MindShare.results(Fixtures.surveys(), Fixtures.campaigns()).get(1);
    assertEquals(1.0 / 7, second.pValue().orElseThrow(), 0.015);
    assertFalse(second.significant());
  }

  @Test
  void aLargeClearChangeIsSignificant() {
    // 20 answers of 0 against 20 of 1: only 2 of C(40, 20) deals are as extreme, so no random
    // deal is: p = 1 / (1 + 999).
    double p = MindShare.permutationPValue(new double[20], ones(20), 5L, 999);
    assertEquals(0.001, p, 1e-12);
    List<SurveyAnswer> low = new ArrayList<>();
    List<SurveyAnswer> high = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      for (String question : SurveyAnswer.STANDARD_QUESTIONS) {
        low.add(answer("p" + i, SurveyTeam.TECHNICAL, question, 1));
        high.add(answer("p" + i, SurveyTeam.TECHNICAL, question, 5));
      }
    }
    List<SurveyResult> results =
        MindShare.results(
            List.of(
                survey("t2", LocalDate.of(2026, 6, 1), high),
                survey("t1", LocalDate.of(2025, 12, 1), low)),
            List.of());
    SurveyResult second = results.get(1);
    assertEquals(SurveyId.of("t2"), second.survey());
    assertEquals(Optional.of(new BigDecimal("100.00")), second.change());
    assertTrue(second.significant());
    assertTrue(second.pValue().orElseThrow() < MindShare.SIGNIFICANCE);
    assertFalse(second.afterPushCampaign());
  }

  @Test
  void theSameSeedGivesTheSamePValue() {
    double[] a = {0.1, 0.5, 0.9, 0.4};
    double[] b = {0.2, 0.3, 0.6};
    assertEquals(
        MindShare.permutationPValue(a, b, 42L, 500), MindShare.permutationPValue(a, b, 42L, 500));
  }

  private static double[] ones(int n) {
    double[] values = new double[n];
    java.util.Arrays.fill(values, 1.0);
    return values;
  }

  private static MindShareSurvey survey(String id, LocalDate date, List<SurveyAnswer> answers) {
    return MindShareSurvey.builder()
        .id(SurveyId.of(id))
        .relationship(REL)
        .date(date)
        .addAllAnswers(answers)
        .build();
  }
}
