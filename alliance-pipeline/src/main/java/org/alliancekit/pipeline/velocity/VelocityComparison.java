package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The velocity of a pipeline's alliance, channel and direct deals side by side, with the velocity
 * of all of them together. {@link #versus(Segment, Segment)} turns two segments into ratios and
 * differences, such as whether alliance deals are larger and won more often than direct ones.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class VelocityComparison implements WithVelocityComparison {
  VelocityComparison() {}

  /** The name of the stage model the figures were computed on. */
  public abstract String modelName();

  /** The velocity of each segment; every segment is present, in declaration order. */
  public abstract ImmutableMap<Segment, Velocity> segments();

  /** The velocity of all opportunities together. */
  public abstract Velocity overall();

  /** The velocity of {@code segment}. */
  public Velocity velocity(Segment segment) {
    checkNotNull(segment, "segment");
    return segments().get(segment);
  }

  /** Compares {@code segment} with {@code baseline}; see {@link SegmentDelta}. */
  public SegmentDelta versus(Segment segment, Segment baseline) {
    Velocity a = velocity(segment);
    Velocity b = velocity(baseline);
    ImmutableMap.Builder<CurrencyUnit, Double> sizeRatios = ImmutableMap.builder();
    a.averageDealSize()
        .forEach(
            (currency, size) -> {
              MonetaryAmount base = b.averageDealSize().get(currency);
              if (base != null && base.isPositive()) {
                sizeRatios.put(
                    currency,
                    number(size).divide(number(base), MathContext.DECIMAL64).doubleValue());
              }
            });
    return new SegmentDelta(
        segment,
        baseline,
        ratio(a.count(), b.count()),
        ratio(a.wonCount(), b.wonCount()),
        difference(a, b, Velocity::winRate),
        sizeRatios.build(),
        difference(a, b, Velocity::averageCycleDays));
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  private static Optional<Double> ratio(long a, long b) {
    return b == 0 ? Optional.empty() : Optional.of((double) a / b);
  }

  private static Optional<Double> difference(
      Velocity a, Velocity b, Function<Velocity, Optional<Double>> figure) {
    return figure.apply(a).flatMap(x -> figure.apply(b).map(y -> x - y));
  }

  /** Returns a new builder; the model name, every segment and the overall velocity are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VelocityComparison}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableVelocityComparison.Builder {
    Builder() {}
  }

  @Value.Check
  VelocityComparison check() {
    checkArgument(
        segments().keySet().equals(EnumSet.allOf(Segment.class)),
        "velocity comparison must cover every segment %s, not %s",
        EnumSet.allOf(Segment.class),
        segments().keySet());
    checkArgument(
        segments().values().stream().mapToLong(Velocity::count).sum() == overall().count(),
        "velocity comparison segments count %s opportunities, but overall counts %s",
        segments().values().stream().mapToLong(Velocity::count).sum(),
        overall().count());
    if (ImmutableList.copyOf(segments().keySet()).equals(ImmutableList.copyOf(Segment.values()))) {
      return this;
    }
    Builder ordered = builder().from(this).segments(ImmutableMap.of());
    for (Segment segment : Segment.values()) {
      ordered.putSegment(segment, segments().get(segment));
    }
    return ordered.build();
  }
}
