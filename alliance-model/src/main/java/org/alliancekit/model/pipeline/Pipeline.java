package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static com.google.common.collect.ImmutableSet.toImmutableSet;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A snapshot of the opportunities and leads that one owner (a party, a relationship or a joint
 * venture, see {@link PipelineOwner}) holds on a given day. What is in a shared pipeline, and who
 * brought it, defines what an alliance does in practice; the differences between related pipelines
 * (an alliance's and its joint venture's, say) point to deals where the parties could team.
 *
 * <p>Rules: opportunity ids are unique, lead ids are unique, and nothing in the snapshot happened
 * after {@link #asOf()}: no opportunity created, stage entered or lead received later.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Pipeline implements WithPipeline {
  Pipeline() {}

  /** Whose pipeline this is. */
  public abstract PipelineOwner owner();

  /** The day the snapshot describes. */
  public abstract LocalDate asOf();

  /** The opportunities, in the order given; each id once. */
  public abstract ImmutableList<Opportunity> opportunities();

  /** The leads, in the order given; each id once. */
  public abstract ImmutableList<Lead> leads();

  /** Opportunities by id. */
  @Value.Lazy
  ImmutableMap<OpportunityId, Opportunity> opportunitiesById() {
    return opportunities().stream()
        .collect(ImmutableMap.toImmutableMap(Opportunity::id, Function.identity()));
  }

  /** Leads by id. */
  @Value.Lazy
  ImmutableMap<LeadId, Lead> leadsById() {
    return leads().stream().collect(ImmutableMap.toImmutableMap(Lead::id, Function.identity()));
  }

  /** Returns the opportunity with the given id, if the pipeline has it. */
  public Optional<Opportunity> opportunity(OpportunityId id) {
    return Optional.ofNullable(opportunitiesById().get(checkNotNull(id, "id")));
  }

  /** Returns the lead with the given id, if the pipeline has it. */
  public Optional<Lead> lead(LeadId id) {
    return Optional.ofNullable(leadsById().get(checkNotNull(id, "id")));
  }

  /** The opportunities whose outcome is still {@link Outcome#OPEN}, in order. */
  public ImmutableList<Opportunity> openOpportunities() {
    return opportunities().stream()
        .filter(opportunity -> opportunity.outcome() == Outcome.OPEN)
        .collect(toImmutableList());
  }

  /** The currencies of the opportunities' amounts, in order of first appearance. */
  public ImmutableSet<CurrencyUnit> currencies() {
    return opportunities().stream().map(Opportunity::currency).collect(toImmutableSet());
  }

  /** Returns a new builder; the owner and the as-of date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Pipeline}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePipeline.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<OpportunityId> opportunityIds = new HashSet<>();
    for (Opportunity opportunity : opportunities()) {
      checkArgument(
          opportunityIds.add(opportunity.id()),
          "pipeline of %s lists opportunity %s more than once",
          owner(),
          opportunity.id());
      checkArgument(
          !opportunity.created().isAfter(asOf()),
          "pipeline of %s as of %s lists opportunity %s, created later on %s",
          owner(),
          asOf(),
          opportunity.id(),
          opportunity.created());
      if (!opportunity.stageHistory().isEmpty()) {
        StageChange last = opportunity.stageHistory().get(opportunity.stageHistory().size() - 1);
        checkArgument(
            !last.date().isAfter(asOf()),
            "pipeline of %s as of %s lists opportunity %s, which entered stage %s later on %s",
            owner(),
            asOf(),
            opportunity.id(),
            last.stage().name(),
            last.date());
      }
    }
    Set<LeadId> leadIds = new HashSet<>();
    for (Lead lead : leads()) {
      checkArgument(
          leadIds.add(lead.id()),
          "pipeline of %s lists lead %s more than once",
          owner(),
          lead.id());
      checkArgument(
          !lead.received().isAfter(asOf()),
          "pipeline of %s as of %s lists lead %s, received later on %s",
          owner(),
          asOf(),
          lead.id(),
          lead.received());
    }
  }
}
