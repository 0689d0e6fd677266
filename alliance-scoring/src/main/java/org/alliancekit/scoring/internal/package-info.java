/**
 * The shared arithmetic of the standard scoring rules on primitive arrays, used by both the object
 * rules of {@code org.alliancekit.scoring.assessment} and the columnar path of {@code
 * org.alliancekit.scoring.portfolio}, so that the two give bit-identical scores, and the checks
 * shared by the verbs that pool revenue ({@link org.alliancekit.scoring.internal.RevenueChecks}).
 *
 * <p>Not part of the public API: this package is not exported.
 */
package org.alliancekit.scoring.internal;
