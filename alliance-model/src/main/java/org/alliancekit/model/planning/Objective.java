package org.alliancekit.model.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One objective of a {@link BusinessPlan}: a {@link PlanMetric}, the party accountable for it (or
 * none, when both are: a joint objective) and the target for the plan's period.
 *
 * <p>Rules checked on construction: the target is positive, within the {@link
 * org.alliancekit.model.money.DecimalLimit}, and a whole number for a metric that counts; the
 * target names a currency exactly when the metric is {@linkplain PlanMetric#isMonetary() monetary}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Objective implements WithObjective {
  Objective() {}

  /** The objective's id, unique within its plan. */
  public abstract ObjectiveId id();

  /** What the objective measures. */
  public abstract PlanMetric metric();

  /** The accountable party; empty for a joint objective. */
  public abstract Optional<PartnerId> party();

  /** The target for the plan's whole period; positive. */
  public abstract BigDecimal target();

  /** The target's currency; present exactly when the metric is monetary. */
  public abstract Optional<CurrencyUnit> currency();

  /** Whether no single party is accountable: both are. */
  public boolean isJoint() {
    return party().isEmpty();
  }

  /** Returns a new builder; the id, metric and target are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Objective}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.decimal("target of objective " + id(), target());
    checkArgument(
        target().signum() > 0,
        "target %s of objective %s must be positive",
        target().toPlainString(),
        id());
    if (metric().isMonetary()) {
      checkArgument(
          currency().isPresent(),
          "objective %s measures %s, an amount of money, so its target needs a currency",
          id(),
          metric());
    } else {
      checkArgument(
          currency().isEmpty(),
          "objective %s counts %s, so its target must not have a currency (%s)",
          id(),
          metric(),
          currency().orElse(null));
      checkArgument(
          target().stripTrailingZeros().scale() <= 0,
          "objective %s counts %s, so its target %s must be a whole number",
          id(),
          metric(),
          target().toPlainString());
    }
  }
}
