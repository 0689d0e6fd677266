package org.alliancekit.model.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;

/**
 * The scale on which the ratings of an {@link Assessment} are given. Two kinds exist:
 *
 * <ul>
 *   <li>{@link NumericScale}: any finite number from {@link #min()} to {@link #max()}, such as
 *       {@linkplain #zeroToTen() 0..10}, a {@linkplain #likert5() 1..5 Likert} scale or a
 *       {@linkplain #percent() 0..100 percentage}.
 *   <li>{@link AnchoredScale}: a fixed list of answers, each worth a fraction of full marks, such
 *       as the {@linkplain #bestPracticeAnchors() best-practice questionnaire}. A rating on an
 *       anchored scale records the chosen answer as its fraction times 100, so the five
 *       best-practice answers are the values 0, 25, 50, 75 and 100.
 * </ul>
 *
 * <p>Every scale maps its values onto [0, 1] with {@link #normalize(double)}, so ratings given on
 * different scales can be compared and combined: the lowest point of a numeric scale becomes 0 and
 * the highest 1, and an anchored value becomes its anchor's fraction.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface RatingScale permits NumericScale, AnchoredScale {

  /** The lowest value on the scale. */
  double min();

  /** The highest value on the scale. */
  double max();

  /**
   * Whether {@code value} is a valid rating on this scale: for a numeric scale any number from
   * {@link #min()} to {@link #max()} inclusive, for an anchored scale exactly one of the anchor
   * values. NaN and infinities are on no scale.
   */
  boolean contains(double value);

  /**
   * Maps a value on this scale onto [0, 1], keeping its order.
   *
   * <p>On a numeric scale the result is {@code (value - min) / (max - min)}: on 1..5 the value 1
   * gives 0, 3 gives 0.5 and 5 gives 1; on 0..10 the value 7 gives 0.7. On an anchored scale the
   * result is {@code value / 100}, the fraction of the matching anchor: 75 gives 0.75.
   *
   * @throws IllegalArgumentException if {@code value} is not on the scale; the message names the
   *     value and the scale
   */
  double normalize(double value);

  /**
   * Returns the numeric scale from {@code min} to {@code max} inclusive.
   *
   * @throws IllegalArgumentException if a bound is not finite, {@code min >= max}, or the width
   *     {@code max - min} is not a finite number
   */
  static NumericScale numeric(double min, double max) {
    return new NumericScale(min, max);
  }

  /**
   * Parses a numeric scale from the text form {@code "min..max"}, as written by {@link
   * NumericScale#toString()}: for example {@code "0..10"}, {@code "1..5"} or {@code "-2.5..2.5"}.
   * Whitespace around either bound is ignored.
   *
   * @throws IllegalArgumentException if the text is not of that form or the bounds are invalid
   */
  static NumericScale parse(String text) {
    checkNotNull(text, "text");
    // The common scales as written by NumericScale#toString, without parsing them again.
    if (text.equals("0..10")) {
      return NumericScale.ZERO_TO_TEN;
    }
    if (text.equals("1..5")) {
      return NumericScale.LIKERT_5;
    }
    int dots = text.indexOf("..");
    checkArgument(dots >= 0, "rating scale '%s' must have the form min..max", text);
    return new NumericScale(
        parseBound(text, text.substring(0, dots)), parseBound(text, text.substring(dots + 2)));
  }

  private static double parseBound(String text, String bound) {
    String number = bound.strip();
    checkArgument(
        !number.isEmpty() && number.chars().allMatch(c -> "+-.0123456789eE".indexOf(c) >= 0),
        "rating scale '%s' must have the form min..max with decimal numbers",
        text);
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "rating scale '" + text + "' must have the form min..max with decimal numbers", e);
    }
  }

  /** Returns the scale 0..10. */
  static NumericScale zeroToTen() {
    return NumericScale.ZERO_TO_TEN;
  }

  /** Returns the five-point Likert scale 1..5. */
  static NumericScale likert5() {
    return NumericScale.LIKERT_5;
  }

  /** Returns the percentage scale 0..100. */
  static NumericScale percent() {
    return NumericScale.PERCENT;
  }

  /**
   * Returns an anchored scale with the given answers, from lowest to highest.
   *
   * @throws IllegalArgumentException if there are fewer than two anchors, two share a label, or the
   *     fractions are not strictly increasing
   */
  static AnchoredScale anchored(Anchor... anchors) {
    return new AnchoredScale(ImmutableList.copyOf(anchors));
  }

  /**
   * Returns an anchored scale with the given answers, from lowest to highest.
   *
   * @throws IllegalArgumentException if there are fewer than two anchors, two share a label, or the
   *     fractions are not strictly increasing
   */
  static AnchoredScale anchored(Iterable<Anchor> anchors) {
    return new AnchoredScale(ImmutableList.copyOf(anchors));
  }

  /**
   * Returns the five answers of the best-practice questionnaire, recorded as the values 0, 25, 50,
   * 75 and 100: "Not in place" (0), "Planned" (0.25), "Partly in place" (0.5), "Largely in place"
   * (0.75) and "Fully in place" (1).
   */
  static AnchoredScale bestPracticeAnchors() {
    return AnchoredScale.BEST_PRACTICE;
  }
}
