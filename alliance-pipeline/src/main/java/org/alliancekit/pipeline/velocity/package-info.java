/**
 * Velocity and conversion of a pipeline, compared between alliance (sell-with), channel
 * (sell-through) and direct deals: stage-to-stage conversion, time in stage, cycle time, win rate
 * and average deal size, all computed from opportunities and their stage histories.
 *
 * <p>The comparison is what lets an alliance team show whether its alliance system brings more and
 * larger deals than selling alone or through the channel. {@link
 * org.alliancekit.pipeline.velocity.VelocityAnalyzer} is the entry point; {@link
 * org.alliancekit.pipeline.velocity.Segmentation#standard()} defines the three {@link
 * org.alliancekit.pipeline.velocity.Segment}s from the roles partners play in each deal.
 *
 * <p>{@link org.alliancekit.pipeline.velocity.ClosedDealVelocity} gives the deals closed in the
 * twelve months up to a day per segment and currency ({@link
 * org.alliancekit.pipeline.velocity.SegmentVelocity}), typically segmented by {@link
 * org.alliancekit.pipeline.velocity.Segmentation#byRelationships}, which also counts a partner with
 * a sell-through relationship to the owner as a channel.
 */
@AllianceStyle
package org.alliancekit.pipeline.velocity;

import org.alliancekit.model.AllianceStyle;
