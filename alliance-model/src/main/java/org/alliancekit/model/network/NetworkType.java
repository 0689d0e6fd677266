package org.alliancekit.model.network;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a partner network is organised, and so whose interests it mainly serves. A partner may belong
 * to several networks of different types at once.
 */
@API(status = STABLE, since = "0.1")
public enum NetworkType {
  /**
   * Partners organise among themselves, with nobody in charge, to find complementary skills, reach
   * new regions or industries and share what works. Their ties range from formal, lasting
   * agreements to one-off, project-based cooperation much like subcontracting.
   */
  PEER_TO_PEER,

  /**
   * A vendor gathers partners with different skills around its own technology. Members gain from
   * each other, but the network exists above all to grow that one vendor's sales.
   */
  VENDOR_DRIVEN,

  /**
   * A distributor assembles partners with a wide mix of skills, customers and technologies around a
   * market segment or industry. Like a vendor it wants more sales, but across the many vendors it
   * carries rather than for any single one.
   */
  DISTRIBUTOR_ORGANIZED,

  /**
   * An independent marketplace where customers find service providers for simple work such as
   * installation, maintenance and basic configuration, and where partners offer their services to
   * widen their skills and geography.
   */
  THIRD_PARTY_MARKETPLACE
}
