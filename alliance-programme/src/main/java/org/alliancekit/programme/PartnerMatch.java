package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * One partner ranked for an account by {@link PartnerMatching}; the row of the report's {@code
 * matches.csv} ({@code account_id,rank,partner_id,score,reasons}).
 *
 * <p>Rules: the rank is at least 1, the score positive, and there is at least one reason. Immutable
 * and thread-safe.
 *
 * @param account the account matched
 * @param rank 1 for the best fit
 * @param partner the partner
 * @param score the sum of the points of its reasons
 * @param reasons why it fits, each in words, in the order of the criteria
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PartnerMatch(
    AccountId account, int rank, PartnerId partner, int score, ImmutableList<String> reasons) {

  /** Validates the rules above. */
  public PartnerMatch {
    checkNotNull(account, "account");
    checkNotNull(partner, "partner");
    checkNotNull(reasons, "reasons");
    checkArgument(rank >= 1, "rank %s must be at least 1", rank);
    checkArgument(score > 0, "score %s of partner %s must be positive", score, partner);
    checkArgument(!reasons.isEmpty(), "match of partner %s needs a reason", partner);
  }

  /** The reasons joined by {@code "; "}, as in the {@code reasons} column. */
  public String reasonsText() {
    return String.join("; ", reasons);
  }
}
