/**
 * Laws of the model types (copies round-trip, lookups find what they hold, derived fields follow
 * their inputs), checked on values drawn from the published arbitraries. They live here rather than
 * in the model's own tests because the model's tests cannot depend on this module.
 */
package org.alliancekit.arbitraries.laws;
