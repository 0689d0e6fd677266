/**
 * Which moves between stages and statuses a sales process allows.
 *
 * <p>{@link org.alliancekit.pipeline.stage.StageTransitions} applies the rules of a {@link
 * org.alliancekit.model.pipeline.StageModel} (such as the co-sell lifecycle of {@link
 * org.alliancekit.model.pipeline.StageModels#coSell()}) to single moves, to opportunities and to
 * whole stage histories. The tables of allowed moves between statuses ({@link
 * org.alliancekit.model.pipeline.StatusTransitions}, with the {@link
 * org.alliancekit.model.pipeline.ReviewStatus review status} and {@link
 * org.alliancekit.model.pipeline.ReferralSubStatus referral} presets) live in the model, beside the
 * opportunities and leads that carry those statuses.
 *
 * <p>Every rejected move is an {@link IllegalArgumentException} whose message names the state moved
 * from, the state moved to and the model or table whose rule forbids it.
 */
package org.alliancekit.pipeline.stage;
