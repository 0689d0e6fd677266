/**
 * Building blocks shared by the arbitraries of {@code org.alliancekit.arbitraries} and those of
 * {@code alliance-testkit}.
 *
 * <p>Not part of the public API: this package is exported to the testkit only.
 */
package org.alliancekit.arbitraries.internal;
