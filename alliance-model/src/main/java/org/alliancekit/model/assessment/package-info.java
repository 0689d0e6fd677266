/**
 * Assessments of a relationship against a factor catalog: rating scales, ratings (known or
 * explicitly unknown), and who assessed from which side.
 */
@AllianceStyle
package org.alliancekit.model.assessment;

import org.alliancekit.model.AllianceStyle;
