package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Period;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How formally a relationship is agreed, and how often the agreement is reviewed.
 *
 * <pre>{@code
 * Formality looser = Formality.quidProQuo(Period.ofYears(2));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Formality implements WithFormality {
  Formality() {}

  /** The kind of agreement. */
  @Value.Parameter
  public abstract FormalityKind kind();

  /**
   * How often the agreement is reviewed, if a cadence is agreed; always positive. Periods compare
   * by their parts, so twelve months and one year are different cadences.
   */
  @Value.Parameter
  public abstract Optional<Period> reviewCadence();

  /**
   * Returns a formality of the given kind with no agreed review cadence.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  public static Formality of(FormalityKind kind) {
    return ImmutableFormality.of(kind, Optional.empty());
  }

  /**
   * Returns a binding contract reviewed every {@code reviewCadence}.
   *
   * @throws IllegalArgumentException if the cadence is zero or has a negative part
   */
  public static Formality contract(Period reviewCadence) {
    return ImmutableFormality.of(FormalityKind.CONTRACT, Optional.of(reviewCadence));
  }

  /**
   * Returns a quid-pro-quo document reviewed every {@code reviewCadence}, such as every two years.
   *
   * @throws IllegalArgumentException if the cadence is zero or has a negative part
   */
  public static Formality quidProQuo(Period reviewCadence) {
    return ImmutableFormality.of(FormalityKind.QUID_PRO_QUO, Optional.of(reviewCadence));
  }

  /** Returns an informal relationship with no written agreement and no review cadence. */
  public static Formality informal() {
    return ImmutableFormality.of(FormalityKind.INFORMAL, Optional.empty());
  }

  @Value.Check
  void check() {
    reviewCadence().ifPresent(cadence -> Periods.positive("review cadence", cadence));
  }
}
