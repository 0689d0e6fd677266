package org.alliancekit.attribution.touch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancekit.attribution.AttributionModel;
import org.alliancekit.attribution.Shares;
import org.alliancekit.attribution.internal.Arguments;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Attribution over one {@link Journey}: each touch earns a weight by its position or its age, and
 * each partner's share is the sum of the weights of its touches.
 *
 * <ul>
 *   <li>{@link #firstTouch()}: the first touch earns everything.
 *   <li>{@link #lastTouch()}: the last touch earns everything.
 *   <li>{@link #linear()}: every touch earns the same.
 *   <li>{@link #positionBased(double, double)} (U-shaped): the first touch earns {@code first}, the
 *       last touch {@code last}, and the touches between them share the rest equally. A journey of
 *       one touch gives it everything; a journey of two touches splits {@code first : last} (50/50
 *       for the standard 40/40/20).
 *   <li>{@link #timeDecay(Duration)}: a touch {@code d} days before the close date weighs {@code
 *       2^(-d / halfLife)}, so a touch one half-life older than another weighs half as much. Moving
 *       the reference day multiplies every weight by the same factor, which the normalisation to
 *       shares removes: the shares depend only on the days between touches, so a journey without a
 *       close date is attributed as if it closed on the day of its last touch.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class TouchModel implements AttributionModel<Journey> {
  private enum Kind {
    FIRST,
    LAST,
    LINEAR,
    POSITION,
    DECAY
  }

  private static final double DAY_SECONDS = 86_400.0;
  private static final TouchModel FIRST = new TouchModel(Kind.FIRST, 0, 0, 0);
  private static final TouchModel LAST = new TouchModel(Kind.LAST, 0, 0, 0);
  private static final TouchModel LINEAR = new TouchModel(Kind.LINEAR, 0, 0, 0);

  private final Kind kind;
  private final double first;
  private final double last;
  private final double halfLifeDays;

  private TouchModel(Kind kind, double first, double last, double halfLifeDays) {
    this.kind = kind;
    this.first = first;
    this.last = last;
    this.halfLifeDays = halfLifeDays;
  }

  /** All credit to the first touch. */
  public static TouchModel firstTouch() {
    return FIRST;
  }

  /** All credit to the last touch. */
  public static TouchModel lastTouch() {
    return LAST;
  }

  /** Equal credit to every touch. */
  public static TouchModel linear() {
    return LINEAR;
  }

  /** The U-shaped model: 40% to the first touch, 40% to the last, 20% spread over the middle. */
  public static TouchModel positionBased() {
    return positionBased(0.4, 0.4);
  }

  /**
   * The U-shaped model with the given fractions for the first and the last touch; the touches
   * between share {@code 1 - first - last}.
   *
   * @throws IllegalArgumentException if a fraction is negative or not finite, or their sum is zero
   *     or more than one
   */
  public static TouchModel positionBased(double first, double last) {
    Arguments.weight("fraction", "the first touch", first);
    Arguments.weight("fraction", "the last touch", last);
    checkArgument(
        first + last > 0 && first + last <= 1,
        "fractions of the first touch %s and of the last touch %s must sum to more than 0 and at"
            + " most 1",
        first,
        last);
    return new TouchModel(Kind.POSITION, first, last, 0);
  }

  /** The time-decay model with a half-life of 7 days. */
  public static TouchModel timeDecay() {
    return timeDecay(Duration.ofDays(7));
  }

  /**
   * The time-decay model with the given half-life.
   *
   * @throws IllegalArgumentException if the half-life is not positive
   */
  public static TouchModel timeDecay(Duration halfLife) {
    checkNotNull(halfLife, "halfLife");
    checkArgument(
        !halfLife.isNegative() && !halfLife.isZero(), "half-life %s must be positive", halfLife);
    return new TouchModel(Kind.DECAY, 0, 0, halfLife.toMillis() / 1000.0 / DAY_SECONDS);
  }

  /** The weight each touch earns, in the journey's order, summing to one. */
  public ImmutableList<Double> touchWeights(Journey journey) {
    checkNotNull(journey, "journey");
    List<Touch> touches = journey.touches();
    int n = touches.size();
    double[] weights = new double[n];
    switch (kind) {
      case FIRST -> weights[0] = 1;
      case LAST -> weights[n - 1] = 1;
      case LINEAR -> Arrays.fill(weights, 1.0 / n);
      case POSITION -> positionWeights(weights);
      case DECAY -> decayWeights(journey, weights);
    }
    return ImmutableList.copyOf(Doubles.asList(weights));
  }

  private void positionWeights(double[] weights) {
    int n = weights.length;
    if (n == 1) {
      weights[0] = 1;
    } else if (n == 2) {
      weights[0] = first / (first + last);
      weights[1] = last / (first + last);
    } else {
      double middle = Math.max(0, 1 - first - last) / (n - 2);
      Arrays.fill(weights, middle);
      weights[0] = first;
      weights[n - 1] = last;
    }
  }

  private void decayWeights(Journey journey, double[] weights) {
    List<Touch> touches = journey.touches();
    // Measured from the latest touch rather than the close date: the common factor cancels when
    // normalising, and the latest touch weighing 1 keeps old touches from making every weight
    // underflow to zero.
    LocalDate latest = touches.get(touches.size() - 1).date();
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      long days = ChronoUnit.DAYS.between(touches.get(i).date(), latest);
      weights[i] = Math.pow(2, -days / halfLifeDays);
      total += weights[i];
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= total;
    }
  }

  /** Each partner's share: the sum of the weights of its touches. */
  @Override
  public Shares shares(Journey journey) {
    ImmutableList<Double> weights = touchWeights(journey);
    Map<PartnerId, Double> earned = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      earned.merge(journey.touches().get(i).party(), weights.get(i), Double::sum);
    }
    return Shares.proportional(earned);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case FIRST -> "TouchModel[first touch]";
      case LAST -> "TouchModel[last touch]";
      case LINEAR -> "TouchModel[linear]";
      case POSITION -> "TouchModel[position-based " + first + "/" + last + "]";
      case DECAY -> "TouchModel[time decay, half-life " + halfLifeDays + " days]";
    };
  }
}
