package org.alliancekit.model.party;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What kind of company a partner is. A partner may be of several kinds at once: a global systems
 * integrator is often also a reseller and a managed service provider.
 */
@API(status = STABLE, since = "0.1")
public enum PartnerKind {
  /** Runs a platform (cloud, database, operating system) that other products are built on. */
  PLATFORM_VENDOR,
  /** Independent software vendor: sells its own software products. */
  ISV,
  /** Original equipment manufacturer: embeds another company's product in its own. */
  OEM,
  /** Designs, builds and integrates solutions for customers from several vendors' products. */
  SYSTEMS_INTEGRATOR,
  /** A systems integrator working worldwide for the largest customers. */
  GLOBAL_SYSTEMS_INTEGRATOR,
  /** Buys from vendors and supplies resellers; organises networks of them. */
  DISTRIBUTOR,
  /** Reseller or value-added reseller (VAR): sells vendors' products to end customers. */
  RESELLER,
  /** Managed service provider: runs vendors' products as a service for customers. */
  MANAGED_SERVICE_PROVIDER,
  /** Advisory or consulting firm that influences customers' choices. */
  ADVISORY,
  /** Operates a marketplace where customers find products or service providers. */
  MARKETPLACE,
  /** Makes hardware. */
  HARDWARE_VENDOR,
  /** Telecommunications operator. */
  TELCO,
  /** A joint venture owned by two or more parents, acting as a party of its own. */
  JOINT_VENTURE
}
