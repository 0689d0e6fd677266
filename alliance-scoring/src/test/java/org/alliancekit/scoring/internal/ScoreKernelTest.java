package org.alliancekit.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

  @Test
  void plainTablesScoreRowsStraightIntoTheOutputArrays() {
    // Columns 0 and 1 in area 0 (weights 1 and 3), column 2 in area 1 (weight 2), column 3 in
    // area 2 (weight 1); code 0 is unknown, codes 1, 2, 3 are the values 0, 0.5 and 1.
    ScoreKernel kernel =
        ScoreKernel.of(
            new int[] {0, 0, 1, 2},
            new double[] {1, 3, 2, 1},
            null,
            MissingRatingPolicy.IGNORE,
            NAN);
    ScoreKernel.CodeTables tables = kernel.codeTables(new double[] {NAN, 0, 0.5, 1});
    assertTrue(tables.isPlain());
    byte[] a = {3, 2, 1, 0}; // area 0: (1 x 1 + 3 x 0.5) / 4 = 0.625, area 1: 0, area 2 unknown
    byte[] empty = {0, 0, 0, 0};
    byte[] c = {0, 0, 0, 3}; // only area 2: 1
    byte[] codes = concat(a, empty, c, a, c, empty); // a block of four rows and two more
    double[] overall = new double[6];
    double[][] areas = new double[5][6];
    byte[] flags = new byte[6];
    assertEquals(2, tables.scoreRows(codes, 4, 0, 0, 6, overall, areas, flags, 32));
    // overall of a: (4 x 0.625 + 2 x 0) / (4 + 2) = 2.5 / 6
    assertEquals(2.5 / 6, overall[0]);
    assertEquals(2.5 / 6, overall[3]);
    assertEquals(1.0, overall[2]);
    assertEquals(1.0, overall[4]);
    assertEquals(0.0, overall[1]);
    assertEquals(0.0, overall[5]);
    assertEquals(0.625, areas[0][0]);
    assertEquals(0.0, areas[1][0]);
    assertEquals(0.0, areas[2][0]);
    assertEquals(1.0, areas[2][4]);
    assertEquals(0.0, areas[0][4]);
    assertEquals("[35, 0, 36, 35, 36, 0]", Arrays.toString(flags));
    // asked for them, the same rows also give each area's known weight: for a, 1 + 3 in area 0 and
    // 2 in area 1; for c, 1 in area 2; 0 where nothing is known
    double[][] weights = new double[5][6];
    double[] again = new double[6];
    assertEquals(
        2, tables.scoreRows(codes, 4, 0, 0, 6, again, new double[5][6], flags, 32, weights));
    assertArrayEquals(overall, again);
    assertArrayEquals(new double[] {4, 0, 0, 4, 0, 0}, weights[0]);
    assertArrayEquals(new double[] {2, 0, 0, 2, 0, 0}, weights[1]);
    assertArrayEquals(new double[] {0, 0, 1, 0, 1, 0}, weights[2]);
    assertArrayEquals(new double[6], weights[3]);
  }

  @Test
  void onlyPlainRulesScoreRowsInBlocks() {
    double[] values = {NAN, 0, 1};
    assertFalse(
        ScoreKernel.of(
                new int[] {0}, new double[] {1}, null, MissingRatingPolicy.SCALE_MINIMUM, NAN)
            .codeTables(values)
            .isPlain());
    assertFalse(
        ScoreKernel.of(new int[] {0}, new double[] {1}, null, MissingRatingPolicy.IGNORE, 0.2)
            .codeTables(values)
            .isPlain());
    assertFalse(
        ScoreKernel.of(
                new int[] {0}, new double[] {1}, new double[5], MissingRatingPolicy.IGNORE, NAN)
            .codeTables(values)
            .isPlain());
    // columns out of area order: area 1 before area 0
    ScoreKernel.CodeTables outOfOrder =
        ScoreKernel.of(new int[] {1, 0}, new double[] {1, 1}, null, MissingRatingPolicy.IGNORE, NAN)
            .codeTables(values);
    assertFalse(outOfOrder.isPlain());
    assertThrows(
        IllegalStateException.class,
        () ->
            outOfOrder.scoreRows(
                new byte[2], 2, 0, 0, 1, new double[1], new double[5][1], new byte[1], 32));
  }

  @Property(tries = 300)
  void plainTablesScoreEveryRowBitForBitAsTheRowScorer(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int width = 1 + random.nextInt(14);
    int[] categories = new int[width];
    double[] weights = new double[width];
    double[] choices = {0, 0.1, 0.5, 1.3, 2, 3};
    int area = 0;
    for (int column = 0; column < width; column++) {
      area = Math.min(4, area + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0));
      categories[column] = area;
      weights[column] = choices[random.nextInt(choices.length)];
    }
    double[] values = {NAN, 0, 0.1, 0.3, 0.7, 1};
    ScoreKernel.CodeTables tables =
        ScoreKernel.of(categories, weights, null, MissingRatingPolicy.IGNORE, NAN)
            .codeTables(values);
    assertTrue(tables.isPlain());
    int rows = random.nextInt(12);
    int from = rows == 0 ? 0 : random.nextInt(rows);
    byte[] codes = new byte[rows * width];
    for (int i = 0; i < codes.length; i++) {
      // shifted by one: -1 is unknown; now and then a whole row unknown
      codes[i] = (byte) (random.nextInt(4) == 0 ? -1 : random.nextInt(values.length - 1));
    }
    double[] overall = new double[rows];
    double[][] areas = new double[5][rows];
    byte[] flags = new byte[rows];
    double[][] areaWeights = new double[5][rows];
    int unscored =
        tables.scoreRows(codes, width, 1, from, rows, overall, areas, flags, 32, areaWeights);
    int expectedUnscored = 0;
    double[] rowAreas = new double[5];
    double[] rowWeights = new double[5];
    for (int row = from; row < rows; row++) {
      double expected = tables.score(codes, row * width, 1, rowAreas, 0, rowWeights, null);
      for (int a = 0; a < 5; a++) {
        // the weight of each area, as the row scorer gives it
        assertEquals(
            Double.doubleToRawLongBits(rowWeights[a]),
            Double.doubleToRawLongBits(areaWeights[a][row]));
      }
      boolean valid = expected == expected;
      expectedUnscored += valid ? 0 : 1;
      assertEquals(
          Double.doubleToRawLongBits(valid ? expected : 0.0),
          Double.doubleToRawLongBits(overall[row]));
      int flag = valid ? 32 : 0;
      for (int a = 0; a < 5; a++) {
        boolean scored = rowAreas[a] == rowAreas[a];
        flag |= scored ? 1 << a : 0;
        assertEquals(
            Double.doubleToRawLongBits(scored ? rowAreas[a] : 0.0),
            Double.doubleToRawLongBits(areas[a][row]));
      }
      assertEquals(flag, flags[row]);
    }
    assertEquals(expectedUnscored, unscored);
  }

  private static byte[] concat(byte[]... rows) {
    byte[] all = new byte[rows.length * rows[0].length];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, all, i * rows[i].length, rows[i].length);
    }
    return all;
  }
}
