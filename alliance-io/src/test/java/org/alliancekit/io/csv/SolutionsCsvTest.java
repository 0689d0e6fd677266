package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.junit.jupiter.api.Test;

class SolutionsCsvTest {
  private static final String FILE = "solutions.csv";
  private static final String HEADER =
      "solution_id,name,contributor_id,contribution,margin_percent\n";

  private static ReadResult<Solution> read(String text) {
    return SolutionsCsv.read(new StringReader(text), FILE);
  }

  private static Solution sample() {
    return Samples.opportunity().solution().orElseThrow();
  }

  @Test
  void groupsRowsIntoSolutionsAndContributions() {
    ReadResult<Solution> result =
        read(
            HEADER
                + "claims-on-cloud,Claims on Cloud,acme,SERVICES,\n"
                + "platform,Platform,hq,platform,\n"
                + "claims-on-cloud,Claims on Cloud,globex,joint_go_to_market,\n"
                + "claims-on-cloud,Claims on Cloud,globex,RESALE,12.5\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(sample(), result.values().get(0));
    assertEquals(
        Solution.of(
            SolutionId.of("platform"),
            "Platform",
            Contribution.of(Samples.HOST, ContributionKind.PLATFORM)),
        result.values().get(1));
    assertEquals(ImmutableList.of(2L, 3L), result.lines());
  }

  @Test
  void readsAFileWithoutMargins() {
    ReadResult<Solution> result =
        read("contribution,contributor_id,name,solution_id\nRESALE,acme,S,s\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        Solution.of(
            SolutionId.of("s"), "S", Contribution.of(Samples.ACME, ContributionKind.RESALE)),
        result.values().get(0));
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<Solution> result =
        read(
            HEADER
                + "s,Claims,acme,RESALE,10\n" // 2
                + "s,Claims Cloud,globex,SERVICES,\n" // 3
                + "s,Claims,acme,RESALE,11\n" // 4
                + "s,Claims,globex,SERVICES,5\n" // 5
                + "s,Claims,globex,RESALE,101\n" // 6
                + "s,Claims,globex,CONSULTING,\n" // 7
                + "s,Claims,globex,RESALE,ten\n" // 8
                + "t,,globex,RESALE,\n" // 9
                + "s,Claims,acme,RESALE,10.0\n" // 10
                + "s,Claims,acme,SERVICES,\n"); // 11
    assertProblems(
        result,
        at(FILE, 3, "name", ProblemKind.INCONSISTENT),
        at(FILE, 4, "margin_percent", ProblemKind.INCONSISTENT),
        at(FILE, 5, "", ProblemKind.INVALID_VALUE),
        at(FILE, 6, "", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "contribution", ProblemKind.INVALID_VALUE),
        at(FILE, 8, "margin_percent", ProblemKind.INVALID_VALUE),
        at(FILE, 9, "name", ProblemKind.MISSING_VALUE));
    assertEquals(
        ImmutableList.of(
            Solution.of(
                SolutionId.of("s"),
                "Claims",
                Contribution.of(Samples.ACME, ContributionKind.RESALE, ContributionKind.SERVICES)
                    .withMarginPercent(BigDecimal.TEN))),
        result.values());
    assertEquals(ImmutableList.of(2L), result.lines());
    assertEquals(
        "solution s has name 'Claims Cloud' here but 'Claims' on line 2",
        problemAt(result, 3, "name").message());
    assertEquals(
        "contributor acme of solution s has margin 11 here but 10 on line 2",
        problemAt(result, 4, "margin_percent").message());
    assertEquals(
        "contribution of globex has a margin of 5%, but only a reseller (RESALE) has one",
        problemAt(result, 5, "").message());
  }

  @Test
  void roundTripsWhatTheFileHolds() throws IOException {
    ImmutableList<Solution> solutions =
        ImmutableList.of(
            sample(),
            Solution.of(
                SolutionId.of("other"),
                " Spaced, \"Quoted\" ",
                Contribution.of(Samples.HOST, ContributionKind.RESALE)
                    .withMarginPercent(new BigDecimal("7.50")),
                Contribution.of(Samples.ACME, ContributionKind.PLATFORM)));
    StringWriter out = new StringWriter();
    SolutionsCsv.write(out, solutions);
    assertTrue(
        out.toString()
            .startsWith(
                "solution_id,name,contributor_id,contribution,margin_percent\r\n"
                    + "claims-on-cloud,Claims on Cloud,acme,SERVICES,\r\n"
                    + "claims-on-cloud,Claims on Cloud,globex,RESALE,12.5\r\n"
                    + "claims-on-cloud,Claims on Cloud,globex,JOINT_GO_TO_MARKET,\r\n"),
        out::toString);
    ReadResult<Solution> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(solutions, back.values());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(SolutionsCsv.class);
  }
}
