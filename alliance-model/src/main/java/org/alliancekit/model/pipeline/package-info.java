/**
 * Pipeline nouns: opportunities and the parties involved in them, leads, stages and stage models,
 * deal registrations, solutions and pipelines.
 *
 * <p>An {@link org.alliancekit.model.pipeline.Opportunity} is a potential sale to one account. It
 * sits in a {@link org.alliancekit.model.pipeline.Stage} of some {@link
 * org.alliancekit.model.pipeline.StageModel} (presets in {@link
 * org.alliancekit.model.pipeline.StageModels}), names the parties involved and their {@link
 * org.alliancekit.model.pipeline.InvolvementRole}s, and records its {@link
 * org.alliancekit.model.pipeline.Origin}, so that partner-sourced business is told apart from
 * direct business. A {@link org.alliancekit.model.pipeline.Lead} is a prospect passed between
 * parties before it becomes an opportunity. A {@link org.alliancekit.model.pipeline.Pipeline} is
 * the snapshot of the opportunities and leads of one party, one relationship or one joint venture
 * on a given day.
 *
 * <p>The value types here are immutable, compare by value and are checked on construction. Rules
 * that need more context than one value holds, such as whether a stage belongs to the model a team
 * uses, are left to the functions that compute over these values.
 */
@AllianceStyle
package org.alliancekit.model.pipeline;

import org.alliancekit.model.AllianceStyle;
