package org.alliancekit.scoring.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.alliancekit.scoring.benchmark.PairedCoefficients.Defect;
import org.junit.jupiter.api.Test;

class PairedCoefficientsTest {
  private static final double EPSILON = 1e-12;

  @Test
  void knownAnswerForFourPairs() {
    // x = 1, 2, 3, 4 (mean 2.5), y = 10, 20, 40, 30 (mean 25).
    // Deviations: dx = -1.5, -0.5, 0.5, 1.5; dy = -15, -5, 15, 5.
    // Sum dx*dy = 22.5 + 2.5 + 7.5 + 7.5 = 40; sum dx^2 = 5; sum dy^2 = 225 + 25 + 225 + 25 = 500.
    // Pearson = 40 / sqrt(5 * 500) = 40 / 50 = 0.8.
    // Ranks of y: 1, 2, 4, 3; Spearman = 1 - 6 * (0 + 0 + 1 + 1) / (4 * (16 - 1)) = 1 - 12/60 =
    // 0.8.
    PairedCoefficients c =
        PairedCoefficients.of(new double[] {1, 2, 3, 4}, new double[] {10, 20, 40, 30});
    assertEquals(Optional.empty(), c.defect());
    assertEquals(0.8, c.pearson(), EPSILON);
    assertEquals(0.8, c.spearman(), EPSILON);
  }

  @Test
  void tiesShareTheMeanRank() {
    // x = 1, 2, 2, 3 ranks 1, 2.5, 2.5, 4; y = 1, 3, 2, 4 ranks 1, 3, 2, 4.
    // Ranks: dx = -1.5, 0, 0, 1.5 (sum sq 4.5); dy = -1.5, 0.5, -0.5, 1.5 (sum sq 5).
    // Sum dx*dy = 2.25 + 0 + 0 + 2.25 = 4.5; Spearman = 4.5 / sqrt(4.5 * 5) = sqrt(0.9).
    PairedCoefficients c =
        PairedCoefficients.of(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4});
    assertEquals(Math.sqrt(0.9), c.spearman(), EPSILON);
  }

  @Test
  void undefinedCasesAreCheckedInOrder() {
    assertEquals(
        Optional.of(Defect.TOO_FEW_PAIRS),
        PairedCoefficients.of(new double[] {1, 1}, new double[] {2, 2}).defect());
    assertEquals(
        Optional.of(Defect.SAME_X),
        PairedCoefficients.of(new double[] {1, 1, 1}, new double[] {2, 2, 2}).defect());
    assertEquals(
        Optional.of(Defect.SAME_Y),
        PairedCoefficients.of(new double[] {1, 2, 3}, new double[] {2, 2, 2}).defect());
    PairedCoefficients undefined = PairedCoefficients.of(new double[0], new double[0]);
    IllegalStateException e = assertThrows(IllegalStateException.class, undefined::pearson);
    assertEquals("pearson coefficient is undefined: Optional[TOO_FEW_PAIRS]", e.getMessage());
    assertThrows(IllegalStateException.class, undefined::spearman);
  }

  @Test
  void rejectsUnpairedValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PairedCoefficients.of(new double[] {1, 2, 3}, new double[] {1, 2}));
    assertEquals("3 x values but 2 y values; pairs need both", e.getMessage());
  }
}
