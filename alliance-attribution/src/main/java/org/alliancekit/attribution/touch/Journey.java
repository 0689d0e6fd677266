package org.alliancekit.attribution.touch;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The dated partner touches that led to one deal, in the order they happened, and the day the deal
 * closed when it has.
 *
 * <p>A journey has at least one touch; touches are in date order (touches on the same day keep the
 * order given, which decides which of them is first or last); the close date, when given, is on or
 * after the last touch. The same partner may touch a journey several times.
 *
 * <pre>{@code
 * Journey journey = Journey.builder()
 *     .addTouches(Touch.of(PartnerId.of("isv"), LocalDate.of(2025, 3, 1)))
 *     .addTouches(Touch.of(PartnerId.of("si"), LocalDate.of(2025, 3, 20)))
 *     .closeDate(LocalDate.of(2025, 4, 2))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Journey implements WithJourney {
  Journey() {}

  /** The touches, in date order; at least one. */
  @Value.Parameter
  public abstract ImmutableList<Touch> touches();

  /**
   * The day the deal closed, if it has. Time-decay weights are measured back from it; since only
   * the days between touches change the shares, it is kept for the record and checked to be on or
   * after the last touch.
   */
  public abstract Optional<LocalDate> closeDate();

  /**
   * Returns the journey of the given touches, with no close date.
   *
   * @throws IllegalArgumentException if there are no touches or they are not in date order
   */
  public static Journey of(Iterable<? extends Touch> touches) {
    return ImmutableJourney.of(touches);
  }

  /** The distinct partners that touched the journey, in order of their first touch. */
  public ImmutableSet<PartnerId> parties() {
    return touches().stream().map(Touch::party).collect(ImmutableSet.toImmutableSet());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Journey}; at least one touch is required. {@code build()} throws {@link
   * IllegalArgumentException} for an invalid journey.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableJourney.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!touches().isEmpty(), "journey must have at least one touch");
    for (int i = 1; i < touches().size(); i++) {
      LocalDate previous = touches().get(i - 1).date();
      LocalDate date = touches().get(i).date();
      checkArgument(
          !date.isBefore(previous),
          "touch %s of the journey (counting from 1), on %s, is before the touch before it, on"
              + " %s; touches must be in date order",
          i + 1,
          date,
          previous);
    }
    LocalDate last = touches().get(touches().size() - 1).date();
    closeDate()
        .ifPresent(
            close ->
                checkArgument(
                    !close.isBefore(last),
                    "close date %s of the journey is before its last touch on %s",
                    close,
                    last));
  }
}
