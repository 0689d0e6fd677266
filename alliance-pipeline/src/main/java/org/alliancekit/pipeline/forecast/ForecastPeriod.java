package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * A period of a forecast: a label such as {@code 2024 Q3} or {@code FY2025 Q1} and the first and
 * last day it covers. Periods sort by first day, then last day, then label.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the period's name in reports
 * @param start the first day of the period
 * @param end the last day of the period, not before {@code start}
 */
@API(status = STABLE, since = "0.1")
public record ForecastPeriod(String label, LocalDate start, LocalDate end)
    implements Comparable<ForecastPeriod> {
  private static final Comparator<ForecastPeriod> ORDER =
      Comparator.comparing(ForecastPeriod::start)
          .thenComparing(ForecastPeriod::end)
          .thenComparing(ForecastPeriod::label);

  /** Validates the period. */
  public ForecastPeriod {
    checkNotNull(label, "label");
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(!label.isBlank(), "forecast period label '%s' must not be blank", label);
    checkArgument(
        !end.isBefore(start),
        "forecast period %s ends on %s, before it starts on %s",
        label,
        end,
        start);
  }

  /** Returns the period with the given label, first and last day. */
  public static ForecastPeriod of(String label, LocalDate start, LocalDate end) {
    return new ForecastPeriod(label, start, end);
  }

  /** Whether {@code date} falls within the period, both ends included. */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  @Override
  public int compareTo(ForecastPeriod other) {
    return ORDER.compare(this, other);
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label;
  }
}
