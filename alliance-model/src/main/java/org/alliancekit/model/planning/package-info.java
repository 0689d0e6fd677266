/**
 * Joint business plans: what the host and a partner set out to reach together in a period.
 *
 * <p>A {@link org.alliancekit.model.planning.BusinessPlan} belongs to one relationship and one
 * period and holds {@link org.alliancekit.model.planning.Objective}s, each a {@link
 * org.alliancekit.model.planning.PlanMetric} (won revenue, pipeline created, joint opportunities,
 * leads shared, certifications, campaigns run), an accountable party or both, and a target. The
 * verbs that measure a plan's attainment live in the {@code alliance-planning} module.
 */
@AllianceStyle
package org.alliancekit.model.planning;

import org.alliancekit.model.AllianceStyle;
