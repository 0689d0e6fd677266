package org.alliancekit.model.party;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How far a partner has certified a competency, from the entry level up. */
@API(status = STABLE, since = "0.1")
public enum CompetencyLevel {
  /** Entry level: trained staff, first projects. */
  FOUNDATION,
  /** Proven in several customer projects. */
  ADVANCED,
  /** The issuer's highest level: many references and certified experts. */
  EXPERT
}
