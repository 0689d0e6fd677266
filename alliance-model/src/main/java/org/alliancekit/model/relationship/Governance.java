package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Who looks after a relationship on each side: an executive sponsor, who clears the obstacles only
 * senior people can, and a dedicated alliance manager, who represents each organisation to the
 * other and works through to the customer-facing teams. Any of the four may be missing; {@link
 * #none()} has none of them.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable(singleton = true)
@AllianceStyle
public abstract class Governance implements WithGovernance {
  Governance() {}

  /** Name of the host's executive sponsor, if there is one. */
  public abstract Optional<String> hostSponsor();

  /** Name of the partner's executive sponsor, if there is one. */
  public abstract Optional<String> partnerSponsor();

  /** Name of the host's alliance manager for this relationship, if there is one. */
  public abstract Optional<String> hostAllianceManager();

  /** Name of the partner's alliance manager for this relationship, if there is one. */
  public abstract Optional<String> partnerAllianceManager();

  /** Returns governance with no sponsor and no alliance manager on either side. */
  public static Governance none() {
    return ImmutableGovernance.of();
  }

  /** Returns a new builder; every attribute is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Governance}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableGovernance.Builder {
    Builder() {}
  }

  /** Whether both the host and the partner have an executive sponsor. */
  public boolean hasSponsorOnBothSides() {
    return hostSponsor().isPresent() && partnerSponsor().isPresent();
  }

  /** Whether both the host and the partner have an alliance manager. */
  public boolean hasAllianceManagerOnBothSides() {
    return hostAllianceManager().isPresent() && partnerAllianceManager().isPresent();
  }

  @Value.Check
  void check() {
    hostSponsor().ifPresent(name -> Checks.name("host sponsor", name));
    partnerSponsor().ifPresent(name -> Checks.name("partner sponsor", name));
    hostAllianceManager().ifPresent(name -> Checks.name("host alliance manager", name));
    partnerAllianceManager().ifPresent(name -> Checks.name("partner alliance manager", name));
  }
}
