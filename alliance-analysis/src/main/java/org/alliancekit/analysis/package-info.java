/**
 * One analysis of a whole alliance portfolio as of a date.
 *
 * <p>{@link org.alliancekit.analysis.AllianceAnalyzer} takes an {@link
 * org.alliancekit.model.portfolio.AlliancePortfolio} and an as-of date and derives, from the
 * records alone, every figure an alliance manager reads: the sales motion each relationship shows
 * in its pipeline, the findings of every rule, the decision on every deal registration, the
 * velocity of closed deals by route to market, the value each solution stacks for its contributors,
 * each relationship's score by half-year, whether better best practice goes with more alliance
 * revenue, and the partner programme (tier standings and tiers at risk, incentive payouts, segment
 * coverage, partner matches and solution results). Each derivation is a pure function of the module
 * where its verb lives; this package only brings them together and keeps every problem.
 */
@AllianceStyle
package org.alliancekit.analysis;

import org.alliancekit.model.AllianceStyle;
