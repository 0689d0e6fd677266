package org.alliancekit.model.pipeline;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The top level of a referral's lifecycle: a referral passed from one party to another is new until
 * the receiver takes it up, active while it is worked, and closed once won, lost, declined or
 * expired. The finer state is a {@link ReferralSubStatus}, each of which belongs to exactly one
 * status.
 */
@API(status = STABLE, since = "0.1")
public enum ReferralStatus {
  /** Sent or received, not yet taken up: sub-statuses PENDING and RECEIVED. */
  NEW,
  /** Accepted and being worked: sub-status ACCEPTED. */
  ACTIVE,
  /** Finished: sub-statuses WON, LOST, DECLINED and EXPIRED. */
  CLOSED;

  /** The sub-statuses that belong to this status, in declaration order. */
  public ImmutableList<ReferralSubStatus> subStatuses() {
    return Arrays.stream(ReferralSubStatus.values())
        .filter(sub -> sub.status() == this)
        .collect(toImmutableList());
  }
}
