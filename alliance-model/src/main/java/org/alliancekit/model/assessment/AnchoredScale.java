package org.alliancekit.model.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A rating scale with a fixed list of answers ({@link Anchor}s), each worth a fraction of full
 * marks, such as the five answers of the {@linkplain RatingScale#bestPracticeAnchors()
 * best-practice questionnaire}. Create one with {@link RatingScale#anchored(Anchor...)}.
 *
 * <p>A rating on an anchored scale records the chosen answer as the anchor's {@linkplain
 * Anchor#value() value}, its fraction times 100: the answers worth 0, 0.25, 0.5, 0.75 and 1 are the
 * ratings 0, 25, 50, 75 and 100. Only those values are on the scale; a value in between is not. A
 * value matches an anchor when it differs from the anchor's value by at most {@value #TOLERANCE},
 * so that floating-point rounding does not turn an answer away: an anchor worth 0.07 has the
 * computed value 7.000000000000001 and still accepts the rating 7. A value {@code v} normalizes to
 * {@code v / 100}, returned exactly as the matching anchor's fraction.
 *
 * <p>The anchors are ordered from lowest to highest: at least two, labels distinct, fractions
 * strictly increasing. {@link #min()} and {@link #max()} are the values of the first and last
 * anchors.
 *
 * <p>Immutable and thread-safe.
 *
 * @param anchors the answers, from lowest to highest
 */
@API(status = STABLE, since = "0.1")
public record AnchoredScale(ImmutableList<Anchor> anchors) implements RatingScale {
  /** How far a rating value may be from an anchor's value and still match it. */
  public static final double TOLERANCE = 1e-9;

  static final AnchoredScale BEST_PRACTICE =
      new AnchoredScale(
          ImmutableList.of(
              Anchor.of("Not in place", 0),
              Anchor.of("Planned", 0.25),
              Anchor.of("Partly in place", 0.5),
              Anchor.of("Largely in place", 0.75),
              Anchor.of("Fully in place", 1)));

  /**
   * Validates the anchors.
   *
   * @throws IllegalArgumentException if there are fewer than two anchors, two share a label, or the
   *     fractions are not strictly increasing
   */
  public AnchoredScale {
    checkNotNull(anchors, "anchors");
    checkArgument(
        anchors.size() >= 2,
        "anchored scale must have at least two anchors, not %s",
        anchors.size());
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < anchors.size(); i++) {
      Anchor anchor = anchors.get(i);
      checkArgument(
          labels.add(anchor.label()),
          "anchor label '%s' appears more than once; labels must be distinct",
          anchor.label());
      if (i > 0) {
        Anchor previous = anchors.get(i - 1);
        checkArgument(
            anchor.fraction() > previous.fraction(),
            "anchor '%s' fraction %s must be greater than the fraction %s of the anchor '%s'"
                + " before it",
            anchor.label(),
            anchor.fraction(),
            previous.fraction(),
            previous.label());
      }
    }
  }

  @Override
  public double min() {
    return anchors.get(0).value();
  }

  @Override
  public double max() {
    return anchors.get(anchors.size() - 1).value();
  }

  @Override
  public boolean contains(double value) {
    return anchorAt(value).isPresent();
  }

  @Override
  public double normalize(double value) {
    return anchorAt(value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "value " + Numbers.format(value) + " is outside scale " + this))
        .fraction();
  }

  /** Returns the anchor whose value is {@code value}, if there is one. */
  public Optional<Anchor> anchorAt(double value) {
    for (Anchor anchor : anchors) {
      if (Math.abs(value - anchor.value()) <= TOLERANCE) {
        return Optional.of(anchor);
      }
    }
    return Optional.empty();
  }

  /** Returns the anchor with the given label, if there is one. Labels are case-sensitive. */
  public Optional<Anchor> anchor(String label) {
    checkNotNull(label, "label");
    return anchors.stream().filter(anchor -> anchor.label().equals(label)).findFirst();
  }

  /**
   * Returns the rating value of the answer with the given label.
   *
   * @throws IllegalArgumentException if the scale has no anchor with that label
   */
  public double valueOf(String label) {
    return anchor(label)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "anchor label '" + label + "' is not on scale " + this))
        .value();
  }

  /**
   * Returns the anchors as {@code {value=label, ...}}, such as {@code {0=Not in place, 25=Planned,
   * ...}}.
   */
  @Override
  public String toString() {
    return anchors.stream()
        .map(anchor -> Numbers.format(anchor.value()) + "=" + anchor.label())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
