package org.alliancekit.attribution.touch;

import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.attribution.Fixtures;
import org.junit.jupiter.api.Test;

class JourneyTest {
  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private static Journey.Builder journey() {
    return Journey.builder()
        .addTouches(Touch.of(p("isv"), DAY))
        .addTouches(Touch.of(p("si"), DAY.plusDays(5)))
        .addTouches(Touch.of(p("isv"), DAY.plusDays(5)));
  }

  @Test
  void keepsTouchesAndListsDistinctParties() {
    Journey journey = journey().closeDate(DAY.plusDays(9)).build();
    assertEquals(3, journey.touches().size());
    assertEquals(ImmutableSet.of(p("isv"), p("si")), journey.parties());
    assertEquals(Optional.of(DAY.plusDays(9)), journey.closeDate());
    assertEquals(Optional.empty(), Journey.of(List.of(Touch.of(p("a"), DAY))).closeDate());
  }

  @Test
  void rejectsEmptyJourney() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Journey.of(List.of()));
    assertEquals("journey must have at least one touch", e.getMessage());
  }

  @Test
  void rejectsTouchesOutOfDateOrder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> journey().addTouches(Touch.of(p("x"), DAY.plusDays(1))).build());
    assertEquals(
        "touch 4 of the journey (counting from 1), on 2025-03-02, is before the touch before it,"
            + " on 2025-03-06; touches must be in date order",
        e.getMessage());
  }

  @Test
  void rejectsCloseDateBeforeLastTouch() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> journey().closeDate(DAY).build());
    assertEquals(
        "close date 2025-03-01 of the journey is before its last touch on 2025-03-06",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(journey().build(), journey().build())
        .addEqualityGroup(journey().closeDate(DAY.plusDays(6)).build())
        .addEqualityGroup(Journey.of(List.of(Touch.of(p("isv"), DAY))))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Journey.class);
    tester.testAllPublicInstanceMethods(journey().build());
    tester.testAllPublicInstanceMethods(Journey.builder());
    tester.testAllPublicStaticMethods(Touch.class);
    tester.testAllPublicConstructors(Touch.class);
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("journeys") Journey journey) {
    assertEquals(journey, Journey.builder().from(journey).build());
  }

  @Property
  void withCloseDateRoundTrips(@ForAll("journeys") Journey journey) {
    LocalDate last = journey.touches().get(journey.touches().size() - 1).date();
    Journey closed = journey.withCloseDate(last.plusDays(3));
    assertEquals(Optional.of(last.plusDays(3)), closed.closeDate());
    assertEquals(journey, closed.withCloseDate(journey.closeDate()));
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return Arbitraries.integers()
        .between(0, 30)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .flatMap(
            gaps ->
                Arbitraries.of("a", "b", "c")
                    .list()
                    .ofSize(gaps.size())
                    .map(
                        ids -> {
                          ImmutableList.Builder<Touch> touches = ImmutableList.builder();
                          LocalDate date = DAY;
                          for (int i = 0; i < gaps.size(); i++) {
                            date = date.plusDays(gaps.get(i));
                            touches.add(Touch.of(p(ids.get(i)), date));
                          }
                          return Journey.of(touches.build());
                        }));
  }
}
