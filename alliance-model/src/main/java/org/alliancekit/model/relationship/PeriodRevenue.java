package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import javax.money.MonetaryAmount;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * The alliance revenue a relationship booked in one half-year or quarter: the history from which
 * trends and the link between best practice and sales are measured.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship that brought the revenue in
 * @param period the half-year or quarter
 * @param amount the revenue booked; zero or more
 */
@API(status = STABLE, since = "0.1")
public record PeriodRevenue(
    RelationshipId relationship, RevenuePeriod period, MonetaryAmount amount) {
  /** Checks that the values are present and the amount is not negative. */
  public PeriodRevenue {
    checkNotNull(relationship, "relationship");
    checkNotNull(period, "period");
    Checks.nonNegative("revenue of relationship " + relationship + " in " + period, amount);
  }

  /** Returns the revenue of a relationship in a period. */
  public static PeriodRevenue of(
      RelationshipId relationship, RevenuePeriod period, MonetaryAmount amount) {
    return new PeriodRevenue(relationship, period, amount);
  }
}
