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

  /** Returns a new builder; both attributes are required. */
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
