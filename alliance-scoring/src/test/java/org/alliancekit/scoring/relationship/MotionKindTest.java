package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.junit.jupiter.api.Test;

class MotionKindTest {

  @Test
  void kindOfEachMotion() {
    assertEquals(MotionKind.SELL_WITH, MotionKind.of(SellWith.of("platform", "services", true)));
    assertEquals(MotionKind.SELL_TO, MotionKind.of(SellTo.of(HQ, ACME)));
    assertEquals(MotionKind.SELL_THROUGH, MotionKind.of(SellThrough.of(HQ, ACME)));
  }

  @Test
  void labelsAreHyphenated() {
    assertEquals("sell-with", MotionKind.SELL_WITH.label());
    assertEquals("sell-to", MotionKind.SELL_TO.label());
    assertEquals("sell-through", MotionKind.SELL_THROUGH.label());
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(MotionKind.class);
  }
}
