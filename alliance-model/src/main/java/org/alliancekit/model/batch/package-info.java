/**
 * Results of batch work over many rows: the rows that succeeded and, for every row that did not,
 * a {@link org.alliancekit.model.batch.Problem} that says where and why. A portfolio computation
 * never stops at its first bad row and never drops one silently.
 */
package org.alliancekit.model.batch;
