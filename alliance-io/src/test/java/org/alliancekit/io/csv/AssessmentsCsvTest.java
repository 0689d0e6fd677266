package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class AssessmentsCsvTest {
  private static final String FILE = "assessments.csv";
  private static final String HEADER =
      "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating\n";
  private static final String A1 =
      "a1,rel-acme,HOST,Dana Reyes (Alliance manager),2026-03-31,SALES_SCORECARD,0..10,";

  private static ReadResult<Assessment> read(String text) {
    return AssessmentsCsv.read(new StringReader(text), FILE);
  }

  private static Assessment.Builder a1() {
    return Assessment.builder()
        .id(AssessmentId.of("a1"))
        .relationship(RelationshipId.of("rel-acme"))
        .catalog(FactorCatalogs.allianceSalesScorecard())
        .scale(RatingScale.zeroToTen())
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(Side.HOST)
        .date(LocalDate.of(2026, 3, 31));
  }

  @Test
  void reportsARowWhoseAssessorDiffersFromTheFirstRowOfItsAssessment() {
    ReadResult<Assessment> result =
        read(
            HEADER
                + A1
                + "Co1,7\n"
                + "a1,rel-acme,HOST,Dana Reyes (Partner manager),2026-03-31,SALES_SCORECARD,0..10,"
                + "S25,5\n");
    assertProblems(result, at(FILE, 3, "assessor", ProblemKind.INCONSISTENT));
    assertEquals(
        "assessment a1 has assessor 'Dana Reyes (Partner manager)' here but"
            + " 'Dana Reyes (Alliance manager)' on line 2",
        problemAt(result, 3, "assessor").message());
    assertEquals(ImmutableList.of(a1().addRatings(Rating.of("Co1", 7)).build()), result.values());
  }

  @Test
  void groupsRowsIntoAssessmentsInOrderOfFirstRow() {
    ReadResult<Assessment> result =
        read(
            HEADER
                + A1
                + "Co1,7\n"
                + "b1,rel-acme,partner,Li Wei,2026-04-02,best_practices,1..5,O52,4.5\n"
                + A1
                + "S25,9.5\n"
                + A1
                + "O45,\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        a1().addRatings(Rating.of("Co1", 7), Rating.of("S25", 9.5), Rating.unknown("O45")).build(),
        result.values().get(0));
    Assessment b1 = result.values().get(1);
    assertEquals(Assessor.of("Li Wei", AssessmentsCsv.DEFAULT_ROLE), b1.assessor());
    assertEquals(Side.PARTNER, b1.side());
    assertEquals(FactorCatalogs.bestPractices(), b1.catalog());
    assertEquals(RatingScale.likert5(), b1.scale());
    assertEquals(ImmutableList.of(2L, 3L), result.lines());
  }

  @Test
  void reportsEachKindOfBadRatingAndKeepsTheOtherRatings() {
    ReadResult<Assessment> result =
        read(
            HEADER
                + A1
                + "Co1,7\n" // 2
                + A1
                + "Co1,8\n" // 3: factor rated twice
                + A1
                + "X99,5\n" // 4: not in the catalog
                + A1
                + "Co5,11\n" // 5: off the scale
                + A1
                + "Co6,seven\n" // 6: not a number
                + A1
                + ",5\n" // 7: no factor code
                + "a1,rel-acme,HOST,Dana Reyes (Alliance"
                + " manager),2026-04-01,SALES_SCORECARD,0..10,Co7,5\n" // 8
                + "a1,rel-other,PARTNER,Dana Reyes (Alliance"
                + " manager),2026-03-31,SALES_SCORECARD,0..10,Co8,5\n" // 9
                + A1
                + "T14,NaN\n" // 10: not a plain number
                + A1
                + "T15,0\n"); // 11
    assertProblems(
        result,
        at(FILE, 3, "factor_code", ProblemKind.DUPLICATE),
        at(FILE, 4, "factor_code", ProblemKind.UNKNOWN_REFERENCE),
        at(FILE, 5, "rating", ProblemKind.OUT_OF_RANGE),
        at(FILE, 6, "rating", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "factor_code", ProblemKind.MISSING_VALUE),
        at(FILE, 8, "date", ProblemKind.INCONSISTENT),
        at(FILE, 9, "relationship_id", ProblemKind.INCONSISTENT),
        at(FILE, 9, "side", ProblemKind.INCONSISTENT),
        at(FILE, 10, "rating", ProblemKind.INVALID_VALUE));
    assertEquals(
        ImmutableList.of(a1().addRatings(Rating.of("Co1", 7), Rating.of("T15", 0)).build()),
        result.values());
    assertEquals(
        "factor Co1 of assessment a1 is already rated on line 2",
        problemAt(result, 3, "factor_code").message());
    assertEquals(
        "factor code 'X99' is not in catalog SALES_SCORECARD",
        problemAt(result, 4, "factor_code").message());
    assertEquals(
        "rating 11 for Co5 is outside scale 0..10", problemAt(result, 5, "rating").message());
    assertEquals(
        "assessment a1 has date '2026-04-01' here but '2026-03-31' on line 2",
        problemAt(result, 8, "date").message());
  }

  @Test
  void reportsARatingTooLargeForADoubleAtItsLineInsteadOfFailing() {
    // 400 nines parse to an infinite double, which must be reported, not formatted.
    ReadResult<Assessment> result =
        read(HEADER + A1 + "Co1," + "9".repeat(400) + "\n" + A1 + "S25,7\n");
    assertProblems(result, at(FILE, 2, "rating", ProblemKind.OUT_OF_RANGE));
    assertEquals(
        "rating '" + "9".repeat(57) + "...' is too large for a number (over 1.8e308)",
        problemAt(result, 2, "rating").message());
    assertEquals(ImmutableList.of(a1().addRatings(Rating.of("S25", 7)).build()), result.values());
  }

  @Test
  void reportsBadAssessmentFields() {
    ReadResult<Assessment> result =
        read(
            HEADER
                + "a1,rel-acme,SPONSOR,Dana,2026-03-31,SALES_SCORECARD,0..10,Co1,7\n" // 2
                + "a2,rel-acme,HOST,Dana,2026-03-31,MY_CATALOG,0..10,Co1,7\n" // 3
                + "a3,rel-acme,HOST,Dana,2026-03-31,SALES_SCORECARD,ten,Co1,7\n" // 4
                + "a4,rel-acme,HOST,Dana,2026-03-31,SALES_SCORECARD,10..0,Co1,7\n" // 5
                + "a5,rel-acme,HOST,,2026-03-31,SALES_SCORECARD,0..10,Co1,7\n" // 6
                + "a6,rel-acme,HOST,Dana,2026-02-30,SALES_SCORECARD,0..10,Co1,7\n"); // 7
    assertProblems(
        result,
        at(FILE, 2, "side", ProblemKind.INVALID_VALUE),
        at(FILE, 3, "catalog", ProblemKind.UNKNOWN_REFERENCE),
        at(FILE, 4, "scale", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "scale", ProblemKind.INVALID_VALUE),
        at(FILE, 6, "assessor", ProblemKind.MISSING_VALUE),
        at(FILE, 7, "date", ProblemKind.INVALID_VALUE));
    assertEquals(ImmutableList.of(), result.values());
    assertEquals(
        "catalog 'MY_CATALOG' is not a known catalog: BEST_PRACTICES or SALES_SCORECARD",
        problemAt(result, 3, "catalog").message());
    assertEquals(
        "rating scale 'ten' must have the form min..max", problemAt(result, 4, "scale").message());
    assertEquals(
        "rating scale min 10 must be less than max 0", problemAt(result, 5, "scale").message());
  }

  @Test
  void anAssessmentWhoseFirstRowsAreBadTakesItsFieldsFromTheFirstGoodOne() {
    ReadResult<Assessment> result =
        read(
            HEADER
                + "a1,rel-acme,HOST,Dana Reyes (Alliance"
                + " manager),31.03.2026,SALES_SCORECARD,0..10,Co1,7\n"
                + A1
                + "Co5,6\n");
    assertEquals(ImmutableList.of(a1().addRatings(Rating.of("Co5", 6)).build()), result.values());
    assertEquals(ImmutableList.of(3L), result.lines());
  }

  @Test
  void parsesAssessorsWithBalancedBrackets() {
    assertEquals(
        Assessor.of("Dana Reyes", "Alliance manager"),
        AssessmentsCsv.parseAssessor(" Dana Reyes ( Alliance manager ) "));
    assertEquals(
        Assessor.of("Dana (DR) Reyes", "Head (EMEA)"),
        AssessmentsCsv.parseAssessor("Dana (DR) Reyes (Head (EMEA))"));
    assertEquals(
        Assessor.of("(Anonymous)", "Assessor"), AssessmentsCsv.parseAssessor("(Anonymous)"));
    assertEquals(Assessor.of("Dana ()", "Assessor"), AssessmentsCsv.parseAssessor("Dana ()"));
    assertEquals(
        "Dana (Head (EMEA))", AssessmentsCsv.formatAssessor(Assessor.of("Dana", "Head (EMEA)")));
  }

  @Test
  void roundTripsWhatTheFileHolds() throws IOException {
    ImmutableList<Assessment> assessments =
        ImmutableList.of(
            a1().addRatings(Rating.of("Co1", 7), Rating.of("S25", 0.1), Rating.unknown("O45"))
                .build(),
            a1().id(AssessmentId.of("a2"))
                .side(Side.INDEPENDENT)
                .catalog(FactorCatalogs.bestPractices())
                .scale(RatingScale.numeric(-2.5, 2.5))
                .assessor(Assessor.of("Dana (DR) Reyes", "Head (EMEA)"))
                .addRatings(Rating.of("O52", -1.25))
                .build());
    StringWriter out = new StringWriter();
    AssessmentsCsv.write(out, assessments);
    ReadResult<Assessment> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(assessments, back.values());
  }

  @Property
  void roundTripsAnyRatingsOnAnyNumericScale(@ForAll("assessments") Assessment assessment)
      throws IOException {
    StringWriter out = new StringWriter();
    AssessmentsCsv.write(out, ImmutableList.of(assessment));
    assertEquals(ImmutableList.of(assessment), read(out.toString()).values());
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    ImmutableList<String> codes = FactorCatalogs.allianceSalesScorecard().codes();
    return Combinators.combine(
            Arbitraries.doubles().between(-1000, 1000),
            Arbitraries.doubles().between(0.001, 1000).ofScale(3),
            Arbitraries.subsetOf(codes).ofMinSize(1),
            Arbitraries.doubles().between(0, 1).list().ofSize(25))
        .as(
            (min, width, rated, positions) -> {
              RatingScale scale = RatingScale.numeric(min, min + width);
              Assessment.Builder builder = a1().scale(scale);
              int i = 0;
              for (String code : codes) {
                if (rated.contains(code)) {
                  double value = scale.min() + positions.get(i) * (scale.max() - scale.min());
                  builder.addRatings(
                      i % 5 == 0
                          ? Rating.unknown(code)
                          : Rating.of(code, Math.min(value, scale.max())));
                }
                i++;
              }
              return builder.build();
            });
  }

  @Test
  void refusesToWriteWhatTheFileCannotHold() {
    assertEquals(
        "assessment health-1 uses catalog PARTNER_HEALTH, but assessments.csv holds only the"
            + " standard catalogs BEST_PRACTICES and SALES_SCORECARD",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    AssessmentsCsv.write(
                        new StringWriter(), ImmutableList.of(Samples.anchoredAssessment())))
            .getMessage());
    assertEquals(
        "assessment a1 uses the anchored scale {0=Not in place, 25=Planned, 50=Partly in place,"
            + " 75=Largely in place, 100=Fully in place}, but assessments.csv holds only numeric"
            + " scales min..max",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    AssessmentsCsv.write(
                        new StringWriter(),
                        ImmutableList.of(a1().scale(RatingScale.bestPracticeAnchors()).build())))
            .getMessage());
    assertEquals(
        "assessment a1 has no rating, but assessments.csv holds one row per rating",
        assertThrows(
                IllegalArgumentException.class,
                () -> AssessmentsCsv.write(new StringWriter(), ImmutableList.of(a1().build())))
            .getMessage());
    assertEquals(
        "assessor 'Dana' with role 'Lead)' of assessment a1 would not read back the same from"
            + " assessments.csv",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    AssessmentsCsv.write(
                        new StringWriter(),
                        ImmutableList.of(
                            a1().assessor(Assessor.of("Dana", "Lead)"))
                                .addRatings(Rating.of("Co1", 1))
                                .build())))
            .getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(AssessmentsCsv.class);
  }
}
