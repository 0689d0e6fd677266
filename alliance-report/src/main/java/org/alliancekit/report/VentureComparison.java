package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.pipeline.comparison.PipelineOverlap;
import org.apiguardian.api.API;

/**
 * The open pipelines of one joint venture compared with those of its parents' alliance: the
 * alliance pipeline (opportunities at least two parents take part in), the venture's own, and the
 * venture's pipeline with each parent, as {@link
 * org.alliancekit.pipeline.comparison.JointVenturePipelines} names them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param venture the joint venture's partner id
 * @param name the joint venture's name
 * @param parents its parents, in order
 * @param parentNames the parents' names, in the same order
 * @param parentsInferred whether the parents were inferred from the opportunities rather than
 *     listed in ventures.csv
 * @param overlap the comparison of the open opportunities
 * @param totals each pipeline's open value in the report currency, by pipeline name in comparison
 *     order; currencies without a rate left out
 * @param onlyIn the open value that sits in each pipeline and in no other, likewise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VentureComparison(
    PartnerId venture,
    String name,
    ImmutableList<PartnerId> parents,
    ImmutableList<String> parentNames,
    boolean parentsInferred,
    PipelineOverlap overlap,
    ImmutableMap<String, MonetaryAmount> totals,
    ImmutableMap<String, MonetaryAmount> onlyIn) {

  /** Checks that the values are present. */
  public VentureComparison {
    checkNotNull(venture, "venture");
    checkNotNull(name, "name");
    checkNotNull(parents, "parents");
    checkNotNull(parentNames, "parentNames");
    checkNotNull(overlap, "overlap");
    checkNotNull(totals, "totals");
    checkNotNull(onlyIn, "onlyIn");
  }
}
