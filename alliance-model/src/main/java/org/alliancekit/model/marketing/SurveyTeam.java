package org.alliancekit.model.marketing;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The team of the partner's a survey respondent works in. */
@API(status = STABLE, since = "0.1")
public enum SurveyTeam {
  /** Sales and account people who face customers. */
  CUSTOMER_FACING,
  /** Pre-sales, consulting and engineering people. */
  TECHNICAL
}
