package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumSet;
import java.util.Set;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;

/**
 * Puts an opportunity in one {@link Segment}. A team with its own definition of an alliance deal
 * supplies its own segmentation; {@link #standard()} is the definition AllianceKit uses.
 */
@FunctionalInterface
public interface Segmentation {

  /** The segment of {@code opportunity}. */
  Segment segmentOf(Opportunity opportunity);

  /**
   * The standard segmentation, from the roles of the <em>partners</em> of the opportunity (the
   * parties involved other than its owner, {@link Opportunity#partners()}):
   *
   * <ol>
   *   <li>{@link Segment#DIRECT} when no partner is involved (the origin is then necessarily
   *       {@link org.alliancekit.model.pipeline.Origin#DIRECT DIRECT});
   *   <li>{@link Segment#ALLIANCE} when a partner is {@link InvolvementRole#ORIGINATOR ORIGINATOR}
   *       or {@link InvolvementRole#CO_SELLER CO_SELLER}: it sells with the owner, whatever else
   *       is involved (a co-sold deal that is fulfilled by a reseller is still an alliance deal);
   *   <li>{@link Segment#CHANNEL} when a partner is {@link InvolvementRole#RESELLER RESELLER} or
   *       {@link InvolvementRole#DISTRIBUTOR DISTRIBUTOR}: the deal goes through the channel;
   *   <li>{@link Segment#ALLIANCE} otherwise: partners influence, refer, deliver or provide part
   *       of the solution without transacting, a lighter form of selling with the owner.
   * </ol>
   */
  static Segmentation standard() {
    return opportunity -> {
      checkNotNull(opportunity, "opportunity");
      Set<InvolvementRole> roles = EnumSet.noneOf(InvolvementRole.class);
      for (Involvement involvement : opportunity.involvements()) {
        if (!involvement.party().equals(opportunity.owner())) {
          roles.add(involvement.role());
        }
      }
      if (roles.isEmpty()) {
        return Segment.DIRECT;
      }
      if (roles.contains(InvolvementRole.ORIGINATOR) || roles.contains(InvolvementRole.CO_SELLER)) {
        return Segment.ALLIANCE;
      }
      if (roles.contains(InvolvementRole.RESELLER) || roles.contains(InvolvementRole.DISTRIBUTOR)) {
        return Segment.CHANNEL;
      }
      return Segment.ALLIANCE;
    };
  }
}
