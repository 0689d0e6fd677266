package org.alliancekit.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservedMotionTest {

  @Test
  void eachObservedMotionIsAMotionKindButUndetermined() {
    assertEquals(Optional.of(MotionKind.SELL_WITH), ObservedMotion.SELL_WITH.motion());
    assertEquals(Optional.of(MotionKind.SELL_TO), ObservedMotion.SELL_TO.motion());
    assertEquals(Optional.of(MotionKind.SELL_THROUGH), ObservedMotion.SELL_THROUGH.motion());
    assertEquals(Optional.empty(), ObservedMotion.UNDETERMINED.motion());
  }

  @Test
  void labelsFollowTheMotionKinds() {
    assertEquals("sell-with", ObservedMotion.SELL_WITH.label());
    assertEquals("sell-through", ObservedMotion.SELL_THROUGH.label());
    assertEquals("undetermined", ObservedMotion.UNDETERMINED.label());
  }
}
