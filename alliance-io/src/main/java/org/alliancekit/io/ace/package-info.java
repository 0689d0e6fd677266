/**
 * AWS Partner Central (the ACE co-sell programme), catalog {@code AWS}: opportunities read from
 * Selling API {@code GetOpportunity} responses, arrays of them and {@code ListOpportunities}
 * responses ({@link org.alliancekit.io.ace.AceImport}), and {@code CreateOpportunity} request
 * documents written from our opportunities, checked against the documented required fields,
 * enumerations and lengths ({@link org.alliancekit.io.ace.AceExport}).
 */
package org.alliancekit.io.ace;
