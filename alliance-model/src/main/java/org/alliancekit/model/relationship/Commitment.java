package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A resource one party of a relationship puts into the joint effort: what kind, how much (a
 * quantity or a monetary amount, exactly one of the two), how firmly, and over what period.
 *
 * <pre>{@code
 * Commitment architects = Commitment.builder()
 *     .party(PartnerId.of("acme"))
 *     .resource(ResourceKind.PEOPLE)
 *     .quantity(new BigDecimal("2.5"))
 *     .strength(CommitmentStrength.INTENT)
 *     .periodStart(LocalDate.of(2026, 1, 1))
 *     .periodEnd(LocalDate.of(2026, 12, 31))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Commitment implements WithCommitment {
  Commitment() {}

  /** The party that provides the resource: the relationship's host or its partner. */
  public abstract PartnerId party();

  /** The kind of resource provided. */
  public abstract ResourceKind resource();

  /**
   * How much of the resource, in a unit natural to its kind (such as full-time people for {@link
   * ResourceKind#PEOPLE} or seats for {@link ResourceKind#TRAINING}); positive. Present exactly
   * when {@link #amount()} is absent. Compared with {@link BigDecimal#equals}, so {@code 2} and
   * {@code 2.0} differ.
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * How much money the resource is worth or costs; positive. Present exactly when {@link
   * #quantity()} is absent.
   */
  public abstract Optional<MonetaryAmount> amount();

  /** How firmly the party has pledged the resource. */
  public abstract CommitmentStrength strength();

  /** The first day the resource is provided, if stated. */
  public abstract Optional<LocalDate> periodStart();

  /** The last day the resource is provided, if stated; not before {@link #periodStart()}. */
  public abstract Optional<LocalDate> periodEnd();

  /** Returns a new builder; party, resource, strength and a quantity or an amount are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Commitment}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        quantity().isPresent() != amount().isPresent(),
        "%s commitment of %s must have either a quantity or an amount, not %s",
        resource(),
        party(),
        quantity().isPresent() ? "both" : "neither");
    quantity()
        .ifPresent(
            quantity ->
                checkArgument(
                    Checks.decimal("commitment quantity", quantity).signum() > 0,
                    "commitment quantity %s must be positive",
                    quantity.toPlainString()));
    amount().ifPresent(amount -> Checks.positive("commitment amount", amount));
    if (periodStart().isPresent() && periodEnd().isPresent()) {
      checkArgument(
          !periodEnd().get().isBefore(periodStart().get()),
          "%s commitment of %s ends on %s, before it starts on %s",
          resource(),
          party(),
          periodEnd().get(),
          periodStart().get());
    }
  }
}
