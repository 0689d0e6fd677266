/**
 * Assessments of a relationship against a factor catalog.
 *
 * <p>An {@link org.alliancekit.model.assessment.Assessment} records who assessed a relationship
 * ({@link org.alliancekit.model.assessment.Assessor}), from which {@link
 * org.alliancekit.model.assessment.Side}, on what date, and the {@link
 * org.alliancekit.model.assessment.Rating}s given to the factors of a {@link
 * org.alliancekit.model.factor.FactorCatalog}. A rating is a value on the assessment's {@link
 * org.alliancekit.model.assessment.RatingScale} or explicitly unknown. Every scale maps its values
 * onto [0, 1] with {@link org.alliancekit.model.assessment.RatingScale#normalize(double)}, so
 * assessments given on different scales can be compared.
 */
@AllianceStyle
package org.alliancekit.model.assessment;

import org.alliancekit.model.AllianceStyle;
