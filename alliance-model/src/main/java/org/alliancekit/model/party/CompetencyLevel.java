package org.alliancekit.model.party;

/** How far a partner has certified a competency, from the entry level up. */
public enum CompetencyLevel {
  /** Entry level: trained staff, first projects. */
  FOUNDATION,
  /** Proven in several customer projects. */
  ADVANCED,
  /** The issuer's highest level: many references and certified experts. */
  EXPERT
}
