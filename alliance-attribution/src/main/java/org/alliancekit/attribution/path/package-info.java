/**
 * Attribution over many journeys given as paths of partner touches: exact Markov removal effects
 * and the simplified Shapley method.
 */
@AllianceStyle
package org.alliancekit.attribution.path;

import org.alliancekit.model.AllianceStyle;
