package org.alliancekit.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MotionEvidenceTest {

  @Test
  void totalIsTheSumOfTheSixCounts() {
    // 1 + 2 + 3 + 4 + 5 + 6 = 21; the 5 co-sold are also among the 3 + 4 shared opportunities.
    assertEquals(21, new MotionEvidence(1, 2, 3, 4, 5, 6).total());
    assertEquals(0, MotionEvidence.none().total());
  }

  @Test
  void totalDoesNotOverflow() {
    int max = Integer.MAX_VALUE;
    // 4 x max + max (co-sold, at most the opportunities) + max = 6 x 2147483647 = 12884901882.
    assertEquals(12_884_901_882L, new MotionEvidence(max, max, max, max, max, max).total());
  }

  @Test
  void rejectsANegativeCountByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MotionEvidence(0, -1, 0, 0, 0, 0));
    assertEquals("leadsPartnerToHost -1 must not be negative", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MotionEvidence(0, 0, 0, 0, 0, -2));
  }

  @Test
  void rejectsMoreCoSoldOpportunitiesThanSharedOnes() {
    assertEquals(3, new MotionEvidence(0, 0, 2, 1, 3, 0).coSold());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MotionEvidence(0, 0, 2, 1, 4, 0));
    assertEquals(
        "coSold 4 must be at most opportunitiesHostToPartner 2 plus opportunitiesPartnerToHost 1,"
            + " since a co-sold opportunity is counted in its direction too",
        e.getMessage());
  }

  @Test
  void plusAddsCountByCount() {
    MotionEvidence sum =
        new MotionEvidence(1, 2, 3, 4, 5, 6).plus(new MotionEvidence(10, 20, 30, 40, 50, 60));
    assertEquals(new MotionEvidence(11, 22, 33, 44, 55, 66), sum);
    assertEquals(sum, sum.plus(MotionEvidence.none()));
  }

  @Test
  void plusRefusesACountBeyondAnInt() {
    MotionEvidence many = new MotionEvidence(Integer.MAX_VALUE, 0, 0, 0, 0, 0);
    assertThrows(ArithmeticException.class, () -> many.plus(new MotionEvidence(1, 0, 0, 0, 0, 0)));
  }
}
