/**
 * Comparing several pipelines that overlap: which opportunities sit in which pipelines, and what
 * the differences point to.
 *
 * <p>An alliance with a joint venture has more than one pipeline: the one the alliance partners
 * share, the joint venture's own, and the one the joint venture shares with each parent. Laid side
 * by side they show how far the alliance reaches beyond the joint venture, how much the joint
 * venture adds beyond what the parents share directly, and which live deals the parties could team
 * on, hand over or leave to the joint venture. {@link
 * org.alliancekit.pipeline.comparison.PipelineComparison} matches opportunities across named
 * pipelines by {@link org.alliancekit.model.pipeline.OpportunityId} and returns a {@link
 * org.alliancekit.pipeline.comparison.PipelineOverlap}: every non-empty region of the Venn diagram
 * with its count and value per currency, queries for what lies in one pipeline and not in others,
 * and a short list of {@link org.alliancekit.pipeline.comparison.Pointer}s.
 */
@AllianceStyle
package org.alliancekit.pipeline.comparison;

import org.alliancekit.model.AllianceStyle;
