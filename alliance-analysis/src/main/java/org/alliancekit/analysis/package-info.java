/**
 * One analysis of a whole alliance portfolio as of a date.
 *
 * <p>{@link org.alliancekit.analysis.AllianceAnalyzer} takes an {@link
 * org.alliancekit.model.portfolio.AlliancePortfolio} and an as-of date and derives, from the
 * records alone, every figure an alliance manager reads: the sales motion each relationship shows
 * in its pipeline, the findings of every rule, the decision on every deal registration, the
 * velocity of closed deals by route to market, the value each solution stacks for its contributors,
 * each relationship's score by half-year, and whether better best practice goes with more alliance
 * revenue. Each derivation is a pure function of the module where its verb lives; this package only
 * brings them together and keeps every problem.
 */
@AllianceStyle
package org.alliancekit.analysis;

import org.alliancekit.model.AllianceStyle;
