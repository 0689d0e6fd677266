package org.alliancekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.model.assessment.Assessment;
import org.apiguardian.api.API;

/**
 * Scores the relationships of a portfolio report: from a relationship and its assessments, the
 * overall and area scores, the coverage, the attainable score and the revenue uplift (see {@link
 * RelationshipScore}).
 *
 * <p>{@link PortfolioAnalysis} calls it once for every relationship that has at least one
 * assessment, with all of that relationship's assessments in file order, from both sides and on any
 * catalog. Implementations must be pure functions: no I/O, no clock, no randomness.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReportScoring {
  /**
   * Scores one relationship.
   *
   * @param relationship the relationship, with its alliance revenue
   * @param assessments its assessments, at least one, in file order
   * @return the score, or empty when the assessments rate no factor
   * @throws IllegalArgumentException if the assessments cannot be scored; the report lists the
   *     message as a problem of the relationship and goes on with the others
   */
  Optional<RelationshipScore> score(RelationshipRow relationship, List<Assessment> assessments);
}
