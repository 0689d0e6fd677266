package org.alliancekit.scoring.potential;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Says what best-practice score a relationship can reach from its current one.
 *
 * <p>Scores are fractions in [0, 1] (shown as percentages). An implementation is a pure function:
 * immutable, thread-safe, and giving the same answer for the same score every time. It returns a
 * number in [0, 1]. The standard models never return less than the current score, so the uplift
 * they lead to is never negative; a custom model that predicts a decline leads to a negative
 * uplift.
 *
 * <pre>{@code
 * ImprovementModel halfTheGap = ImprovementModel.closeGap(0.5);
 * halfTheGap.attainable(0.30); // 0.65
 * ImprovementModel.target(0.60).attainable(0.30); // 0.60
 * ImprovementModel.step(0.10).attainable(0.95); // 1.0
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public interface ImprovementModel {

  /**
   * Returns the score attainable from {@code current}.
   *
   * @param current the current score, between 0 and 1
   * @return the attainable score, between 0 and 1
   * @throws IllegalArgumentException if {@code current} is not a number between 0 and 1
   */
  double attainable(double current);

  /**
   * Returns the model with an explicit target: the attainable score is the target, or the current
   * score when that is already higher (a relationship is never expected to fall back to its
   * target).
   *
   * @param target the target score, between 0 and 1
   * @throws IllegalArgumentException if {@code target} is not a number between 0 and 1
   */
  static ImprovementModel target(double target) {
    return new TargetModel(target);
  }

  /**
   * Returns the model that closes a fraction of the gap to a perfect score: the attainable score is
   * {@code current + fraction * (1 - current)}, so {@code closeGap(0.5)} takes 30% to 65% and 80%
   * to 90%, and {@code closeGap(0)} keeps every score where it is.
   *
   * @param fraction the fraction of the gap closed, between 0 and 1
   * @throws IllegalArgumentException if {@code fraction} is not a number between 0 and 1
   */
  static ImprovementModel closeGap(double fraction) {
    return new CloseGapModel(fraction);
  }

  /**
   * Returns the model that adds a fixed step to the score, capped at a perfect score: the
   * attainable score is {@code min(1, current + delta)}, so {@code step(0.1)} takes 30% to 40% and
   * 95% to 100%.
   *
   * @param delta the step, between 0 and 1
   * @throws IllegalArgumentException if {@code delta} is not a number between 0 and 1
   */
  static ImprovementModel step(double delta) {
    return new StepModel(delta);
  }
}
