/**
 * Value stacking: what one deal is worth to each party that stacks its value on it, as resale
 * margin, joint go-to-market with software vendors and joint go-to-market with the platform vendor;
 * and, derived from the solutions and the deals won with them over twelve months, what each
 * solution's contributors stack together compared with what each would bring alone.
 */
@AllianceStyle
package org.alliancekit.attribution.stacking;

import org.alliancekit.model.AllianceStyle;
