package org.alliancekit.pipeline.comparison;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of comparing named pipelines: every non-empty region of their Venn diagram, and the
 * pointers the differences give.
 *
 * <p>Each compared opportunity lies in exactly one region, the one of the pipelines it sits in, so
 * the queries below add regions up without counting anything twice. Regions are ordered by the
 * positions of their pipelines in the comparison, compared as lists ({@code [alliance]} before
 * {@code [alliance, jv]} before {@code [jv]}).
 *
 * <p>Rules: names are unique; every region names known pipelines, no two regions the same set, and
 * no opportunity lies in two regions.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PipelineOverlap implements WithPipelineOverlap {
  PipelineOverlap() {}

  /** The names of the compared pipelines, in the order of the comparison. */
  public abstract ImmutableList<String> pipelineNames();

  /** The non-empty regions of the Venn diagram. */
  public abstract ImmutableList<VennRegion> regions();

  /** What the differences point to, grouped by kind in {@link PointerKind} order. */
  public abstract ImmutableList<Pointer> pointers();

  /**
   * Returns the region of exactly the given pipelines: the opportunities in each of them and in
   * none of the others; empty if there are none.
   *
   * @throws IllegalArgumentException if a name is not one of the compared pipelines
   */
  public PipelineSlice region(Set<String> pipelines) {
    ImmutableSet<String> wanted = known(pipelines);
    return regions().stream()
        .filter(region -> region.pipelines().equals(wanted))
        .map(VennRegion::slice)
        .findFirst()
        .orElse(PipelineSlice.empty());
  }

  /**
   * Returns what lies in {@code pipeline} and in none of the others.
   *
   * @throws IllegalArgumentException if the name is not one of the compared pipelines
   */
  public PipelineSlice only(String pipeline) {
    return region(ImmutableSet.of(pipeline));
  }

  /**
   * Returns everything in {@code pipeline}.
   *
   * @throws IllegalArgumentException if the name is not one of the compared pipelines
   */
  public PipelineSlice total(String pipeline) {
    return select(ImmutableSet.of(pipeline), ImmutableSet.of());
  }

  /**
   * Returns what lies in {@code in} but not in {@code notIn}.
   *
   * @throws IllegalArgumentException if a name is not one of the compared pipelines
   */
  public PipelineSlice difference(String in, String notIn) {
    return select(ImmutableSet.of(in), ImmutableSet.of(notIn));
  }

  /**
   * Returns what lies in at least one of {@code inAny} and in none of {@code inNone}.
   *
   * @throws IllegalArgumentException if a name is not one of the compared pipelines
   */
  public PipelineSlice select(Collection<String> inAny, Collection<String> inNone) {
    ImmutableSet<String> any = known(inAny);
    ImmutableSet<String> none = known(inNone);
    List<OpportunityId> ids = new ArrayList<>();
    Map<CurrencyUnit, BigDecimal> sums = new HashMap<>();
    for (VennRegion region : regions()) {
      boolean inOne = region.pipelines().stream().anyMatch(any::contains);
      boolean inExcluded = region.pipelines().stream().anyMatch(none::contains);
      if (inOne && !inExcluded) {
        ids.addAll(region.opportunities());
        region.value().values().forEach(amount -> Amounts.add(sums, amount));
      }
    }
    return PipelineSlice.of(ids, Amounts.toAmounts(sums));
  }

  /** Returns the pointers of the given kind, in order. */
  public ImmutableList<Pointer> pointers(PointerKind kind) {
    checkNotNull(kind, "kind");
    return pointers().stream()
        .filter(pointer -> pointer.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  private ImmutableSet<String> known(Collection<String> names) {
    ImmutableSet<String> copy = ImmutableSet.copyOf(names);
    for (String name : copy) {
      checkArgument(
          pipelineNames().contains(name),
          "no pipeline named '%s' in this comparison of %s",
          name,
          pipelineNames());
    }
    return copy;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PipelineOverlap}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutablePipelineOverlap.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        ImmutableSet.copyOf(pipelineNames()).size() == pipelineNames().size(),
        "compared pipeline names %s are not unique",
        pipelineNames());
    Set<Set<String>> seenRegions = new HashSet<>();
    Set<OpportunityId> seen = new HashSet<>();
    for (VennRegion region : regions()) {
      for (String name : region.pipelines()) {
        checkArgument(
            pipelineNames().contains(name),
            "region %s names pipeline '%s', which is not among %s",
            region.pipelines(),
            name,
            pipelineNames());
      }
      checkArgument(
          seenRegions.add(region.pipelines()), "region %s is listed twice", region.pipelines());
      for (OpportunityId id : region.opportunities()) {
        checkArgument(seen.add(id), "opportunity %s lies in more than one region", id);
      }
    }
  }
}
