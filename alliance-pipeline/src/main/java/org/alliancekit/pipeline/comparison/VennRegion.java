package org.alliancekit.pipeline.comparison;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One region of the Venn diagram of compared pipelines: the opportunities that sit in exactly the
 * named pipelines and in none of the others.
 *
 * <p>Rule: a region belongs to at least one pipeline.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class VennRegion implements WithVennRegion {
  VennRegion() {}

  /** The pipelines the region's opportunities sit in, in the order of the comparison. */
  @Value.Parameter
  public abstract ImmutableSet<String> pipelines();

  /** The region's opportunities and their value. */
  @Value.Parameter
  public abstract PipelineSlice slice();

  /** The region's opportunities, in id order. */
  public ImmutableList<OpportunityId> opportunities() {
    return slice().opportunities();
  }

  /** The number of opportunities in the region. */
  public int count() {
    return slice().count();
  }

  /** The region's total value per currency. */
  public ImmutableMap<CurrencyUnit, MonetaryAmount> value() {
    return slice().value();
  }

  /** Whether the opportunities sit in {@code pipeline}. */
  public boolean isIn(String pipeline) {
    return pipelines().contains(checkNotNull(pipeline, "pipeline"));
  }

  /**
   * Returns the region of the given pipelines.
   *
   * @throws IllegalArgumentException if no pipeline is named
   */
  public static VennRegion of(Set<String> pipelines, PipelineSlice slice) {
    return ImmutableVennRegion.of((Iterable<String>) pipelines, slice);
  }

  /** Returns a new builder; at least one pipeline and the slice are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VennRegion}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableVennRegion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!pipelines().isEmpty(), "a Venn region must belong to at least one pipeline");
  }
}
