/**
 * A vendor's partner programme as data: its ordered {@linkplain ProgrammeTier tiers} with their
 * eligibility rules, the tier assigned to each partner ({@link PartnerTier}), the {@linkplain
 * Incentive incentives} it pays (rebates and referral fees), and the competencies each solution
 * needs ({@link SolutionNeed}).
 *
 * <p>Platform vendors with many partners tell them apart by stricter competency certification,
 * reward programmes and tiers; the verbs that compute with these records (qualification, payouts,
 * coverage, matching) are in the {@code alliance-programme} module.
 */
@AllianceStyle
package org.alliancekit.model.programme;

import org.alliancekit.model.AllianceStyle;
