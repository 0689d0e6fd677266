/**
 * Partner programme mechanics, each verb a pure function usable on its own:
 *
 * <ul>
 *   <li>{@link org.alliancekit.programme.TierQualifications}: the highest tier each partner
 *       qualifies for as of a date, its assigned tier, what it misses for the next tier up, and
 *       whether it is below its assigned tier (at risk);
 *   <li>{@link org.alliancekit.programme.Competencies}: valid and expiring competencies, each
 *       tier's required competencies covered, counts per competency;
 *   <li>{@link org.alliancekit.programme.Payouts}: rebates per calendar quarter and referral fees
 *       per sourced won deal, exact to the minor unit, with totals per currency;
 *   <li>{@link org.alliancekit.programme.SegmentCoverages}: which partners cover each customer
 *       segment, won revenue with partners and direct, and the white space;
 *   <li>{@link org.alliancekit.programme.PartnerMatching}: partners ranked by fit for an account or
 *       a partnerless opportunity, and peers ranked by complementarity inside a network;
 *   <li>{@link org.alliancekit.programme.SolutionResults}: per solution, deals, wins and teaming
 *       partners, compared with deals that name no solution.
 * </ul>
 *
 * <p>{@link org.alliancekit.programme.PartnerProgramme#analyse} runs them all. Nothing here reads a
 * clock, a file or global state: the as-of date, the exchange rates and the partners' latest
 * assessment scores are arguments. Money is exact and rounded once per figure, to the currency's
 * minor unit ({@link org.alliancekit.model.money.MinorUnits}).
 */
@AllianceStyle
package org.alliancekit.programme;

import org.alliancekit.model.AllianceStyle;
