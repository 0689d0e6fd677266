package org.alliancekit.attribution.stacking;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The kinds of value a company (typically a systems integrator) can stack on one deal by working
 * with several partners at once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ValueComponent {
  /**
   * Margin earned reselling a partner's product, such as an ISV's software or an OEM's hardware.
   */
  RESALE_MARGIN,
  /** Value of going to market jointly with a partner: shared leads, co-selling, joint offers. */
  JOINT_GO_TO_MARKET,
  /**
   * What a platform vendor contributes to the deal, typically through joint go-to-market without
   * resale: funding, incentives, co-selling on its platform.
   */
  PLATFORM
}
