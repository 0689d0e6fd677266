package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How evenly the two sides of a relationship are balanced.
 *
 * <p>The two ends of the scale behave differently: peers in an alliance each decide for themselves
 * what to put into the joint effort, while in a channel the smaller side typically pledges more,
 * and more concretely, in return for the larger side's endorsement and brand.
 */
@API(status = STABLE, since = "0.1")
public enum Symmetry {
  /**
   * An alliance between near peers, managed one-to-one: each side brings a comparable weight to the
   * relationship and contributes what it chooses.
   */
  SYMMETRIC_ALLIANCE,

  /**
   * A channel relationship, managed one-to-many by the larger side: the smaller partner commits
   * more, and more tangible, resources than the larger one, which mostly lends its name and
   * support.
   */
  ASYMMETRIC_CHANNEL
}
