package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.planning.ObjectiveId;
import org.alliancekit.model.planning.PlanId;
import org.alliancekit.model.planning.PlanMetric;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Where one objective of a joint business plan stands on a date: the columns of {@code
 * plan_attainment.csv}. Immutable and thread-safe.
 *
 * @param plan the plan
 * @param relationship the plan's relationship
 * @param objective the objective
 * @param metric what it measures
 * @param party the accountable party; empty for a joint objective
 * @param currency the target's currency for a monetary metric, else empty
 * @param target the target for the whole period
 * @param actual the actual over the elapsed part of the period; for money rounded once to the minor
 *     unit
 * @param attainment actual / target, to 4 decimal places, half to even
 * @param projected actual / elapsed fraction of the period (the actual itself while nothing has
 *     elapsed); for money rounded to the minor unit, else to 2 decimal places
 * @param elapsedFraction the elapsed part of the period in days over its days, to 4 decimal places
 * @param status from the projection, compared exactly with the target
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ObjectiveAttainment(
    PlanId plan,
    RelationshipId relationship,
    ObjectiveId objective,
    PlanMetric metric,
    Optional<PartnerId> party,
    Optional<CurrencyUnit> currency,
    BigDecimal target,
    BigDecimal actual,
    BigDecimal attainment,
    BigDecimal projected,
    BigDecimal elapsedFraction,
    AttainmentStatus status) {

  /** Checks that no component is null. */
  public ObjectiveAttainment {
    checkNotNull(plan, "plan");
    checkNotNull(relationship, "relationship");
    checkNotNull(objective, "objective");
    checkNotNull(metric, "metric");
    checkNotNull(party, "party");
    checkNotNull(currency, "currency");
    checkNotNull(target, "target");
    checkNotNull(actual, "actual");
    checkNotNull(attainment, "attainment");
    checkNotNull(projected, "projected");
    checkNotNull(elapsedFraction, "elapsedFraction");
    checkNotNull(status, "status");
  }
}
