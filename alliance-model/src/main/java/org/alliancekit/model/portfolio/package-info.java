/**
 * The whole portfolio an alliance team keeps, as one value: {@link
 * org.alliancekit.model.portfolio.AlliancePortfolio} holds the host, its partners, accounts,
 * relationships, assessments, opportunities, leads, solutions, registrations, joint ventures,
 * partner networks, revenue history and exchange rates, and checks the rules that span records
 * (every reference resolves, no id twice, no revenue period booked twice), reporting each broken
 * rule as a {@link org.alliancekit.model.portfolio.RecordProblem} instead of throwing.
 */
@AllianceStyle
package org.alliancekit.model.portfolio;

import org.alliancekit.model.AllianceStyle;
