/**
 * What the co-sell importers and exporters share: reading a vendor's JSON document under limits
 * ({@link org.alliancekit.io.cosell.JsonInput}) with typed reads of its values that record every
 * problem at its file, line and JSON pointer ({@link org.alliancekit.io.cosell.JsonValue}, {@link
 * org.alliancekit.io.cosell.JsonDocument}), and what an export returns ({@link
 * org.alliancekit.io.cosell.ExportResult}).
 */
package org.alliancekit.io.cosell;
