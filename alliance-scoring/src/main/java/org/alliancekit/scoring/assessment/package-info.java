/**
 * Scoring assessments: a {@link org.alliancekit.scoring.assessment.ScoringRule} turns an {@link
 * org.alliancekit.model.assessment.Assessment} into a {@link
 * org.alliancekit.scoring.assessment.Score}, the best-practice score of the relationship with one
 * {@link org.alliancekit.scoring.assessment.CategoryScore} per alignment area.
 *
 * <p>Ratings are first normalised to [0, 1] by their scale ({@link
 * org.alliancekit.model.assessment.RatingScale#normalize(double)}): on a numeric scale {@code
 * min..max} a rating {@code v} becomes {@code (v - min) / (max - min)}, so on 1..5 a 1 is 0 and a 5
 * is 1; on an anchored scale a rating becomes its anchor's fraction. What happens to factors rated
 * as unknown, or not rated at all, is the rule's {@link
 * org.alliancekit.scoring.assessment.MissingRatingPolicy}; they are never silently scored as zero.
 */
@AllianceStyle
package org.alliancekit.scoring.assessment;

import org.alliancekit.model.AllianceStyle;
