/**
 * Touch-based attribution of one journey: the touches of partners in order, and first-touch,
 * last-touch, linear, position-based and time-decay models.
 */
@AllianceStyle
package org.alliancekit.attribution.touch;

import org.alliancekit.model.AllianceStyle;
