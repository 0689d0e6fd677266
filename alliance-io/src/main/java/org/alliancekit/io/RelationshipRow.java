package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * A relationship as a row of {@code relationships.csv} holds it: the {@link Relationship} and the
 * revenue the alliance brings in, in the relationship's own currency. The revenue is what the
 * alliance sales potential of the relationship is measured against.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship
 * @param allianceRevenue the revenue of the alliance; zero or more
 */
@API(status = STABLE, since = "0.1")
public record RelationshipRow(Relationship relationship, MonetaryAmount allianceRevenue) {

  /** Validates that the revenue is not negative and exact in its currency's minor unit. */
  public RelationshipRow {
    checkNotNull(relationship, "relationship");
    checkNotNull(allianceRevenue, "allianceRevenue");
    checkArgument(
        !allianceRevenue.isNegative(),
        "alliance revenue %s of relationship %s must not be negative",
        allianceRevenue,
        relationship.id());
    MinorUnits.checkFits("alliance revenue of relationship " + relationship.id(), allianceRevenue);
  }

  /**
   * Returns the row of a relationship with the given alliance revenue.
   *
   * @throws IllegalArgumentException if the revenue is negative or has more decimals than its
   *     currency's minor unit
   */
  public static RelationshipRow of(Relationship relationship, MonetaryAmount allianceRevenue) {
    return new RelationshipRow(relationship, allianceRevenue);
  }

  /** The relationship's id. */
  public RelationshipId id() {
    return relationship.id();
  }

  /** The currency of the alliance revenue. */
  public CurrencyUnit currency() {
    return allianceRevenue.getCurrency();
  }
}
