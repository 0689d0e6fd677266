/**
 * Joint planning and marketing: the verbs over the records of {@link
 * org.alliancekit.model.planning} and {@link org.alliancekit.model.marketing}. Each is a pure
 * function: no clock (the as-of date is an argument), no I/O, randomness only from a given seed,
 * money exact and converted only with the {@link org.alliancekit.model.money.ExchangeRates} passed
 * in.
 *
 * <ul>
 *   <li>{@link org.alliancekit.planning.PlanAttainment}: each objective of a joint business plan,
 *       its actual over the elapsed part of the period, attainment, projection and status;
 *   <li>{@link org.alliancekit.planning.BudgetCycles}: how far apart the two parties' fiscal years
 *       start and the next deadline to agree a joint budget in both cycles;
 *   <li>{@link org.alliancekit.planning.FundsLedger}: a marketing budget's ledger of approved
 *       requests and claims, with every refusal and its reason;
 *   <li>{@link org.alliancekit.planning.CampaignResults}: per campaign its leads, opportunities,
 *       pipeline, won revenue, cost per lead and return, and push against pull per relationship;
 *   <li>{@link org.alliancekit.planning.MindShare}: per survey the mind-share index, per team too,
 *       and the change from the previous survey with a seeded permutation test;
 *   <li>{@link org.alliancekit.planning.JointPlanning}: all five over a whole portfolio.
 * </ul>
 */
package org.alliancekit.planning;
