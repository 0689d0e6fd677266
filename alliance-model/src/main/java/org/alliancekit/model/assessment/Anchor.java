package org.alliancekit.model.assessment;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * One answer on an {@link AnchoredScale}: a label, such as "Largely in place", and the fraction of
 * full marks it is worth, from 0 to 1.
 *
 * <p>A rating that picks this answer has the numeric value {@link #value()}, the fraction times
 * 100: an anchor worth 0.75 is recorded as the rating 75.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the answer's text; not blank
 * @param fraction what the answer is worth, between 0 and 1
 */
@API(status = STABLE, since = "0.1")
public record Anchor(String label, double fraction) {

  /** Validates the label and the fraction; a fraction of {@code -0.0} is stored as {@code 0.0}. */
  public Anchor {
    Checks.name("anchor label", label);
    Checks.fraction("anchor fraction", fraction);
    fraction = fraction + 0.0;
  }

  /**
   * Returns the anchor with the given label and fraction.
   *
   * @throws IllegalArgumentException if the label is blank or the fraction is not between 0 and 1
   */
  public static Anchor of(String label, double fraction) {
    return new Anchor(label, fraction);
  }

  /** Returns the rating value that stands for this answer: {@code fraction() * 100}. */
  public double value() {
    return fraction * 100.0;
  }
}
