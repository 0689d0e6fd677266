/**
 * Which moves between stages and statuses a sales process allows.
 *
 * <p>{@link org.alliancekit.pipeline.stage.StageTransitions} applies the rules of a {@link
 * org.alliancekit.model.pipeline.StageModel} (such as the co-sell lifecycle of {@link
 * org.alliancekit.model.pipeline.StageModels#coSell()}) to single moves, to opportunities and to
 * whole stage histories. {@link org.alliancekit.pipeline.stage.StatusTransitions} is a small table
 * of allowed moves between the values of an enum; two presets come with it: the {@link
 * org.alliancekit.pipeline.stage.ReviewStatus review status} of a co-sell opportunity shared with a
 * partner programme, and the {@link org.alliancekit.pipeline.stage.ReferralSubStatus referral}
 * lifecycle, whose sub-statuses each belong to one {@link
 * org.alliancekit.pipeline.stage.ReferralStatus}.
 *
 * <p>Every rejected move is an {@link IllegalArgumentException} whose message names the state moved
 * from, the state moved to and the model or table whose rule forbids it.
 */
package org.alliancekit.pipeline.stage;
