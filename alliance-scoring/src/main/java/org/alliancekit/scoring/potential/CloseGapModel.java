package org.alliancekit.scoring.potential;

/** {@link ImprovementModel#closeGap(double)}: closes a fraction of the gap to a perfect score. */
record CloseGapModel(double fraction) implements ImprovementModel {

  CloseGapModel {
    Scores.unit("gap fraction", fraction);
  }

  @Override
  public double attainable(double current) {
    Scores.unit("current score", current);
    // Adding a non-negative number never lowers the score; the cap guards the last bit of
    // floating-point rounding.
    return Math.min(1.0, current + fraction * (1.0 - current));
  }

  @Override
  public String toString() {
    return "closeGap(" + fraction + ")";
  }
}
