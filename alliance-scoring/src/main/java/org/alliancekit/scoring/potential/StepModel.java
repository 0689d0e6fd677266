package org.alliancekit.scoring.potential;

/** {@link ImprovementModel#step(double)}: adds a fixed step, capped at a perfect score. */
record StepModel(double delta) implements ImprovementModel {

  StepModel {
    Scores.unit("score step", delta);
  }

  @Override
  public double attainable(double current) {
    return Math.min(1.0, Scores.unit("current score", current) + delta);
  }

  @Override
  public String toString() {
    return "step(" + delta + ")";
  }
}
