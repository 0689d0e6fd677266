package org.alliancekit.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.model.venture.Ownership;
import org.alliancekit.pipeline.comparison.PipelineComparison;
import org.alliancekit.pipeline.comparison.PipelineOverlap;
import org.alliancekit.pipeline.comparison.PipelineSlice;
import org.alliancekit.pipeline.comparison.Pointer;
import org.alliancekit.pipeline.comparison.VennRegion;
import org.alliancekit.report.sample.SamplePortfolio;

/**
 * The pipelines of an alliance with a joint venture, compared: the pipeline the joint venture's
 * parents share, the joint venture's own, and the one it shares with each parent. Where they differ
 * lie live deals on which the parties could team, or which they could leave to the joint venture.
 *
 * <p>The sample's joint venture, CorTess Sovereign Cloud, belongs in equal shares to Corvane Cloud
 * and Tessaline Telecom. The host's opportunities give the four pipelines ({@link
 * #pipelines(Collection, PartnerId, List, LocalDate)}); only open opportunities are compared, so
 * the pointers speak of deals that can still be influenced. A portfolio's files do not say who owns
 * a joint venture; {@link #likelyParents(PortfolioData, PartnerId)} guesses it from the deals.
 *
 * <p>Run it with {@code java org.alliancekit.examples.JointVenturePipelines}.
 */
public final class JointVenturePipelines {
  private JointVenturePipelines() {}

  /**
   * Prints the comparison of the sample's joint-venture pipelines to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the comparison of the sample's joint-venture pipelines to {@code out}. */
  public static void run(PrintStream out) {
    PortfolioData data = SamplePortfolio.read();
    PartnerId venture = SamplePortfolio.JOINT_VENTURE;
    JointVenture structure =
        JointVenture.builder()
            .id(JointVentureId.of(venture.value()))
            .name("CorTess Sovereign Cloud")
            .addOwners(
                Ownership.of(SamplePortfolio.FIRST_PARENT, new BigDecimal("0.5")),
                Ownership.of(SamplePortfolio.SECOND_PARENT, new BigDecimal("0.5")))
            .founded(LocalDate.of(2024, 3, 1))
            .build();

    org.alliancekit.pipeline.comparison.JointVenturePipelines pipelines =
        pipelines(data.opportunities(), venture, structure, SamplePortfolio.AS_OF);
    PipelineOverlap overlap = PipelineComparison.openOpportunities().compare(pipelines);

    out.printf(
        Locale.ROOT,
        "Joint venture %s (%s), owned by %s; open opportunities as of %s%n",
        structure.name(),
        venture,
        structure.owners().stream()
            .map(owner -> owner.owner() + " " + Text.percent(owner.share().doubleValue()))
            .collect(Collectors.joining(" and ")),
        SamplePortfolio.AS_OF);
    out.println();
    out.println("Pipelines:");
    for (String name : overlap.pipelineNames()) {
      out.println(line(name, overlap.total(name)));
    }
    out.println();
    out.println("Where each opportunity sits:");
    for (VennRegion region : overlap.regions()) {
      out.println(line(String.join(" & ", region.pipelines()), region.slice()));
    }
    out.println();
    out.println("Pointers:");
    for (Pointer pointer : overlap.pointers()) {
      out.printf(Locale.ROOT, "- %s: %s%n", pointer.kind(), pointer.message());
    }
  }

  /**
   * Returns the pipelines of a joint venture and its owners, taken from the opportunities one
   * company sees; see {@link #pipelines(Collection, PartnerId, List, LocalDate)}.
   *
   * @param opportunities the opportunities, such as those of a portfolio
   * @param venture the joint venture as a party of the opportunities
   * @param structure the joint venture's owners, its parents
   * @param asOf the day of the snapshot; no opportunity may be created later
   * @throws IllegalArgumentException if the joint venture is among its own owners, or an
   *     opportunity was created after {@code asOf}
   */
  public static org.alliancekit.pipeline.comparison.JointVenturePipelines pipelines(
      Collection<Opportunity> opportunities,
      PartnerId venture,
      JointVenture structure,
      LocalDate asOf) {
    checkNotNull(structure, "structure");
    return pipelines(opportunities, venture, structure.ownerIds().asList(), asOf);
  }

  /**
   * Returns the pipelines of a joint venture and its parents, taken from the opportunities one
   * company sees. A party takes part in an opportunity when it owns it or is involved in it in any
   * role.
   *
   * <ul>
   *   <li>{@value org.alliancekit.pipeline.comparison.JointVenturePipelines#ALLIANCE}: the
   *       opportunities in which every parent takes part, the deals the parents share;
   *   <li>{@value org.alliancekit.pipeline.comparison.JointVenturePipelines#JOINT_VENTURE}: those
   *       in which the joint venture takes part;
   *   <li>{@code jv+parent}, one per parent: those in which both the joint venture and that parent
   *       take part.
   * </ul>
   *
   * @param opportunities the opportunities, such as those of a portfolio
   * @param venture the joint venture as a party of the opportunities
   * @param parents the joint venture's parents, at least one
   * @param asOf the day of the snapshot; no opportunity may be created later
   * @throws IllegalArgumentException if there is no parent, a parent is listed twice, the joint
   *     venture is among its own parents, or an opportunity was created after {@code asOf}
   */
  public static org.alliancekit.pipeline.comparison.JointVenturePipelines pipelines(
      Collection<Opportunity> opportunities,
      PartnerId venture,
      List<PartnerId> parents,
      LocalDate asOf) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(venture, "venture");
    checkNotNull(parents, "parents");
    checkNotNull(asOf, "asOf");
    checkArgument(!parents.isEmpty(), "joint venture %s needs at least one parent", venture);
    checkArgument(
        ImmutableSet.copyOf(parents).size() == parents.size(),
        "parents %s of joint venture %s list a parent twice",
        parents,
        venture);
    checkArgument(
        !parents.contains(venture),
        "joint venture %s cannot be one of its own parents %s",
        venture,
        parents);
    String alliance = parents.stream().map(PartnerId::value).collect(Collectors.joining("+"));
    org.alliancekit.pipeline.comparison.JointVenturePipelines.Builder builder =
        org.alliancekit.pipeline.comparison.JointVenturePipelines.builder()
            .alliance(
                pipeline(
                    PipelineOwner.relationship(RelationshipId.of(alliance)),
                    asOf,
                    opportunities,
                    o -> parents.stream().allMatch(parent -> takesPart(o, parent))))
            .jointVenture(
                pipeline(
                    PipelineOwner.jointVenture(JointVentureId.of(venture.value())),
                    asOf,
                    opportunities,
                    o -> takesPart(o, venture)));
    for (PartnerId parent : parents) {
      builder.putWithParent(
          parent,
          pipeline(
              PipelineOwner.relationship(RelationshipId.of(venture.value() + "+" + parent.value())),
              asOf,
              opportunities,
              o -> takesPart(o, venture) && takesPart(o, parent)));
    }
    return builder.build();
  }

  /**
   * Guesses the two parents of a joint venture from a portfolio, whose files have no place for the
   * owners of a joint venture: the two partners, other than the host of the portfolio's
   * relationships, that take part in the most opportunities together with the joint venture (ties
   * in id order). For the sample they are Corvane Cloud and Tessaline Telecom, its real parents.
   *
   * @return the two likely parents, most shared opportunities first; fewer when fewer partners
   *     share an opportunity with the joint venture
   */
  public static ImmutableList<PartnerId> likelyParents(PortfolioData data, PartnerId venture) {
    checkNotNull(data, "data");
    checkNotNull(venture, "venture");
    Set<PartnerId> hosts =
        data.relationships().stream()
            .map(row -> row.relationship().host())
            .collect(Collectors.toSet());
    Map<PartnerId, Integer> shared = new HashMap<>();
    for (Opportunity opportunity : data.opportunities()) {
      if (!takesPart(opportunity, venture)) {
        continue;
      }
      Set<PartnerId> parties = new HashSet<>(opportunity.partners());
      parties.add(opportunity.owner());
      for (PartnerId party : parties) {
        if (!party.equals(venture) && !hosts.contains(party)) {
          shared.merge(party, 1, Integer::sum);
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(
            Map.Entry.<PartnerId, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(2)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean takesPart(Opportunity opportunity, PartnerId party) {
    return opportunity.owner().equals(party) || !opportunity.involvementsOf(party).isEmpty();
  }

  private static Pipeline pipeline(
      PipelineOwner owner,
      LocalDate asOf,
      Collection<Opportunity> opportunities,
      Predicate<Opportunity> member) {
    return Pipeline.builder()
        .owner(owner)
        .asOf(asOf)
        .opportunities(
            opportunities.stream().filter(member).collect(ImmutableList.toImmutableList()))
        .build();
  }

  /** A name, a count and the value per currency, such as "alliance 3 GBP 1.00 + USD 2.00". */
  static String line(String name, PipelineSlice slice) {
    return String.format(Locale.ROOT, "  %-44s %3d  %s", name, slice.count(), value(slice));
  }

  private static String value(PipelineSlice slice) {
    Map<CurrencyUnit, MonetaryAmount> value = slice.value();
    return value.isEmpty()
        ? "-"
        : value.values().stream().map(Text::money).collect(Collectors.joining(" + "));
  }
}
