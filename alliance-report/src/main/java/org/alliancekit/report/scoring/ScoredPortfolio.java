package org.alliancekit.report.scoring;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * What {@link DefaultScoring} makes of a portfolio: the score of every assessed relationship, the
 * potential of every scored relationship, the relationships without any assessment, and the
 * problems met on the way.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reportCurrency the currency uplifts are converted to and ranked in; empty only for a
 *     portfolio without relationships whose host has no currency
 * @param scores one row per relationship with a score: the relationships of the portfolio in file
 *     order, then any other assessed relationship in the order of its first assessment
 * @param potentials one row per scored relationship of the portfolio: those ranked in the report
 *     currency by rank, then those whose uplift is undefined, then, currency by currency in code
 *     order, those that no rate converts, in the same way
 * @param unscored the relationships of the portfolio without any assessment, in file order
 * @param problems what could not be scored, converted or ranked as asked, in the order met
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ScoredPortfolio(
    Optional<CurrencyUnit> reportCurrency,
    ImmutableList<ScoreRow> scores,
    ImmutableList<PotentialRow> potentials,
    ImmutableList<RelationshipId> unscored,
    ImmutableList<Problem> problems) {

  /** Validates that nothing is null. */
  public ScoredPortfolio {
    checkNotNull(reportCurrency, "reportCurrency");
    checkNotNull(scores, "scores");
    checkNotNull(potentials, "potentials");
    checkNotNull(unscored, "unscored");
    checkNotNull(problems, "problems");
  }

  /** Returns the score of a relationship, if it has one. */
  public Optional<ScoreRow> score(RelationshipId relationship) {
    checkNotNull(relationship, "relationship");
    return scores.stream().filter(row -> row.relationship().equals(relationship)).findFirst();
  }

  /** Returns the potential of a relationship, if it has one. */
  public Optional<PotentialRow> potential(RelationshipId relationship) {
    checkNotNull(relationship, "relationship");
    return potentials.stream().filter(row -> row.relationship().equals(relationship)).findFirst();
  }
}
