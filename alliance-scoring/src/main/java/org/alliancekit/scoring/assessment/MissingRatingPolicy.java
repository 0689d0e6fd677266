package org.alliancekit.scoring.assessment;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a scoring rule does with a catalog factor that has no known rating: rated as explicitly
 * unknown, or not rated at all.
 */
@API(status = STABLE, since = "0.1")
public enum MissingRatingPolicy {
  /**
   * Leave the factor out: its area is scored over its known ratings only, and an area without any
   * known rating has no score. The default.
   */
  IGNORE,
  /** Count the factor at the bottom of the scale, that is 0 after normalisation. */
  SCALE_MINIMUM,
  /**
   * Give the factor the (weighted) mean of the known ratings in its area. An area without any known
   * rating has no score. The area's own score is the same as under {@link #IGNORE}, but the area
   * keeps the full weight of all its factors in the overall score.
   */
  AREA_MEAN
}
