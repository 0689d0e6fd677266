package org.alliancekit.benchmarks.attribution;

import org.alliancekit.attribution.game.ShapleyValues;
import org.alliancekit.model.party.PartnerId;

/** Checks Shapley values of {@link AttributionData#game} against its closed form. */
final class ShapleyChecks {
  private static final double RELATIVE = 1e-9;

  private ShapleyChecks() {}

  /**
   * Checks that the values add up to the grand coalition's value and that each lies within a
   * relative {@code 1e-9} of the closed form, plus {@code errors} standard errors when sampled.
   *
   * @throws IllegalStateException naming the first value that does not
   */
  static void matchesClosedForm(ShapleyValues values, double[] weights, double errors) {
    double[] expected = AttributionData.closedFormShapley(weights);
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      PartnerId player = AttributionData.partner(i);
      double value = values.values().get(player);
      sum += value;
      double error = values.isExact() ? 0 : values.standardErrors().get(player);
      double allowed = RELATIVE * Math.abs(expected[i]) + errors * error;
      if (Math.abs(value - expected[i]) > allowed) {
        throw new IllegalStateException(
            "Shapley value of "
                + player
                + " is "
                + value
                + ", the closed form gives "
                + expected[i]
                + " (allowed difference "
                + allowed
                + ")");
      }
    }
    double grand = values.grandCoalitionValue();
    if (Math.abs(sum - grand) > RELATIVE * Math.abs(grand)) {
      throw new IllegalStateException(
          "Shapley values add up to " + sum + ", not the grand coalition's " + grand);
    }
  }
}
