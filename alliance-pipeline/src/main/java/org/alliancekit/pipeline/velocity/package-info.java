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
 */
@AllianceStyle
package org.alliancekit.pipeline.velocity;

import org.alliancekit.model.AllianceStyle;
