package org.alliancekit.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.junit.jupiter.api.Test;

class ScoreKernelTest {
  private static final double NAN = Double.NaN;

  /** Columns 0, 1, 2 commercial (ordinal 0), column 3 left out, column 4 technical (1). */
  private static ScoreKernel kernel(MissingRatingPolicy policy, double margin) {
    return ScoreKernel.of(
        new int[] {0, 0, 0, -1, 1}, new double[] {1, 1, 1, 7, 1}, null, policy, margin);
  }

  @Test
  void scoresARowAtAnOffsetAndWritesAreasAtAnOffset() {
    // Row [1, 0.5, NaN, (left out), 0.25] behind two padding values: commercial 0.75 with
    // weight 2, technical 0.25 with weight 1; overall 1.75 / 3.
    double[] values = {9, 9, 1, 0.5, NAN, 0.9, 0.25};
    double[] areas = new double[7];
    double[] weights = new double[7];
    double[] means = new double[7];
    ScoreKernel kernel = kernel(MissingRatingPolicy.IGNORE, NAN);
    assertEquals(1.75 / 3, kernel.score(values, 2, areas, 2, weights, means));
    assertEquals(0.75, areas[2]);
    assertEquals(0.25, areas[3]);
    assertTrue(Double.isNaN(areas[4]));
    assertEquals(2.0, weights[2]);
    assertEquals(0.75, means[2]);
    assertEquals(1.75 / 3, kernel.score(values, 2, new double[5], 0));
  }

  @Test
  void describesItsLayout() {
    ScoreKernel kernel = kernel(MissingRatingPolicy.IGNORE, NAN);
    assertEquals(5, kernel.width());
    assertEquals(4, kernel.considered());
    assertEquals(3, kernel.areaSize(0));
    assertEquals(0, kernel.areaSize(2));
    assertFalse(kernel.considers(3));
    assertEquals(1.0, kernel.weight(4));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> kernel.weight(3));
    assertEquals("column 3 is not considered", e.getMessage());
  }

  @Test
  void nothingToScoreIsNan() {
    double[] areas = new double[5];
    assertTrue(
        Double.isNaN(
            kernel(MissingRatingPolicy.AREA_MEAN, 0.1)
                .score(new double[] {NAN, NAN, NAN, 1, NAN}, 0, areas, 0)));
    for (double area : areas) {
      assertTrue(Double.isNaN(area));
    }
    // At the scale minimum the missing factors count 0: a score of 0, not NaN.
    assertEquals(
        0.0,
        kernel(MissingRatingPolicy.SCALE_MINIMUM, NAN)
            .score(new double[] {NAN, NAN, NAN, 1, NAN}, 0, areas, 0));
  }

  @Test
  void findsTheFirstValueOutsideZeroToOneInEveryColumn() {
    ScoreKernel kernel = kernel(MissingRatingPolicy.IGNORE, NAN);
    assertEquals(-1, kernel.firstInvalid(new double[] {0, 1, NAN, 0.5, 0.5}, 0));
    assertEquals(3, kernel.firstInvalid(new double[] {0, 1, NAN, 1.5, -1}, 0));
    assertEquals(1, kernel.firstInvalid(new double[] {5, 0, Double.NEGATIVE_INFINITY, 0, 0, 0}, 1));
  }

  @Test
  void rejectsBadLayouts() {
    assertEquals(
        "2 categories but 1 weights",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0, 1}, new double[] {1}, null, MissingRatingPolicy.IGNORE, NAN))
            .getMessage());
    assertEquals(
        "area ordinal 5 of column 0 must be from -1 to 4",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {5}, new double[] {1}, null, MissingRatingPolicy.IGNORE, NAN))
            .getMessage());
    assertEquals(
        "weight -1.0 of column 0 must be a finite number of at least 0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0}, new double[] {-1}, null, MissingRatingPolicy.IGNORE, NAN))
            .getMessage());
    assertEquals(
        "3 area weights given, not 5",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0},
                        new double[] {1},
                        new double[3],
                        MissingRatingPolicy.IGNORE,
                        NAN))
            .getMessage());
    assertEquals(
        "weight NaN of area 2 must be a finite number of at least 0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0},
                        new double[] {1},
                        new double[] {1, 1, NAN, 1, 1},
                        MissingRatingPolicy.IGNORE,
                        NAN))
            .getMessage());
    assertEquals(
        "weakest-link margin 2.0 must be NaN or a number between 0 and 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0}, new double[] {1}, null, MissingRatingPolicy.IGNORE, 2))
            .getMessage());
  }

  @Test
  void rejectsOrdinalsBelowMinusOneAndBadWeightsOfEveryKind() {
    assertEquals(
        "area ordinal -2 of column 1 must be from -1 to 4",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0, -2},
                        new double[] {1, 1},
                        null,
                        MissingRatingPolicy.IGNORE,
                        NAN))
            .getMessage());
    assertEquals(
        "weight Infinity of column 0 must be a finite number of at least 0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0},
                        new double[] {Double.POSITIVE_INFINITY},
                        null,
                        MissingRatingPolicy.IGNORE,
                        NAN))
            .getMessage());
    assertEquals(
        "weight -0.5 of area 4 must be a finite number of at least 0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0},
                        new double[] {1},
                        new double[] {1, 1, 1, 1, -0.5},
                        MissingRatingPolicy.IGNORE,
                        NAN))
            .getMessage());
    assertEquals(
        "weakest-link margin -0.1 must be NaN or a number between 0 and 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ScoreKernel.of(
                        new int[] {0}, new double[] {1}, null, MissingRatingPolicy.IGNORE, -0.1))
            .getMessage());
  }

  @Test
  void acceptsTheEdgesOfEveryRule() {
    ScoreKernel kernel =
        ScoreKernel.of(
            new int[] {-1, 4},
            new double[] {0, 0},
            new double[] {0, 0, 0, 0, 0},
            MissingRatingPolicy.IGNORE,
            0);
    assertEquals(1, kernel.considered());
    assertEquals(
        1,
        ScoreKernel.of(new int[] {4}, new double[] {1}, null, MissingRatingPolicy.IGNORE, 1)
            .considered());
  }

  @Test
  void zeroWeightColumnsDoNotSetTheWeakestLink() {
    // Commercial: columns 0 and 1 weigh 1, column 2 weighs 0 and is rated 0 (or missing). The
    // weakest link is the lowest weighted value, 0.6: the area is min(0.8, 0.6 + 0.1) = 0.7.
    ScoreKernel kernel =
        ScoreKernel.of(
            new int[] {0, 0, 0},
            new double[] {1, 1, 0},
            null,
            MissingRatingPolicy.SCALE_MINIMUM,
            0.1);
    double[] areas = new double[5];
    assertEquals(0.7, kernel.score(new double[] {1, 0.6, 0}, 0, areas, 0), 1e-12);
    assertEquals(0.7, areas[0], 1e-12);
    assertEquals(0.7, kernel.score(new double[] {1, 0.6, NAN}, 0, areas, 0), 1e-12);
  }

  @Test
  void areaWithoutWeightIsNotScored() {
    // Area weights given: commercial weighs 0, so only technical (0.5) counts.
    ScoreKernel kernel =
        ScoreKernel.of(
            new int[] {0, 1},
            new double[] {1, 1},
            new double[] {0, 1, 1, 1, 1},
            MissingRatingPolicy.IGNORE,
            NAN);
    double[] areas = new double[5];
    assertEquals(0.5, kernel.score(new double[] {1, 0.5}, 0, areas, 0));
    assertTrue(Double.isNaN(areas[0]));
    assertEquals(0.5, areas[1]);
  }
}
