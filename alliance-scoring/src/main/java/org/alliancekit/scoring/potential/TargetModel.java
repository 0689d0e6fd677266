package org.alliancekit.scoring.potential;

/** {@link ImprovementModel#target(double)}: the higher of the current score and the target. */
record TargetModel(double target) implements ImprovementModel {

  TargetModel {
    Scores.unit("target score", target);
  }

  @Override
  public double attainable(double current) {
    return Math.max(Scores.unit("current score", current), target);
  }

  @Override
  public String toString() {
    return "target(" + target + ")";
  }
}
