/**
 * Cooperative games of partners and their Shapley values: a characteristic function gives the value
 * of every coalition, and each partner's Shapley value is its average marginal contribution, exact
 * up to twenty players and estimated from seeded random orders beyond.
 */
@AllianceStyle
package org.alliancekit.attribution.game;

import org.alliancekit.model.AllianceStyle;
