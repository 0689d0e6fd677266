/**
 * Partner networks: groups of partners that work together, organised peer-to-peer, by a vendor, by
 * a distributor or by a third-party marketplace.
 */
@AllianceStyle
package org.alliancekit.model.network;

import org.alliancekit.model.AllianceStyle;
