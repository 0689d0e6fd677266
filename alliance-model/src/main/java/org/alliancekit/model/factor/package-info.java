/**
 * Success factors and their catalogs: the 52 alliance best practices and the 25-factor Alliance
 * Sales Balanced Scorecard, each grouped into five alignment areas (see
 * FactorCategory).
 */
@AllianceStyle
package org.alliancekit.model.factor;

import org.alliancekit.model.AllianceStyle;
