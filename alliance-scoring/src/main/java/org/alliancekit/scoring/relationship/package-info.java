/**
 * Checks on relationships: which sales motion two parties actually follow, whatever their agreement
 * says, and where a relationship is exposed to conflict, imbalance or weak governance.
 *
 * <p>{@link org.alliancekit.scoring.relationship.MotionClassifier} reads a {@link
 * org.alliancekit.scoring.relationship.RelationshipBehaviour} (who shares leads and opportunities,
 * who works deals jointly, who pays whom for access) and names the motion it shows, with the
 * evidence; that is the caller-counts variant. {@link
 * org.alliancekit.scoring.relationship.MotionObserver} reads the motion from the leads and
 * opportunities themselves over the twelve months up to an as-of date, as a {@link
 * org.alliancekit.scoring.relationship.MotionObservation}. {@link
 * org.alliancekit.scoring.relationship.RelationshipChecks} turns relationships, their parties and
 * account engagements into {@link org.alliancekit.scoring.relationship.Finding}s: channel conflict,
 * unbalanced alliances, missing governance and motions that differ from what was declared; its
 * record checks read the records of a relationship or partner on an as-of date: governance given on
 * one side only, overdue reviews, expired and expiring competencies.
 */
@AllianceStyle
package org.alliancekit.scoring.relationship;

import org.alliancekit.model.AllianceStyle;
