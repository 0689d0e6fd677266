/**
 * Account mapping: where two parties' customers and prospects overlap, and what open business sits
 * on the accounts they share.
 *
 * <p>Each side describes its accounts in an {@link org.alliancekit.pipeline.mapping.AccountBook}:
 * every account with its {@link org.alliancekit.pipeline.mapping.AccountStatus} (customer or
 * prospect), optionally its web domain, and the opportunities on it. {@link
 * org.alliancekit.pipeline.mapping.AccountMapping} matches the two books on {@link
 * org.alliancekit.pipeline.mapping.MatchKey}s made from normalised names and domains, and places
 * every matched group of accounts in exactly one {@link
 * org.alliancekit.pipeline.mapping.MappingCell}: customers of both, customer of one and prospect of
 * the other, prospects of both, or one side only. The {@link
 * org.alliancekit.pipeline.mapping.AccountMap} it returns sums each cell's open opportunities per
 * side and per currency, so nothing is counted twice.
 *
 * <p>When neither side should see the other's accounts outside the overlap, both sides produce
 * keyed pseudonymous keys locally with the same {@link
 * org.alliancekit.pipeline.mapping.MatchKeyProducer}, exchange only the keys, and reveal to each
 * other only the accounts whose keys both hold (see {@link
 * org.alliancekit.pipeline.mapping.MatchKeyProducer} for the steps and their limits).
 */
@AllianceStyle
package org.alliancekit.pipeline.mapping;

import org.alliancekit.model.AllianceStyle;
