/**
 * Parties to alliance sales: partners (the host company included), their kinds, sizes and certified
 * competencies, and the end customer accounts they sell to.
 */
@AllianceStyle
package org.alliancekit.model.party;

import org.alliancekit.model.AllianceStyle;
