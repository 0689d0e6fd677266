/**
 * Joint marketing: budgets, fund requests and claims, campaigns and mind-share surveys.
 *
 * <ul>
 *   <li>{@link org.alliancekit.model.marketing.MarketingBudget}: one party's contribution to a
 *       relationship's marketing budget for a fiscal year;
 *   <li>{@link org.alliancekit.model.marketing.FundRequest}: funds asked from a budget for a
 *       campaign, and {@link org.alliancekit.model.marketing.FundClaim}: money claimed against an
 *       approved request;
 *   <li>{@link org.alliancekit.model.marketing.Campaign}: a push campaign to the partner's field or
 *       a pull campaign to customers, with the leads and opportunities it produced;
 *   <li>{@link org.alliancekit.model.marketing.MindShareSurvey}: a survey of the partner's
 *       customer-facing and technical people, one {@link
 *       org.alliancekit.model.marketing.SurveyAnswer} per respondent and question.
 * </ul>
 *
 * <p>The verbs (the funds ledger, campaign results, the mind-share index) live in the {@code
 * alliance-planning} module.
 */
@AllianceStyle
package org.alliancekit.model.marketing;

import org.alliancekit.model.AllianceStyle;
