/** Argument checks shared by the attribution packages; not exported. */
@AllianceStyle
package org.alliancekit.attribution.internal;

import org.alliancekit.model.AllianceStyle;
