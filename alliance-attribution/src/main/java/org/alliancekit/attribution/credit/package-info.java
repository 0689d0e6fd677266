/**
 * Credit for partner deals: each opportunity classified as partner-sourced, partner-influenced or
 * direct, per opportunity and over a portfolio, with sourced credit (exclusive) and influenced
 * credit (not exclusive) kept apart.
 */
@AllianceStyle
package org.alliancekit.attribution.credit;

import org.alliancekit.model.AllianceStyle;
