package org.alliancekit.pipeline.velocity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.Relationship;
import org.apiguardian.api.API;

/**
 * Puts an opportunity in one {@link Segment}. A team with its own definition of an alliance deal
 * supplies its own segmentation; {@link #standard()} is the definition AllianceKit uses from the
 * involvement roles alone, {@link #byRelationships} one that also counts sell-through
 * relationships.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Segmentation {

  /** The segment of {@code opportunity}. */
  Segment segmentOf(Opportunity opportunity);

  /**
   * The standard segmentation, from the roles of the <em>partners</em> of the opportunity (the
   * parties involved other than its owner, {@link Opportunity#partners()}):
   *
   * <ol>
   *   <li>{@link Segment#DIRECT} when no partner is involved (the origin is then necessarily {@link
   *       org.alliancekit.model.pipeline.Origin#DIRECT DIRECT});
   *   <li>{@link Segment#ALLIANCE} when a partner is {@link InvolvementRole#ORIGINATOR ORIGINATOR}
   *       or {@link InvolvementRole#CO_SELLER CO_SELLER}: it sells with the owner, whatever else is
   *       involved (a co-sold deal that is fulfilled by a reseller is still an alliance deal);
   *   <li>{@link Segment#CHANNEL} when a partner is {@link InvolvementRole#RESELLER RESELLER} or
   *       {@link InvolvementRole#DISTRIBUTOR DISTRIBUTOR}: the deal goes through the channel;
   *   <li>{@link Segment#ALLIANCE} otherwise: partners influence, refer, deliver or provide part of
   *       the solution without transacting, a lighter form of selling with the owner.
   * </ol>
   *
   * <p>The {@link org.alliancekit.model.pipeline.Origin origin} is not consulted: it says who found
   * the deal, while the segment says how it is sold. A partner-sourced deal that a reseller
   * transacts without a co-seller is a channel deal; a deal the owner found and then sold together
   * with a co-seller is an alliance deal.
   *
   * <p>The same instance is returned every time.
   */
  static Segmentation standard() {
    return StandardSegmentation.INSTANCE;
  }

  /**
   * A segmentation that also asks how the owner of an opportunity goes to market with the partners
   * involved, as recorded in {@code relationships}. With the <em>partners</em> of an opportunity
   * being the parties involved other than its owner ({@link Opportunity#partners()}):
   *
   * <ol>
   *   <li>{@link Segment#DIRECT} when no partner is involved;
   *   <li>{@link Segment#CHANNEL} when a partner is involved as {@link InvolvementRole#RESELLER
   *       RESELLER} or {@link InvolvementRole#DISTRIBUTOR DISTRIBUTOR}, or when the owner and an
   *       involved partner (in any role) are the two parties of a relationship whose motion is
   *       {@link org.alliancekit.model.relationship.SellThrough SellThrough}, whichever of them is
   *       host, supplier or channel;
   *   <li>{@link Segment#ALLIANCE} for any other partner involvement.
   * </ol>
   *
   * <p>Unlike {@link #standard()}, a reseller or distributor makes a deal a channel deal even when
   * another partner co-sells or originated it. When two parties have several relationships, one
   * sell-through relationship is enough. Relationships are indexed once by their unordered party
   * pair, so each opportunity is segmented in time proportional to its involvements.
   *
   * <p>Two such segmentations are equal when their relationships give the same sell-through pairs.
   *
   * @throws NullPointerException if {@code relationships} or one of them is null
   */
  static Segmentation byRelationships(Collection<Relationship> relationships) {
    return RelationshipSegmentation.of(relationships);
  }
}
