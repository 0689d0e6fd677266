package org.alliancekit.model.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A joint business plan: what the two parties of a relationship set out to reach together in a
 * period, as a list of {@link Objective}s, each a metric, an accountable party (or both) and a
 * target.
 *
 * <p>Rules checked on construction: the period ends no earlier than it starts, there is at least
 * one objective, and no objective id is used twice. Whether an objective's party is one of the
 * relationship's parties is a rule of the portfolio ({@link
 * org.alliancekit.model.portfolio.AlliancePortfolio#problems()}).
 *
 * <pre>{@code
 * BusinessPlan plan = BusinessPlan.builder()
 *     .id(PlanId.of("jbp-2026"))
 *     .relationship(RelationshipId.of("rel-1"))
 *     .periodStart(LocalDate.of(2026, 1, 1))
 *     .periodEnd(LocalDate.of(2026, 12, 31))
 *     .addObjectives(Objective.builder()
 *         .id(ObjectiveId.of("revenue"))
 *         .metric(PlanMetric.WON_REVENUE)
 *         .target(new BigDecimal("1000000"))
 *         .currency(Monetary.getCurrency("EUR"))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class BusinessPlan implements WithBusinessPlan {
  BusinessPlan() {}

  /** The plan's id. */
  public abstract PlanId id();

  /** The relationship the plan is for. */
  public abstract RelationshipId relationship();

  /** The first day of the plan's period. */
  public abstract LocalDate periodStart();

  /** The last day of the plan's period, inclusive; not before {@link #periodStart()}. */
  public abstract LocalDate periodEnd();

  /** The objectives, in the order given; at least one, each id once. */
  public abstract ImmutableList<Objective> objectives();

  /** Whether {@code date} lies in the period, both ends included. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(periodStart()) && !date.isAfter(periodEnd());
  }

  /** The number of days of the period, both ends included; at least 1. */
  public long days() {
    return ChronoUnit.DAYS.between(periodStart(), periodEnd()) + 1;
  }

  /**
   * Returns a new builder; the id, relationship, period and at least one objective are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BusinessPlan}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableBusinessPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !periodEnd().isBefore(periodStart()),
        "plan %s ends on %s, before its period starts on %s",
        id(),
        periodEnd(),
        periodStart());
    checkArgument(!objectives().isEmpty(), "plan %s needs at least one objective", id());
    Set<ObjectiveId> ids = new HashSet<>();
    for (Objective objective : objectives()) {
      checkArgument(
          ids.add(objective.id()),
          "plan %s lists objective %s more than once",
          id(),
          objective.id());
    }
  }
}
