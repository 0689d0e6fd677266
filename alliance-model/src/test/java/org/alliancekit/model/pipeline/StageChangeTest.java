package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.JAN_10;
import static org.alliancekit.model.pipeline.Fixtures.coSell;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class StageChangeTest {

  @Test
  void recordsTheStageEnteredAndTheDay() {
    StageChange change = StageChange.of(JAN_10, coSell("Committed"));
    assertEquals(JAN_10, change.date());
    assertEquals(coSell("Committed"), change.stage());
  }

  @Test
  void equalityIsByDateAndStage() {
    new EqualsTester()
        .addEqualityGroup(
            StageChange.of(JAN_10, coSell("Prospect")), StageChange.of(JAN_10, coSell("Prospect")))
        .addEqualityGroup(StageChange.of(JAN_10.plusDays(1), coSell("Prospect")))
        .addEqualityGroup(StageChange.of(JAN_10, coSell("Qualified")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(StageChange.class);
    Fixtures.nullPointerTester()
        .testAllPublicInstanceMethods(StageChange.of(JAN_10, coSell("Prospect")));
  }
}
