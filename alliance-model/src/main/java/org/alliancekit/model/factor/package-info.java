/**
 * Success factors and their catalogs.
 *
 * <p>A {@link org.alliancekit.model.factor.SuccessFactor} is a practice that recurs in commercially
 * successful alliances; each belongs to one of five alignment areas, its {@link
 * org.alliancekit.model.factor.FactorCategory}. A {@link
 * org.alliancekit.model.factor.FactorCatalog} is an ordered list of factors with unique codes.
 * {@link org.alliancekit.model.factor.FactorCatalogs} provides the two standard catalogs: the 52
 * alliance best practices and the 25-factor Alliance Sales Balanced Scorecard drawn from them.
 */
@AllianceStyle
package org.alliancekit.model.factor;

import org.alliancekit.model.AllianceStyle;
