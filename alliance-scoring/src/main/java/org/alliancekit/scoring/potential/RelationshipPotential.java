package org.alliancekit.scoring.potential;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@link SalesPotential} of one relationship of a portfolio.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RelationshipPotential implements WithRelationshipPotential {
  RelationshipPotential() {}

  /** The relationship. */
  @Value.Parameter
  public abstract RelationshipId relationship();

  /** Its potential. */
  @Value.Parameter
  public abstract SalesPotential potential();

  /**
   * The potential in the relationship's own currency, when a converting {@link PotentialTriage}
   * priced {@link #potential()} from a revenue converted into its report currency; empty when the
   * revenue was already in that currency or nothing was converted. It keeps the uplift exact in the
   * currency the revenue was booked in, beside the converted one that ranks.
   */
  public abstract Optional<SalesPotential> nativePotential();

  /**
   * The uplift in the relationship's own currency: that of {@link #nativePotential()} when the
   * revenue was converted, else that of {@link #potential()}; empty when it is undefined.
   */
  public Optional<MonetaryAmount> nativeUplift() {
    return nativePotential().orElse(potential()).uplift();
  }

  /** The uplift of {@link #potential()}; empty when it is undefined. */
  public Optional<MonetaryAmount> uplift() {
    return potential().uplift();
  }

  /** The status of {@link #potential()}: whether the uplift is defined, and if not, why not. */
  public UpliftStatus status() {
    return potential().status();
  }

  /** Returns the potential of one relationship. */
  public static RelationshipPotential of(RelationshipId relationship, SalesPotential potential) {
    return ImmutableRelationshipPotential.of(relationship, potential);
  }

  /**
   * Returns the potential of one relationship priced in a report currency, with its potential in
   * the currency it was booked in.
   *
   * @throws IllegalArgumentException if the two potentials are in the same currency or their scores
   *     differ
   */
  public static RelationshipPotential converted(
      RelationshipId relationship, SalesPotential potential, SalesPotential nativePotential) {
    return ImmutableRelationshipPotential.of(relationship, potential)
        .withNativePotential(nativePotential);
  }

  @Value.Check
  void check() {
    nativePotential()
        .ifPresent(
            original -> {
              if (original.revenue().getCurrency().equals(potential().revenue().getCurrency())) {
                throw new IllegalArgumentException(
                    "native potential of "
                        + relationship()
                        + " is in "
                        + original.revenue().getCurrency()
                        + ", the currency of its potential: nothing was converted");
              }
              if (original.current() != potential().current()
                  || original.attainable() != potential().attainable()) {
                throw new IllegalArgumentException(
                    "native potential of "
                        + relationship()
                        + " has other scores than its converted potential");
              }
            });
  }

  /** Returns a new builder; the relationship and the potential are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RelationshipPotential}. {@code build()} throws {@link IllegalStateException}
   * naming any missing attribute.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRelationshipPotential.Builder {
    Builder() {}
  }
}
