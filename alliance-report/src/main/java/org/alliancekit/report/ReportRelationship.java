package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.OptionalInt;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * One relationship in a portfolio report: the relationship, its partner's name, its score if it has
 * one, and its place in the ranking by potential.
 *
 * <p>Relationships whose uplift converts into the report currency are ranked together by the
 * converted uplift ({@code rankedIn} is the report currency); those whose currency has no rate to
 * the report currency are ranked among the relationships of their own currency by the uplift in
 * that currency ({@code rankedIn} is their currency). Relationships without an uplift are not
 * ranked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the relationship and its alliance revenue
 * @param partnerName the partner's name from partners.csv
 * @param score the score, if the relationship has assessments with a known rating
 * @param revenueConverted the alliance revenue in the report currency, rounded; empty without a
 *     rate
 * @param upliftConverted the uplift in the report currency, rounded; empty without an uplift or a
 *     rate
 * @param rank the rank by potential, counting from 1; empty without an uplift
 * @param rankedIn the currency the rank is among; present exactly when the rank is
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReportRelationship(
    RelationshipRow row,
    String partnerName,
    Optional<RelationshipScore> score,
    Optional<MonetaryAmount> revenueConverted,
    Optional<MonetaryAmount> upliftConverted,
    OptionalInt rank,
    Optional<CurrencyUnit> rankedIn) {

  /** Checks that the values are present and the rank comes with its currency. */
  public ReportRelationship {
    checkNotNull(row, "row");
    checkNotNull(partnerName, "partnerName");
    checkNotNull(score, "score");
    checkNotNull(revenueConverted, "revenueConverted");
    checkNotNull(upliftConverted, "upliftConverted");
    checkNotNull(rank, "rank");
    checkNotNull(rankedIn, "rankedIn");
    checkArgument(
        rank.isPresent() == rankedIn.isPresent(),
        "relationship %s must have a rank exactly when it has the currency it is ranked in",
        row.id());
  }

  /** The relationship's id. */
  public RelationshipId id() {
    return row.id();
  }

  /** The currency of the relationship's alliance revenue and uplift. */
  public CurrencyUnit currency() {
    return row.currency();
  }

  /** The uplift in the relationship's currency, if the relationship has one. */
  public Optional<MonetaryAmount> uplift() {
    return score.flatMap(RelationshipScore::uplift);
  }
}
