package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.Touch;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Generates {@link Journey}s: dated touches by partners ({@code p1} to {@code p4} unless
 * {@linkplain #parties given}), by default 1 to 6 of them. The first touch falls within ten years
 * from 1 January 2020, each further touch 0 to 30 days after the one before (so several touches may
 * fall on one day, and a partner may touch a journey again), and about half of the journeys close 0
 * to 30 days after their last touch.
 *
 * <p>Values shrink towards one touch by the first party on 1 January 2020, with no close date. Each
 * configuration method returns a new arbitrary and leaves this one unchanged. Get one from {@link
 * AllianceArbitraries#journeys()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JourneyArbitrary extends ArbitraryDecorator<Journey> {
  private static final int MAX_GAP_DAYS = 30;

  private final ImmutableList<PartnerId> parties;
  private final int minTouches;
  private final int maxTouches;

  JourneyArbitrary() {
    this(Values.partners(4), 1, 6);
  }

  private JourneyArbitrary(ImmutableList<PartnerId> parties, int minTouches, int maxTouches) {
    this.parties = parties;
    this.minTouches = minTouches;
    this.maxTouches = maxTouches;
  }

  /**
   * Returns an arbitrary whose touches are by the given parties, shrinking towards the first.
   *
   * @throws IllegalArgumentException if no party is given
   */
  public JourneyArbitrary parties(PartnerId... parties) {
    ImmutableList<PartnerId> chosen = ImmutableSet.copyOf(parties).asList();
    checkArgument(!chosen.isEmpty(), "parties to choose from must not be empty");
    return new JourneyArbitrary(chosen, minTouches, maxTouches);
  }

  /**
   * Returns an arbitrary whose journeys have {@code min} to {@code max} touches.
   *
   * @throws IllegalArgumentException if {@code min} is less than 1 or greater than {@code max}
   */
  public JourneyArbitrary touches(int min, int max) {
    checkArgument(
        1 <= min && min <= max, "touch count range %s..%s must start at 1 or more", min, max);
    return new JourneyArbitrary(parties, min, max);
  }

  @Override
  protected Arbitrary<Journey> arbitrary() {
    Arbitrary<Tuple2<Integer, Integer>> touches =
        Combinators.combine(
                Arbitraries.integers().between(0, parties.size() - 1),
                Arbitraries.integers().between(0, MAX_GAP_DAYS))
            .as(Tuple::of);
    return Combinators.combine(
            touches.list().ofMinSize(minTouches).ofMaxSize(maxTouches),
            Arbitraries.integers().between(0, 3_650),
            Arbitraries.integers().between(0, MAX_GAP_DAYS).optional())
        .as(this::journey);
  }

  private Journey journey(
      List<Tuple2<Integer, Integer>> touches, int startDay, Optional<Integer> closeGap) {
    Journey.Builder journey = Journey.builder();
    LocalDate date = Values.EPOCH.plusDays(startDay);
    for (int i = 0; i < touches.size(); i++) {
      if (i > 0) {
        date = date.plusDays(touches.get(i).get2());
      }
      journey.addTouches(Touch.of(parties.get(touches.get(i).get1()), date));
    }
    LocalDate last = date;
    closeGap.ifPresent(gap -> journey.closeDate(last.plusDays(gap)));
    return journey.build();
  }
}
