package org.alliancekit.scoring.portfolio;

import static org.alliancekit.scoring.assessment.ScoreFixtures.SCORECARD;
import static org.alliancekit.scoring.assessment.ScoreFixtures.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.ScoreFixtures;
import org.junit.jupiter.api.Test;

class RatingMatrixTest {
  private static final double NAN = Double.NaN;

  private static List<RelationshipId> ids(String... ids) {
    return Arrays.stream(ids).map(RelationshipId::of).toList();
  }

  @Test
  void valuesAreRowMajorInCatalogOrder() {
    RatingMatrix matrix =
        RatingMatrix.of(
            SMALL, ids("a", "b"), new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, NAN, 0.8});
    assertEquals(2, matrix.rows());
    assertEquals(4, matrix.width());
    assertEquals(SMALL, matrix.catalog());
    assertEquals(0.2, matrix.value(0, 1));
    assertEquals(0.5, matrix.value(1, "C1"));
    assertTrue(Double.isNaN(matrix.value(1, "C3")));
    assertEquals(ids("a", "b"), matrix.relationships());
    assertFalse(matrix.isFloat());
    assertTrue(matrix.problems().isEmpty());
    assertEquals("RatingMatrix{catalog=SMALL, rows=2, double}", matrix.toString());
  }

  @Test
  void copiesTheGivenArray() {
    double[] values = {0.1, 0.2, 0.3, 0.4};
    RatingMatrix matrix = RatingMatrix.of(SMALL, ids("a"), values);
    values[0] = 0.9;
    assertEquals(0.1, matrix.value(0, 0));
  }

  @Test
  void floatMatrixWidensItsValues() {
    RatingMatrix matrix = RatingMatrix.of(SMALL, ids("a"), new float[] {0.25f, 0.1f, NAN_F, 1f});
    assertTrue(matrix.isFloat());
    assertEquals(0.25, matrix.value(0, 0));
    assertEquals((double) 0.1f, matrix.value(0, 1));
    assertTrue(Double.isNaN(matrix.value(0, 2)));
    assertEquals("RatingMatrix{catalog=SMALL, rows=1, float}", matrix.toString());
  }

  private static final float NAN_F = Float.NaN;

  @Test
  void rejectsArrayOfTheWrongLength() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RatingMatrix.of(SMALL, ids("a", "b"), new double[7]));
    assertEquals(
        "rating matrix has 7 values; 2 rows of the 4 factors of catalog SMALL need 8",
        e.getMessage());
    IllegalArgumentException floats =
        assertThrows(
            IllegalArgumentException.class, () -> RatingMatrix.of(SMALL, ids("a"), new float[5]));
    assertEquals(
        "rating matrix has 5 values; 1 rows of the 4 factors of catalog SMALL need 4",
        floats.getMessage());
  }

  @Test
  void rejectsIndexOutOfRangeAndUnknownCode() {
    RatingMatrix matrix = RatingMatrix.of(SMALL, ids("a"), new double[4]);
    assertThrows(IndexOutOfBoundsException.class, () -> matrix.value(1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> matrix.value(0, 4));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> matrix.value(0, "Co1"));
    assertEquals("factor code Co1 is not in catalog SMALL", e.getMessage());
  }

  @Test
  void builderNormalisesRawRatingsWithTheirScale() {
    // On 1..5: 5 -> 1, 3 -> 0.5, 2 -> 0.25; on the best-practice anchors 75 -> 0.75.
    RatingMatrix matrix =
        RatingMatrix.builder(SMALL)
            .addRow(RelationshipId.of("a"), RatingScale.likert5(), 5, 3, NAN, 2)
            .addRow(RelationshipId.of("b"), RatingScale.bestPracticeAnchors(), 75, NAN, 0, 100)
            .build();
    assertEquals(
        RatingMatrix.of(SMALL, ids("a", "b"), new double[] {1, 0.5, NAN, 0.25, 0.75, NAN, 0, 1}),
        matrix);
  }

  @Test
  void builderStoresAnOffScaleRowAsNanAndRecordsItsProblem() {
    RatingMatrix matrix =
        RatingMatrix.builder(SMALL)
            .addRow(RelationshipId.of("a"), RatingScale.bestPracticeAnchors(), 75, 60, NAN, 2.5)
            .build();
    assertEquals(
        "rating 60 for C2 is outside scale {0=Not in place, 25=Planned, 50=Partly in place,"
            + " 75=Largely in place, 100=Fully in place}; rating 2.5 for T1 is outside scale {0=Not"
            + " in place, 25=Planned, 50=Partly in place, 75=Largely in place, 100=Fully in place}",
        matrix.problems().get(0).message());
    for (int column = 0; column < 4; column++) {
      assertTrue(Double.isNaN(matrix.value(0, column)));
    }
    assertEquals("RatingMatrix{catalog=SMALL, rows=1, double, problems=1}", matrix.toString());
  }

  @Test
  void aRowWithAProblemDiffersFromARowThatIsOnlyUnknown() {
    RatingMatrix offScale =
        RatingMatrix.builder(SMALL)
            .addRow(RelationshipId.of("a"), RatingScale.likert5(), 9, NAN, NAN, NAN)
            .build();
    RatingMatrix unknown =
        RatingMatrix.builder(SMALL)
            .addRow(RelationshipId.of("a"), RatingScale.likert5(), NAN, NAN, NAN, NAN)
            .build();
    assertNotEquals(offScale, unknown);
    assertEquals(1, offScale.problems().size());
    assertEquals(0, unknown.problems().size());
  }

  @Test
  void offScaleRatingsOfAQuadrillionAndMoreAreWrittenInScientificNotation() {
    RatingMatrix matrix =
        RatingMatrix.builder(SMALL)
            .addRow(
                RelationshipId.of("a"), RatingScale.zeroToTen(), 1e15, 999_999_999_999_999.0, 1, 1)
            .build();
    assertEquals(
        "rating 1.0E15 for C1 is outside scale 0..10; rating 999999999999999 for C2 is outside"
            + " scale 0..10",
        matrix.problems().get(0).message());
  }

  @Test
  void builderChainsAssessmentRows() {
    RatingMatrix matrix =
        RatingMatrix.builder(SCORECARD)
            .addRow(
                ScoreFixtures.assessment(SCORECARD, RatingScale.zeroToTen(), Rating.of("O48", 4))
                    .withRelationship(RelationshipId.of("a")))
            .addRow(
                ScoreFixtures.assessment(SCORECARD, RatingScale.zeroToTen(), Rating.of("O48", 6))
                    .withRelationship(RelationshipId.of("b")))
            .build();
    assertEquals(ids("a", "b"), matrix.relationships());
    assertEquals(0.4, matrix.value(0, 24));
    assertEquals(0.6, matrix.value(1, 24));
  }

  @Test
  void builderRejectsRowOfTheWrongLength() {
    RatingMatrix.Builder builder = RatingMatrix.builder(SMALL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.addRow(RelationshipId.of("acme"), RatingScale.likert5(), 1, 2, 3));
    assertEquals(
        "row of relationship acme has 3 ratings; catalog SMALL has 4 factors", e.getMessage());
    assertEquals(0, builder.build().rows());
  }

  @Test
  void builderGrowsPastItsInitialSize() {
    RatingMatrix.Builder builder = RatingMatrix.builder(SCORECARD);
    double[] expected = new double[1000 * SCORECARD.size()];
    for (int row = 0; row < 1000; row++) {
      int value = row % 11;
      builder.addRow(
          ScoreFixtures.assessment(SCORECARD, RatingScale.zeroToTen(), Rating.of("O48", value))
              .withRelationship(RelationshipId.of("r" + row)));
      for (int column = 0; column < SCORECARD.size(); column++) {
        expected[row * SCORECARD.size() + column] = column == 24 ? value / 10.0 : NAN;
      }
    }
    RatingMatrix matrix = builder.build();
    assertEquals(1000, matrix.rows());
    assertEquals(RelationshipId.of("r999"), matrix.relationships().get(999));
    for (int row = 0; row < 1000; row++) {
      assertEquals(expected[row * 25 + 24], matrix.value(row, 24));
      assertTrue(Double.isNaN(matrix.value(row, 0)));
    }
  }

  @Test
  void equalityIsByValue() {
    double[] values = {0.1, 0.2, 0.3, NAN};
    new EqualsTester()
        .addEqualityGroup(
            RatingMatrix.of(SMALL, ids("a"), values), RatingMatrix.of(SMALL, ids("a"), values))
        .addEqualityGroup(RatingMatrix.of(SMALL, ids("b"), values))
        .addEqualityGroup(RatingMatrix.of(SMALL, ids("a"), new double[] {0.1, 0.2, 0.3, 0.4}))
        .addEqualityGroup(RatingMatrix.of(SMALL, ids("a"), new float[] {0.5f, 0.25f, 0, 1}))
        .addEqualityGroup(RatingMatrix.of(SMALL, ids("a"), new float[] {0.5f, 0.25f, 0, 0.75f}))
        .addEqualityGroup(RatingMatrix.of(SMALL, ids("a"), new double[] {0.5, 0.25, 0, 1}))
        .addEqualityGroup(
            RatingMatrix.of(FactorCatalog.of("OTHER", SMALL.factors()), ids("a"), values))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester =
        ScoreFixtures.nullPointerTester()
            .setDefault(FactorCatalog.class, SMALL)
            .setDefault(double[].class, new double[4])
            .setDefault(float[].class, new float[4])
            .setDefault(byte[].class, new byte[4])
            .setDefault(NumericScale.class, RatingScale.zeroToTen())
            .setDefault(List.class, ids("a"));
    tester.testAllPublicStaticMethods(RatingMatrix.class);
    tester.testAllPublicInstanceMethods(RatingMatrix.of(SMALL, ids("a"), new double[4]));
    tester.testAllPublicInstanceMethods(RatingMatrix.builder(SMALL));
    tester.testAllPublicInstanceMethods(
        RatingMatrix.ofBytes(SMALL, ids("a"), new byte[4], RatingScale.zeroToTen()));
  }

  // ------------------------------------------------------------- byte storage

  @Test
  void byteMatrixNormalisesEachRatingWithItsScale() {
    RatingMatrix matrix =
        RatingMatrix.ofBytes(
            SMALL, ids("a", "b"), new byte[] {10, 5, -1, 0, 3, 3, 3, 7}, RatingScale.zeroToTen());
    assertEquals(2, matrix.rows());
    assertEquals(1.0, matrix.value(0, 0));
    assertEquals(0.5, matrix.value(0, 1));
    assertTrue(Double.isNaN(matrix.value(0, "C3")));
    assertEquals(0.0, matrix.value(0, 3));
    // 3 on 0..10 is (3 - 0) / (10 - 0), the very double normalize gives
    assertEquals(
        Double.doubleToRawLongBits(RatingScale.zeroToTen().normalize(3)),
        Double.doubleToRawLongBits(matrix.value(1, 0)));
    assertEquals(Optional.of(RatingScale.zeroToTen()), matrix.byteScale());
    assertFalse(matrix.isFloat());
    assertTrue(matrix.problems().isEmpty());
    assertEquals("RatingMatrix{catalog=SMALL, rows=2, bytes on 0..10}", matrix.toString());
    assertEquals(Optional.empty(), RatingMatrix.of(SMALL, ids("a"), new double[4]).byteScale());
  }

  @Test
  void byteMatrixCopiesTheGivenArray() {
    byte[] ratings = {1, 2, 3, 4};
    RatingMatrix matrix = RatingMatrix.ofBytes(SMALL, ids("a"), ratings, RatingScale.likert5());
    ratings[0] = 5;
    assertEquals(0.0, matrix.value(0, 0));
  }

  @Test
  void byteMatrixStoresARowWithOffScaleRatingsAsUnknownAndRecordsIt() {
    RatingMatrix matrix =
        RatingMatrix.ofBytes(
            SMALL,
            ids("a", "b", "c"),
            new byte[] {1, 2, 3, 4, 0, 3, 6, -1, 5, -1, -1, -2},
            RatingScale.likert5());
    assertEquals(0.25, matrix.value(0, 1));
    for (int column = 0; column < 4; column++) {
      assertTrue(Double.isNaN(matrix.value(1, column)));
      assertTrue(Double.isNaN(matrix.value(2, column)));
    }
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "b",
                ProblemKind.OUT_OF_RANGE,
                "rating 0 for C1 is outside scale 1..5; rating 6 for C3 is outside scale 1..5"),
            Problem.atRow(
                2, "c", ProblemKind.OUT_OF_RANGE, "rating -2 for T1 is outside scale 1..5")),
        matrix.problems());
  }

  @Test
  void byteMatrixFlagsTheSameRowsAsTheBuilder() {
    RatingMatrix.Builder builder = RatingMatrix.builder(SMALL);
    builder.addRow(RelationshipId.of("a"), RatingScale.likert5(), 1, 2, 3, 4);
    builder.addRow(RelationshipId.of("b"), RatingScale.likert5(), 0, 3, 6, NAN);
    RatingMatrix bytes =
        RatingMatrix.ofBytes(
            SMALL, ids("a", "b"), new byte[] {1, 2, 3, 4, 0, 3, 6, -1}, RatingScale.likert5());
    assertEquals(builder.build().problems(), bytes.problems());
  }

  @Test
  void rejectsAByteScaleWithoutWholeBoundsFromZeroTo127() {
    for (NumericScale scale :
        List.of(
            RatingScale.numeric(-1, 5), RatingScale.numeric(0, 7.5), RatingScale.numeric(0, 128))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> RatingMatrix.ofBytes(SMALL, ids("a"), new byte[4], scale));
      assertEquals(
          "scale " + scale + " of a byte rating matrix must have whole-number bounds from 0 to 127",
          e.getMessage());
    }
    assertEquals(
        127.0,
        RatingMatrix.ofBytes(SMALL, ids("a"), new byte[4], RatingScale.numeric(0, 127))
            .byteScale()
            .orElseThrow()
            .max());
  }

  @Test
  void rejectsAByteArrayOfTheWrongLength() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RatingMatrix.ofBytes(SMALL, ids("a"), new byte[5], RatingScale.zeroToTen()));
    assertEquals(
        "rating matrix has 5 values; 1 rows of the 4 factors of catalog SMALL need 4",
        e.getMessage());
  }

  @Test
  void byteMatricesAreEqualByRatingsAndScale() {
    byte[] ratings = {1, 2, 3, -1};
    new EqualsTester()
        .addEqualityGroup(
            RatingMatrix.ofBytes(SMALL, ids("a"), ratings, RatingScale.zeroToTen()),
            RatingMatrix.ofBytes(SMALL, ids("a"), ratings.clone(), RatingScale.zeroToTen()))
        .addEqualityGroup(RatingMatrix.ofBytes(SMALL, ids("a"), ratings, RatingScale.likert5()))
        .addEqualityGroup(
            RatingMatrix.ofBytes(SMALL, ids("a"), new byte[] {1, 2, 3, 4}, RatingScale.zeroToTen()))
        .addEqualityGroup(RatingMatrix.of(SMALL, ids("a"), new double[] {0.1, 0.2, 0.3, NAN}))
        .testEquals();
  }
}
