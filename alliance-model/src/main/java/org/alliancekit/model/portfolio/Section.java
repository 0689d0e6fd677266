package org.alliancekit.model.portfolio;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The lists of an {@link AlliancePortfolio}, each named as its property in JSON, so that a record
 * can be located as {@code /leads/3}.
 */
@API(status = STABLE, since = "0.1")
public enum Section {
  /** {@link AlliancePortfolio#partners()}. */
  PARTNERS("partners"),
  /** {@link AlliancePortfolio#accounts()}. */
  ACCOUNTS("accounts"),
  /** {@link AlliancePortfolio#relationships()}. */
  RELATIONSHIPS("relationships"),
  /** {@link AlliancePortfolio#assessments()}. */
  ASSESSMENTS("assessments"),
  /** {@link AlliancePortfolio#opportunities()}. */
  OPPORTUNITIES("opportunities"),
  /** {@link AlliancePortfolio#leads()}. */
  LEADS("leads"),
  /** {@link AlliancePortfolio#solutions()}. */
  SOLUTIONS("solutions"),
  /** {@link AlliancePortfolio#registrations()}. */
  REGISTRATIONS("registrations"),
  /** {@link AlliancePortfolio#ventures()}. */
  VENTURES("ventures"),
  /** {@link AlliancePortfolio#networks()}. */
  NETWORKS("networks"),
  /** {@link AlliancePortfolio#revenues()}. */
  REVENUES("revenues"),
  /** {@link AlliancePortfolio#tiers()}. */
  TIERS("tiers"),
  /** {@link AlliancePortfolio#partnerTiers()}. */
  PARTNER_TIERS("partnerTiers"),
  /** {@link AlliancePortfolio#incentives()}. */
  INCENTIVES("incentives"),
  /** {@link AlliancePortfolio#solutionNeeds()}. */
  SOLUTION_NEEDS("solutionNeeds"),
  /** {@link AlliancePortfolio#plans()}. */
  PLANS("plans"),
  /** {@link AlliancePortfolio#budgets()}. */
  BUDGETS("budgets"),
  /** {@link AlliancePortfolio#fundRequests()}. */
  FUND_REQUESTS("fundRequests"),
  /** {@link AlliancePortfolio#fundClaims()}. */
  FUND_CLAIMS("fundClaims"),
  /** {@link AlliancePortfolio#campaigns()}. */
  CAMPAIGNS("campaigns"),
  /** {@link AlliancePortfolio#surveys()}. */
  SURVEYS("surveys");

  private final String property;

  Section(String property) {
    this.property = property;
  }

  /** The section's property name, such as {@code leads}. */
  public String property() {
    return property;
  }
}
