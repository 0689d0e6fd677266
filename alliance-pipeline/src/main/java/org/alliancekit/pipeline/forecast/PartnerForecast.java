package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A forecast grouped by partner: for each party involved in at least one opportunity other than as
 * its owner, the forecast of the opportunities it is involved in; the forecast of the opportunities
 * with no partner; and the forecast of all of them.
 *
 * <p>Partner groups overlap: an opportunity with two partners counts in full toward each of them,
 * since each partner works the whole deal. The partner forecasts may therefore add up to more than
 * {@link #total()}; {@link #unpartnered()} and the union of the partner groups together make up the
 * total exactly.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PartnerForecast implements WithPartnerForecast {
  PartnerForecast() {}

  /** The forecast of each partner's opportunities, ordered by partner id. */
  public abstract ImmutableMap<PartnerId, Forecast> partners();

  /** The forecast of the opportunities in which no party other than the owner is involved. */
  public abstract Forecast unpartnered();

  /** The forecast of every opportunity, each counted once. */
  public abstract Forecast total();

  /** The forecast of the opportunities {@code partner} is involved in, if any. */
  public Optional<Forecast> partner(PartnerId partner) {
    checkNotNull(partner, "partner");
    return Optional.ofNullable(partners().get(partner));
  }

  /**
   * Returns the forecast by partner of both sets of opportunities together: each partner's
   * forecasts, the unpartnered and the total forecasts added ({@link Forecast#plus}). For two
   * disjoint sets of opportunities this is, exactly, the forecast by partner of their union, so a
   * forecast computed in parts (such as per partition of a distributed table) is combined with
   * this.
   */
  public PartnerForecast plus(PartnerForecast other) {
    checkNotNull(other, "other");
    Map<PartnerId, Forecast> partners = new TreeMap<>(partners());
    other
        .partners()
        .forEach((partner, forecast) -> partners.merge(partner, forecast, Forecast::plus));
    return builder()
        .putAllPartners(partners)
        .unpartnered(unpartnered().plus(other.unpartnered()))
        .total(total().plus(other.total()))
        .build();
  }

  /** Returns a new builder; the unpartnered and total forecasts are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartnerForecast}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePartnerForecast.Builder {
    Builder() {}
  }
}
