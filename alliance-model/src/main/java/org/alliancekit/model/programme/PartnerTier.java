package org.alliancekit.model.programme;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The tier a programme has assigned to a partner, such as "Gold", whether or not the partner still
 * qualifies for it. A partner has at most one assigned tier in a portfolio.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PartnerTier implements WithPartnerTier {
  PartnerTier() {}

  /** The partner. */
  @Value.Parameter
  public abstract PartnerId partner();

  /** The name of the assigned tier, one of the portfolio's {@link ProgrammeTier}s. */
  @Value.Parameter
  public abstract String tier();

  /**
   * Returns the assignment of {@code tier} to {@code partner}.
   *
   * @throws IllegalArgumentException if the tier name is blank or badly formed
   */
  public static PartnerTier of(PartnerId partner, String tier) {
    return ImmutablePartnerTier.of(partner, tier);
  }

  @Value.Check
  void check() {
    Checks.id("tier name", tier());
  }
}
