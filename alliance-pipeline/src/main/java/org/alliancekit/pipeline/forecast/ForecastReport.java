package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.batch.Problem;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The forecast of a batch of opportunities converted into one currency, with every opportunity that
 * could not be included and why: typically an amount in a currency the caller's rates do not
 * convert. The included opportunities and the problems account for every input row.
 *
 * <p>{@link #total()} is converted and rounded once from the exact sums of every included
 * opportunity, and each period's figures likewise from that period's sums; so the rounded period
 * figures may differ from the rounded total by a minor unit or so.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class ForecastReport implements WithForecastReport {
  ForecastReport() {}

  /** The currency of every figure. */
  public abstract CurrencyUnit currency();

  /** The figures of all included opportunities. */
  public abstract ForecastFigures total();

  /** The figures of the included opportunities per period, in period order. */
  public abstract ImmutableMap<ForecastPeriod, ForecastFigures> byPeriod();

  /** The rows left out, in input order. */
  public abstract ImmutableList<Problem> problems();

  /** The number of input rows. */
  public abstract long rowCount();

  /** The number of rows included in the figures. */
  public long includedCount() {
    return rowCount() - problems().size();
  }

  /** Whether every row was included. */
  public boolean isClean() {
    return problems().isEmpty();
  }

  /** Returns a new builder; currency, total and row count are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForecastReport}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableForecastReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        total().currency().equals(currency()),
        "forecast report total is in %s, not in the report currency %s",
        total().currency(),
        currency());
    ForecastPeriod previous = null;
    for (Map.Entry<ForecastPeriod, ForecastFigures> entry : byPeriod().entrySet()) {
      checkArgument(
          entry.getValue().currency().equals(currency()),
          "forecast report figures of %s are in %s, not in the report currency %s",
          entry.getKey(),
          entry.getValue().currency(),
          currency());
      checkArgument(
          previous == null || previous.compareTo(entry.getKey()) < 0,
          "forecast report periods must be in order, but %s follows %s",
          entry.getKey(),
          previous);
      previous = entry.getKey();
    }
    checkArgument(
        total().count() + problems().size() == rowCount(),
        "forecast report has %s rows, but its total counts %s opportunities and it has %s problems",
        rowCount(),
        total().count(),
        problems().size());
  }
}
