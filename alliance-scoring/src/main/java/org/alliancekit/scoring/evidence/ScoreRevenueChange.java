package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.apiguardian.api.API;

/**
 * How a relationship's overall score and alliance revenue changed from one observed half-year to
 * its next observed one: what a scatter of the within estimate shows.
 *
 * @param relationship the relationship
 * @param half the later of the two half-years
 * @param scoreChange the change of the overall score, in percentage points
 * @param logRevenueChange the change of the natural logarithm of revenue (about the percent change
 *     divided by 100 for small changes)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ScoreRevenueChange(
    RelationshipId relationship, RevenuePeriod half, double scoreChange, double logRevenueChange) {
  /** Checks the values. */
  public ScoreRevenueChange {
    checkNotNull(relationship, "relationship");
    checkNotNull(half, "half");
  }

  /**
   * The changes between consecutive observations of each relationship of a panel, in the panel's
   * order; a pair with a revenue of zero gives none.
   */
  public static ImmutableList<ScoreRevenueChange> of(EvidencePanel panel) {
    checkNotNull(panel, "panel");
    List<PanelObservation> observations = panel.observations();
    ImmutableList.Builder<ScoreRevenueChange> changes = ImmutableList.builder();
    for (int i = 1; i < observations.size(); i++) {
      PanelObservation before = observations.get(i - 1);
      PanelObservation after = observations.get(i);
      if (before.relationship().equals(after.relationship())
          && before.revenue().signum() > 0
          && after.revenue().signum() > 0) {
        changes.add(
            new ScoreRevenueChange(
                after.relationship(),
                after.half(),
                (after.score() - before.score()) * 100,
                Math.log(after.revenue().doubleValue())
                    - Math.log(before.revenue().doubleValue())));
      }
    }
    return changes.build();
  }
}
