package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.Touch;
import org.alliancekit.model.party.PartnerId;

class JourneyArbitraryTest {
  private static final Set<PartnerId> DEFAULT_PARTIES = Set.copyOf(Values.partners(4));

  @Provide
  Arbitrary<Journey> journeys() {
    return AllianceArbitraries.journeys();
  }

  @Property(tries = 300)
  void journeysHaveDatedTouchesOfTheDefaultPartners(@ForAll("journeys") Journey journey) {
    List<Touch> touches = journey.touches();
    assertTrue(1 <= touches.size() && touches.size() <= 6, journey.toString());
    assertTrue(DEFAULT_PARTIES.containsAll(journey.parties()), journey.toString());
    assertFalse(touches.get(0).date().isBefore(Values.EPOCH));
    assertFalse(touches.get(0).date().isAfter(Values.EPOCH.plusDays(3_650)));
    for (int i = 1; i < touches.size(); i++) {
      long gap = ChronoUnit.DAYS.between(touches.get(i - 1).date(), touches.get(i).date());
      assertTrue(0 <= gap && gap <= 30, journey.toString());
    }
    journey
        .closeDate()
        .ifPresent(
            close -> {
              long gap = ChronoUnit.DAYS.between(touches.get(touches.size() - 1).date(), close);
              assertTrue(0 <= gap && gap <= 30, journey.toString());
            });
    boolean sameDay = false;
    for (int i = 1; i < touches.size(); i++) {
      sameDay |= touches.get(i).date().equals(touches.get(i - 1).date());
    }
    Statistics.label("closed").collect(journey.closeDate().isPresent());
    Statistics.label("a partner touches again").collect(journey.parties().size() < touches.size());
    Statistics.label("touches on one day").collect(sameDay);
    for (String label : List.of("closed", "a partner touches again", "touches on one day")) {
      Statistics.label(label).coverage(coverage -> coverage.check(true).count(c -> c > 0));
    }
    Statistics.label("closed").coverage(coverage -> coverage.check(false).count(c -> c > 0));
  }

  @Provide
  Arbitrary<Journey> constrained() {
    return AllianceArbitraries.journeys()
        .parties(PartnerId.of("isv"), PartnerId.of("si"))
        .touches(3, 4);
  }

  @Property(tries = 100)
  void partiesAndTouchCountCanBeConstrained(@ForAll("constrained") Journey journey) {
    assertTrue(Set.of(PartnerId.of("isv"), PartnerId.of("si")).containsAll(journey.parties()));
    assertTrue(3 <= journey.touches().size() && journey.touches().size() <= 4);
  }

  @Example
  void rejectsBadSettings() {
    JourneyArbitrary journeys = AllianceArbitraries.journeys();
    assertEquals(
        "parties to choose from must not be empty",
        assertThrows(IllegalArgumentException.class, journeys::parties).getMessage());
    assertEquals(
        "touch count range 0..2 must start at 1 or more",
        assertThrows(IllegalArgumentException.class, () -> journeys.touches(0, 2)).getMessage());
    assertEquals(
        "touch count range 3..2 must start at 1 or more",
        assertThrows(IllegalArgumentException.class, () -> journeys.touches(3, 2)).getMessage());
    assertThrows(NullPointerException.class, () -> journeys.parties((PartnerId) null));
  }
}
