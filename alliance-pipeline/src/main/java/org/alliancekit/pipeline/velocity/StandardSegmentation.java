package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumSet;
import java.util.Set;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;

/** The rules of {@link Segmentation#standard()}. */
final class StandardSegmentation implements Segmentation {
  static final StandardSegmentation INSTANCE = new StandardSegmentation();

  private StandardSegmentation() {}

  @Override
  public Segment segmentOf(Opportunity opportunity) {
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
  }

  @Override
  public String toString() {
    return "Segmentation.standard()";
  }
}
