package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What the records of one relationship show between its host H and its partner P over the twelve
 * months up to an as-of date: the leads and opportunities each side shared with the other, the
 * opportunities they co-sold, and the host's opportunities in which the partner is the buyer.
 * {@link MotionObserver} counts them and reads the observed sales motion from them.
 *
 * <p>The window is {@code asOf.minusYears(1) < date <= asOf}: a record dated exactly one year
 * before the as-of date is left out, the next day and the as-of date itself are in. A lead counts
 * by the day it was {@linkplain org.alliancekit.model.pipeline.Lead#received() received}, an
 * opportunity by the day it was {@linkplain org.alliancekit.model.pipeline.Opportunity#created()
 * created}.
 *
 * <p>A co-sold opportunity is also counted in its direction ({@code opportunitiesHostToPartner} or
 * {@code opportunitiesPartnerToHost}), so {@code coSold} is never more than the two together, and
 * {@link #total()} counts it twice. An opportunity of H whose account is P and that also involves P
 * counts both as a shared opportunity and as {@code partnerAsBuyer}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leadsHostToPartner leads whose source is H and that were shared with P
 * @param leadsPartnerToHost leads whose source is P and that were shared with H
 * @param opportunitiesHostToPartner opportunities owned by H in which P is involved, in any role
 * @param opportunitiesPartnerToHost opportunities owned by P in which H is involved, in any role
 * @param coSold opportunities owned by one side in which the other is involved as {@link
 *     org.alliancekit.model.pipeline.InvolvementRole#CO_SELLER CO_SELLER}
 * @param partnerAsBuyer opportunities owned by H whose account id has the text of P's partner id
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MotionEvidence(
    int leadsHostToPartner,
    int leadsPartnerToHost,
    int opportunitiesHostToPartner,
    int opportunitiesPartnerToHost,
    int coSold,
    int partnerAsBuyer) {

  private static final MotionEvidence NONE = new MotionEvidence(0, 0, 0, 0, 0, 0);

  /**
   * Validates the counts: none is negative, and the co-sold opportunities are no more than the
   * opportunities shared both ways together.
   */
  public MotionEvidence {
    nonNegative("leadsHostToPartner", leadsHostToPartner);
    nonNegative("leadsPartnerToHost", leadsPartnerToHost);
    nonNegative("opportunitiesHostToPartner", opportunitiesHostToPartner);
    nonNegative("opportunitiesPartnerToHost", opportunitiesPartnerToHost);
    nonNegative("coSold", coSold);
    nonNegative("partnerAsBuyer", partnerAsBuyer);
    checkArgument(
        coSold <= (long) opportunitiesHostToPartner + opportunitiesPartnerToHost,
        "coSold %s must be at most opportunitiesHostToPartner %s plus opportunitiesPartnerToHost"
            + " %s, since a co-sold opportunity is counted in its direction too",
        coSold,
        opportunitiesHostToPartner,
        opportunitiesPartnerToHost);
  }

  /** Returns the evidence of a relationship with no records in the window: every count zero. */
  public static MotionEvidence none() {
    return NONE;
  }

  /**
   * Returns the evidence of both sets of records together, count by count: the counts of two
   * disjoint sets of leads and opportunities add up to the counts of their union, so counts made in
   * parts (such as per partition of a distributed table) are combined with this.
   *
   * @throws ArithmeticException if a sum overflows an {@code int}
   */
  public MotionEvidence plus(MotionEvidence other) {
    checkNotNull(other, "other");
    return new MotionEvidence(
        Math.addExact(leadsHostToPartner, other.leadsHostToPartner),
        Math.addExact(leadsPartnerToHost, other.leadsPartnerToHost),
        Math.addExact(opportunitiesHostToPartner, other.opportunitiesHostToPartner),
        Math.addExact(opportunitiesPartnerToHost, other.opportunitiesPartnerToHost),
        Math.addExact(coSold, other.coSold),
        Math.addExact(partnerAsBuyer, other.partnerAsBuyer));
  }

  /** The number of events: the sum of the six counts, a co-sold opportunity counting twice. */
  public long total() {
    return (long) leadsHostToPartner
        + leadsPartnerToHost
        + opportunitiesHostToPartner
        + opportunitiesPartnerToHost
        + coSold
        + partnerAsBuyer;
  }

  private static void nonNegative(String field, int count) {
    checkArgument(count >= 0, "%s %s must not be negative", field, count);
  }
}
