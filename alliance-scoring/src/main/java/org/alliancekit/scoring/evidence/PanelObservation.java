package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Optional;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.apiguardian.api.API;

/**
 * One relationship in one half-year: its overall score, the alliance revenue it booked in that
 * half-year and, when booked, in the next one.
 *
 * @param relationship the relationship
 * @param half the half-year
 * @param score the overall score of the half-year's assessments, from 0 to 1
 * @param revenue the exact revenue of the half-year, zero or more
 * @param nextRevenue the exact revenue of the next half-year, when booked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PanelObservation(
    RelationshipId relationship,
    RevenuePeriod half,
    double score,
    BigDecimal revenue,
    Optional<BigDecimal> nextRevenue) {
  /** Checks the values. */
  public PanelObservation {
    checkNotNull(relationship, "relationship");
    checkNotNull(half, "half");
    checkNotNull(revenue, "revenue");
    checkNotNull(nextRevenue, "nextRevenue");
    checkArgument(
        score >= 0 && score <= 1,
        "score %s of relationship %s in %s must be between 0 and 1",
        score,
        relationship,
        half);
    checkArgument(
        revenue.signum() >= 0 && nextRevenue.map(next -> next.signum() >= 0).orElse(true),
        "revenue of relationship %s in %s must not be negative",
        relationship,
        half);
  }
}
