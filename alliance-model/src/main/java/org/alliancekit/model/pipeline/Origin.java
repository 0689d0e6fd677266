package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How an opportunity came about, seen from its owner. Keeping partner-introduced business apart
 * from business the owner's own sales force found is what lets alliance sales be counted, credited
 * and defended at all; without it, alliance results disappear into direct sales figures and the two
 * sales forces end up fighting over the same deals.
 *
 * <p>Every origin except {@link #DIRECT} needs at least one involved party other than the owner
 * (see {@link Opportunity}).
 */
@API(status = STABLE, since = "0.1")
public enum Origin {
  /** Found and worked by the owner's own sales force, with no partner behind it. */
  DIRECT,
  /** Brought to the owner by a partner: without the partner there would be no opportunity. */
  PARTNER_SOURCED,
  /**
   * Found by the owner, but a partner helped move it forward, for example by co-selling,
   * recommending or providing part of the solution.
   */
  PARTNER_INFLUENCED,
  /** Found by the owner and handed to a partner to pursue, because the partner is better placed. */
  REFERRED_TO_PARTNER;

  /** Whether this origin credits a partner in any way: every origin except {@link #DIRECT}. */
  public boolean involvesPartner() {
    return this != DIRECT;
  }
}
