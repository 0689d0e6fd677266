package org.alliancekit.report.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.OptionalInt;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.potential.SalesPotential;
import org.alliancekit.scoring.potential.UpliftStatus;
import org.apiguardian.api.API;

/**
 * The alliance sales potential of one relationship, a row of the report's {@code potential.csv}:
 * its alliance revenue, current and attainable scores, the uplift in the relationship's own
 * currency, the uplift in the report currency, and its rank.
 *
 * <p>The rank counts from 1 for the largest uplift within {@link #rankCurrency()}: the report
 * currency when a rate converts the relationship's currency into it, otherwise the relationship's
 * own currency, so that a relationship without a rate is still ranked, among the relationships of
 * its own currency. A relationship whose uplift is undefined (a score of zero with revenue) has no
 * rank.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship
 * @param potential revenue, current and attainable score, and uplift, in the relationship's
 *     currency
 * @param convertedUplift the uplift in the report currency; empty when no rate converts the
 *     relationship's currency or the uplift is undefined
 * @param rankCurrency the currency of the uplifts the rank compares: the report currency, or the
 *     relationship's own currency when no rate converts it
 * @param rank the rank within {@code rankCurrency}, from 1; empty when the uplift is undefined
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PotentialRow(
    RelationshipId relationship,
    SalesPotential potential,
    Optional<MonetaryAmount> convertedUplift,
    CurrencyUnit rankCurrency,
    OptionalInt rank) {

  /** Validates the row. */
  public PotentialRow {
    checkNotNull(relationship, "relationship");
    checkNotNull(potential, "potential");
    checkNotNull(convertedUplift, "convertedUplift");
    checkNotNull(rankCurrency, "rankCurrency");
    checkNotNull(rank, "rank");
    checkArgument(
        rank.isEmpty() || rank.getAsInt() >= 1,
        "rank %s of relationship %s must be at least 1",
        rank,
        relationship);
    checkArgument(
        rank.isEmpty() || potential.isDefined(),
        "relationship %s has an undefined uplift and cannot have rank %s",
        relationship,
        rank);
    checkArgument(
        convertedUplift.isEmpty() || convertedUplift.get().getCurrency().equals(rankCurrency),
        "converted uplift %s of relationship %s must be in the rank currency %s",
        convertedUplift.orElse(null),
        relationship,
        rankCurrency);
  }

  /** The alliance revenue, in the relationship's currency. */
  public MonetaryAmount revenue() {
    return potential.revenue();
  }

  /** The relationship's currency, that of its revenue and of {@link #uplift()}. */
  public CurrencyUnit currency() {
    return potential.revenue().getCurrency();
  }

  /** The current score, in [0, 1]. */
  public double current() {
    return potential.current();
  }

  /** The attainable score, in [0, 1]. */
  public double attainable() {
    return potential.attainable();
  }

  /** The uplift in the relationship's currency; empty when it is undefined. */
  public Optional<MonetaryAmount> uplift() {
    return potential.uplift();
  }

  /** Whether the uplift is defined, and if not, why not. */
  public UpliftStatus status() {
    return potential.status();
  }

  /** Whether the rank compares uplifts in the given report currency. */
  public boolean isRankedIn(CurrencyUnit reportCurrency) {
    return rankCurrency.equals(checkNotNull(reportCurrency, "reportCurrency"));
  }
}
