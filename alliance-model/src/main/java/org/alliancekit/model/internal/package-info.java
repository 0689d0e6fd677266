/** Helpers shared by the model's value types; not exported, not part of the API. */
package org.alliancekit.model.internal;
