package org.alliancekit.pipeline.comparison;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.base.CharMatcher;
import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.pipeline.Pipeline;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Compares named pipelines: matches their opportunities by {@link OpportunityId}, places each in
 * the region of the Venn diagram of the pipelines it sits in, and lists the {@link Pointer}s the
 * differences give.
 *
 * <p>An opportunity that sits in several pipelines is counted once, in its region, with the amount
 * it has in the first of those pipelines in the comparison's order; when its amount or its stage
 * differs between pipelines, an {@link PointerKind#AMOUNT_DIFFERS AMOUNT_DIFFERS} or {@link
 * PointerKind#STAGE_DIFFERS STAGE_DIFFERS} pointer says so. Values are exact sums per currency; no
 * currency is converted and nothing is rounded.
 *
 * <p>{@link #openOpportunities()} compares only the opportunities that are still open in each
 * pipeline (an opportunity won in one snapshot and open in another then counts only where it is
 * open); {@link #allOpportunities()} compares every opportunity.
 *
 * <pre>{@code
 * PipelineOverlap overlap = PipelineComparison.openOpportunities().compare(
 *     JointVenturePipelines.builder()
 *         .alliance(alliance)
 *         .jointVenture(ventureOwn)
 *         .putWithParent(acme, ventureWithAcme)
 *         .putWithParent(globex, ventureWithGlobex)
 *         .build());
 * PipelineSlice beyondVenture =
 *     overlap.select(Set.of("alliance"), Set.of("jv", "jv+acme", "jv+globex"));
 * overlap.pointers().forEach(pointer -> System.out.println(pointer.message()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PipelineComparison {
  private static final CharMatcher CONTROL = CharMatcher.javaIsoControl();

  private final boolean openOnly;

  private PipelineComparison(boolean openOnly) {
    this.openOnly = openOnly;
  }

  /** Returns a comparison of every opportunity, open or closed. */
  public static PipelineComparison allOpportunities() {
    return new PipelineComparison(false);
  }

  /** Returns a comparison of the opportunities that are still open. */
  public static PipelineComparison openOpportunities() {
    return new PipelineComparison(true);
  }

  /**
   * Compares the given pipelines, named by the map's keys and taken in the map's order. The
   * pointers are those of any comparison: {@link PointerKind#ONLY_IN_ONE_PIPELINE}, {@link
   * PointerKind#AMOUNT_DIFFERS} and {@link PointerKind#STAGE_DIFFERS}.
   *
   * @throws IllegalArgumentException if fewer than two pipelines are given, or a name is blank or
   *     holds control characters
   */
  public PipelineOverlap compare(Map<String, Pipeline> pipelines) {
    Table table = new Table(checkNames(pipelines));
    List<Pointer> pointers = new ArrayList<>();
    for (String name : table.names) {
      PipelineSlice only = table.overlap.only(name);
      if (!only.isEmpty()) {
        pointers.add(
            pointer(
                PointerKind.ONLY_IN_ONE_PIPELINE,
                String.format("%s only in pipeline '%s'", phrase(only), name),
                ImmutableList.of(name),
                only));
      }
    }
    pointers.addAll(table.mismatches());
    return table.overlap.withPointers(pointers);
  }

  /**
   * Compares the pipelines of an alliance with a joint venture, named as {@link
   * JointVenturePipelines#named()} says. The pointers say how far the alliance reaches beyond the
   * joint venture ({@link PointerKind#IN_ALLIANCE_NOT_JOINT_VENTURE}), where the joint venture's
   * pipelines, taken together, are worth more than the alliance pipeline in a currency ({@link
   * PointerKind#JOINT_VENTURE_LARGER_THAN_ALLIANCE}), which of its deals the alliance pipeline
   * lacks ({@link PointerKind#IN_JOINT_VENTURE_NOT_ALLIANCE}), and, for each parent, what the joint
   * venture has not shared with it ({@link PointerKind#NOT_SHARED_WITH_PARENT}) or shares with it
   * without holding it itself ({@link PointerKind#SHARED_WITH_PARENT_NOT_IN_JOINT_VENTURE}); then
   * amount and stage differences.
   */
  public PipelineOverlap compare(JointVenturePipelines pipelines) {
    ImmutableMap<String, Pipeline> named = checkNotNull(pipelines, "pipelines").named();
    Table table = new Table(checkNames(named));
    PipelineOverlap overlap = table.overlap;
    String alliance = JointVenturePipelines.ALLIANCE;
    String venture = JointVenturePipelines.JOINT_VENTURE;
    ImmutableSet<String> ventureNames =
        named.keySet().stream()
            .filter(name -> !name.equals(alliance))
            .collect(ImmutableSet.toImmutableSet());
    List<Pointer> pointers = new ArrayList<>();

    PipelineSlice beyondVenture = overlap.select(ImmutableSet.of(alliance), ventureNames);
    if (!beyondVenture.isEmpty()) {
      pointers.add(
          pointer(
              PointerKind.IN_ALLIANCE_NOT_JOINT_VENTURE,
              String.format(
                  "%s in the alliance pipeline but in none of the joint venture's pipelines:"
                      + " the alliance reaches beyond its joint venture",
                  phrase(beyondVenture)),
              ImmutableList.of(alliance),
              beyondVenture));
    }

    PipelineSlice ventureTotal = overlap.select(ventureNames, ImmutableSet.of());
    PipelineSlice allianceTotal = overlap.total(alliance);
    for (Map.Entry<CurrencyUnit, MonetaryAmount> entry : ventureTotal.value().entrySet()) {
      MonetaryAmount shared = allianceTotal.value().get(entry.getKey());
      BigDecimal sharedNumber = shared == null ? BigDecimal.ZERO : Amounts.number(shared);
      if (Amounts.number(entry.getValue()).compareTo(sharedNumber) > 0) {
        MonetaryAmount sharedAmount = shared == null ? Money.of(0, entry.getKey()) : shared;
        pointers.add(
            Pointer.builder()
                .kind(PointerKind.JOINT_VENTURE_LARGER_THAN_ALLIANCE)
                .message(
                    String.format(
                        "the joint venture's pipelines hold %s, more than the %s in the alliance"
                            + " pipeline the parents share: the joint venture takes the alliance"
                            + " further than the parents could go on their own",
                        Amounts.text(entry.getValue()), Amounts.text(sharedAmount)))
                .pipelines(named.keySet())
                .build());
      }
    }

    PipelineSlice notInAlliance = overlap.select(ventureNames, ImmutableSet.of(alliance));
    if (!notInAlliance.isEmpty()) {
      pointers.add(
          pointer(
              PointerKind.IN_JOINT_VENTURE_NOT_ALLIANCE,
              String.format(
                  "%s in the joint venture's pipelines but not in the alliance pipeline: the"
                      + " parents can team on them or leave them to the joint venture",
                  phrase(notInAlliance)),
              ImmutableList.copyOf(ventureNames),
              notInAlliance));
    }

    for (PartnerId parent : pipelines.withParents().keySet()) {
      String pairwise = JointVenturePipelines.pairwiseName(parent);
      PipelineSlice unshared = overlap.difference(venture, pairwise);
      if (!unshared.isEmpty()) {
        pointers.add(
            pointer(
                PointerKind.NOT_SHARED_WITH_PARENT,
                String.format(
                    "%s in the joint venture's own pipeline but not shared with parent %s",
                    phrase(unshared), parent),
                ImmutableList.of(venture, pairwise),
                unshared));
      }
    }
    for (PartnerId parent : pipelines.withParents().keySet()) {
      String pairwise = JointVenturePipelines.pairwiseName(parent);
      PipelineSlice missing = overlap.difference(pairwise, venture);
      if (!missing.isEmpty()) {
        pointers.add(
            pointer(
                PointerKind.SHARED_WITH_PARENT_NOT_IN_JOINT_VENTURE,
                String.format(
                    "%s shared between the joint venture and parent %s but missing from the"
                        + " joint venture's own pipeline",
                    phrase(missing), parent),
                ImmutableList.of(venture, pairwise),
                missing));
      }
    }
    pointers.addAll(table.mismatches());
    return overlap.withPointers(pointers);
  }

  @Override
  public String toString() {
    return "PipelineComparison{" + (openOnly ? "open opportunities" : "all opportunities") + "}";
  }

  private static ImmutableMap<String, Pipeline> checkNames(Map<String, Pipeline> pipelines) {
    ImmutableMap<String, Pipeline> named =
        ImmutableMap.copyOf(checkNotNull(pipelines, "pipelines"));
    checkArgument(
        named.size() >= 2, "a comparison needs at least two pipelines, got %s", named.size());
    for (String name : named.keySet()) {
      checkArgument(!name.isBlank(), "pipeline name '%s' must not be blank", name);
      checkArgument(
          !CONTROL.matchesAnyOf(name),
          "pipeline name '%s' must not contain control characters",
          CONTROL.replaceFrom(name, '?'));
    }
    return named;
  }

  private static Pointer pointer(
      PointerKind kind, String message, List<String> pipelines, PipelineSlice slice) {
    return Pointer.builder()
        .kind(kind)
        .message(message)
        .pipelines(pipelines)
        .opportunities(slice.opportunities())
        .build();
  }

  /** "1 opportunity worth EUR 5 is" or "2 opportunities worth EUR 5 + USD 3 are". */
  private static String phrase(PipelineSlice slice) {
    return slice.count() == 1
        ? "1 opportunity worth " + Amounts.text(slice.value()) + " is"
        : slice.count() + " opportunities worth " + Amounts.text(slice.value()) + " are";
  }

  /** Every compared opportunity with the pipelines it sits in, and the resulting regions. */
  private final class Table {
    final ImmutableList<String> names;

    /** For each opportunity, its record in each pipeline (null where absent), by position. */
    final Map<OpportunityId, Opportunity[]> rows = new TreeMap<>();

    final PipelineOverlap overlap;

    Table(ImmutableMap<String, Pipeline> named) {
      names = named.keySet().asList();
      for (int i = 0; i < names.size(); i++) {
        for (Opportunity opportunity : named.get(names.get(i)).opportunities()) {
          if (!openOnly || opportunity.outcome() == Outcome.OPEN) {
            int position = i;
            rows.computeIfAbsent(opportunity.id(), id -> new Opportunity[names.size()])[position] =
                opportunity;
          }
        }
      }
      Map<List<Integer>, List<Opportunity>> byRegion =
          new TreeMap<>(Comparators.lexicographical(Comparator.<Integer>naturalOrder()));
      rows.values()
          .forEach(
              row ->
                  byRegion
                      .computeIfAbsent(positions(row), key -> new ArrayList<>())
                      .add(first(row)));
      List<VennRegion> regions = new ArrayList<>();
      byRegion.forEach(
          (positions, opportunities) -> {
            Map<CurrencyUnit, BigDecimal> sums = new HashMap<>();
            List<OpportunityId> ids = new ArrayList<>();
            for (Opportunity opportunity : opportunities) {
              ids.add(opportunity.id());
              Amounts.add(sums, opportunity.amount());
            }
            ImmutableSet<String> members =
                positions.stream().map(names::get).collect(ImmutableSet.toImmutableSet());
            regions.add(VennRegion.of(members, PipelineSlice.of(ids, Amounts.toAmounts(sums))));
          });
      overlap = PipelineOverlap.builder().pipelineNames(names).regions(regions).build();
    }

    /** Amount differences first, then stage differences, each in opportunity id order. */
    List<Pointer> mismatches() {
      List<Pointer> amounts = new ArrayList<>();
      List<Pointer> stages = new ArrayList<>();
      rows.forEach(
          (id, row) -> {
            Opportunity first = first(row);
            boolean amountDiffers = false;
            boolean stageDiffers = false;
            List<String> where = new ArrayList<>();
            List<String> amountText = new ArrayList<>();
            List<String> stageText = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
              Opportunity other = row[i];
              if (other != null) {
                where.add(names.get(i));
                amountText.add(Amounts.text(other.amount()) + " in '" + names.get(i) + "'");
                stageText.add(other.stage().name() + " in '" + names.get(i) + "'");
                amountDiffers |= !sameAmount(first.amount(), other.amount());
                stageDiffers |= !first.stage().name().equals(other.stage().name());
              }
            }
            if (amountDiffers) {
              amounts.add(
                  Pointer.builder()
                      .kind(PointerKind.AMOUNT_DIFFERS)
                      .message(
                          "opportunity "
                              + id
                              + " carries different amounts: "
                              + String.join(", ", amountText))
                      .pipelines(where)
                      .addOpportunities(id)
                      .build());
            }
            if (stageDiffers) {
              stages.add(
                  Pointer.builder()
                      .kind(PointerKind.STAGE_DIFFERS)
                      .message(
                          "opportunity "
                              + id
                              + " is at different stages: "
                              + String.join(", ", stageText))
                      .pipelines(where)
                      .addOpportunities(id)
                      .build());
            }
          });
      amounts.addAll(stages);
      return amounts;
    }

    private List<Integer> positions(Opportunity[] row) {
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < row.length; i++) {
        if (row[i] != null) {
          positions.add(i);
        }
      }
      return positions;
    }

    private Opportunity first(Opportunity[] row) {
      for (Opportunity opportunity : row) {
        if (opportunity != null) {
          return opportunity;
        }
      }
      throw new IllegalStateException("row without opportunity");
    }
  }

  private static boolean sameAmount(MonetaryAmount a, MonetaryAmount b) {
    return a.getCurrency().equals(b.getCurrency())
        && Amounts.number(a).compareTo(Amounts.number(b)) == 0;
  }
}
