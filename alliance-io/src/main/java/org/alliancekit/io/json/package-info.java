/**
 * JSON for every model type through Jackson: {@link org.alliancekit.io.json.AllianceJson} gives a
 * configured mapper.
 */
package org.alliancekit.io.json;
