/**
 * Relationships between a host company and a partner: the sales motion (sell-with, sell-to,
 * sell-through), symmetry, formality, exclusivity, commitments and governance.
 */
@AllianceStyle
package org.alliancekit.model.relationship;

import org.alliancekit.model.AllianceStyle;
