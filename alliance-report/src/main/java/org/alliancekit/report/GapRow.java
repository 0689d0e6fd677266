package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * How differently the host and the partner see one area or one factor of a relationship: one row of
 * gaps.csv. Values are normalised ratings from 0 to 1, each side's assessments averaged first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship
 * @param catalog the catalog both sides' assessments used
 * @param area the alignment area
 * @param factor the factor code for a factor row; empty for an area row
 * @param host the host side's value
 * @param partner the partner side's value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GapRow(
    RelationshipId relationship,
    String catalog,
    FactorCategory area,
    Optional<String> factor,
    double host,
    double partner) {

  /** Checks that the values are present. */
  public GapRow {
    checkNotNull(relationship, "relationship");
    checkNotNull(catalog, "catalog");
    checkNotNull(area, "area");
    checkNotNull(factor, "factor");
  }

  /** The gap: the host's value minus the partner's, positive when the host rates higher. */
  public double gap() {
    return host - partner;
  }
}
