package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.Collection;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.SellThrough;

/** The rules of {@link Segmentation#byRelationships}. */
final class RelationshipSegmentation implements Segmentation {
  /**
   * The sell-through relationships as unordered party pairs: each pair is entered under both of its
   * parties, so one look-up by the owner finds it whichever side the owner is.
   */
  private final ImmutableSetMultimap<PartnerId, PartnerId> sellThrough;

  private RelationshipSegmentation(ImmutableSetMultimap<PartnerId, PartnerId> sellThrough) {
    this.sellThrough = sellThrough;
  }

  static RelationshipSegmentation of(Collection<Relationship> relationships) {
    checkNotNull(relationships, "relationships");
    ImmutableSetMultimap.Builder<PartnerId, PartnerId> pairs = ImmutableSetMultimap.builder();
    for (Relationship relationship : relationships) {
      checkNotNull(relationship, "relationship");
      if (relationship.motion() instanceof SellThrough) {
        pairs.put(relationship.host(), relationship.partner());
        pairs.put(relationship.partner(), relationship.host());
      }
    }
    return new RelationshipSegmentation(pairs.build());
  }

  @Override
  public Segment segmentOf(Opportunity opportunity) {
    checkNotNull(opportunity, "opportunity");
    PartnerId owner = opportunity.owner();
    boolean partnered = false;
    for (Involvement involvement : opportunity.involvements()) {
      PartnerId party = involvement.party();
      if (party.equals(owner)) {
        continue;
      }
      partnered = true;
      InvolvementRole role = involvement.role();
      if (role == InvolvementRole.RESELLER
          || role == InvolvementRole.DISTRIBUTOR
          || sellThrough.containsEntry(owner, party)) {
        return Segment.CHANNEL;
      }
    }
    return partnered ? Segment.ALLIANCE : Segment.DIRECT;
  }

  /** Equal when built from relationships with the same sell-through party pairs. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RelationshipSegmentation that && sellThrough.equals(that.sellThrough);
  }

  @Override
  public int hashCode() {
    return sellThrough.hashCode();
  }

  @Override
  public String toString() {
    return "Segmentation.byRelationships(sell-through pairs: " + sellThrough.size() / 2 + ")";
  }
}
