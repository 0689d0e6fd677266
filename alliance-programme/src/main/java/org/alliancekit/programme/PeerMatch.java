package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * One fellow member of a partner network ranked by how well it complements a partner, as {@link
 * PartnerMatching#peers} derives it.
 *
 * <p>Rules: the rank is at least 1, the score positive, there is at least one reason, and the peer
 * is not the partner. Immutable and thread-safe.
 *
 * @param network the network both belong to
 * @param partner the partner looking for a complement
 * @param rank 1 for the best complement
 * @param peer the fellow member
 * @param score one point per complementary kind, competency and region
 * @param reasons what it adds, each in words
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PeerMatch(
    NetworkId network,
    PartnerId partner,
    int rank,
    PartnerId peer,
    int score,
    ImmutableList<String> reasons) {

  /** Validates the rules above. */
  public PeerMatch {
    checkNotNull(network, "network");
    checkNotNull(partner, "partner");
    checkNotNull(peer, "peer");
    checkNotNull(reasons, "reasons");
    checkArgument(rank >= 1, "rank %s must be at least 1", rank);
    checkArgument(score > 0, "score %s of peer %s must be positive", score, peer);
    checkArgument(!reasons.isEmpty(), "match of peer %s needs a reason", peer);
    checkArgument(!peer.equals(partner), "partner %s cannot complement itself", partner);
  }
}
