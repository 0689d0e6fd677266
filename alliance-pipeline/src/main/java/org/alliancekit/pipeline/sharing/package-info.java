/**
 * Sharing a pipeline with another party under a privacy policy.
 *
 * <p>What two parties show each other of their pipelines, and how, says what kind of relationship
 * they have: a party that hands over leads and gets opportunities back is treated as a channel,
 * while partners who each put the opportunities they find on the table and work them together
 * behave as an alliance. A {@link org.alliancekit.pipeline.sharing.SharingPolicy} therefore sets
 * two {@link org.alliancekit.pipeline.sharing.RecordPolicy record policies}, one for opportunities
 * and one for leads. Each names a {@link org.alliancekit.pipeline.sharing.Visibility} (nothing,
 * counts only, records on accounts both parties have, or every record) and, per {@link
 * org.alliancekit.pipeline.sharing.SharedField}, whether the field is shown, hidden or replaced by
 * a pseudonym.
 *
 * <p>{@link org.alliancekit.pipeline.sharing.PipelineSharing#share PipelineSharing.share} applies a
 * policy to a {@link org.alliancekit.model.pipeline.Pipeline} and returns a {@link
 * org.alliancekit.pipeline.sharing.RedactedPipeline}: a view of its own types that holds nothing
 * the policy does not allow.
 *
 * <p>Pseudonyms are keyed HMAC-SHA256 digests: the same value under the same key always gets the
 * same pseudonym, so a viewer can join records on equal pseudonyms (the same account seen in two
 * shared pipelines, or a lead and the opportunity it became) without learning the value itself.
 */
@AllianceStyle
package org.alliancekit.pipeline.sharing;

import org.alliancekit.model.AllianceStyle;
