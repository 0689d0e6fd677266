package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.StageChange;

/** Laws of {@link StageChange}, on generated stage changes. */
class StageChangeLawsTest {
  /** A day before every generated stage change. */
  private static final LocalDate BEFORE_ANY = LocalDate.of(2019, 12, 31);

  @Property
  void copyThroughFactoryIsEqual(@ForAll("changes") StageChange change) {
    assertEquals(change, StageChange.of(change.date(), change.stage()));
  }

  @Property
  void withDateRoundTrips(@ForAll("changes") StageChange change) {
    StageChange moved = change.withDate(BEFORE_ANY);
    assertEquals(change.stage(), moved.stage());
    assertEquals(change, moved.withDate(change.date()));
  }

  @Provide
  Arbitrary<StageChange> changes() {
    return ModelArbitraries.stageChanges();
  }
}
