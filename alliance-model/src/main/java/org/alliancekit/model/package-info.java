/**
 * AllianceKit's model: immutable value types for alliance and partner sales, one sub-package per
 * concept.
 *
 * <ul>
 *   <li>{@link org.alliancekit.model.party}: partners, their kinds, sizes and competencies, and end
 *       customer accounts;
 *   <li>{@link org.alliancekit.model.relationship}: relationships between a host and a partner and
 *       their sales motion (sell-with, sell-to, sell-through);
 *   <li>{@link org.alliancekit.model.venture}: joint ventures and their owners;
 *   <li>{@link org.alliancekit.model.network}: partner networks;
 *   <li>{@link org.alliancekit.model.factor}: success factors and the standard catalogs;
 *   <li>{@link org.alliancekit.model.assessment}: rating scales, ratings and assessments;
 *   <li>{@link org.alliancekit.model.pipeline}: opportunities, leads, stages and pipelines;
 *   <li>{@link org.alliancekit.model.programme}: a partner programme's tiers, assigned tiers,
 *       incentives and the competencies solutions need;
 *   <li>{@link org.alliancekit.model.planning}: joint business plans and their objectives;
 *   <li>{@link org.alliancekit.model.marketing}: joint marketing budgets, fund requests and claims,
 *       campaigns and mind-share surveys;
 *   <li>{@link org.alliancekit.model.batch}: per-row results and problems of batch work;
 *   <li>{@link org.alliancekit.model.money}: the money rules: digit limit, rounding to a minor
 *       unit, exact splits and conversion.
 * </ul>
 *
 * <p>Every value type is immutable and thread-safe, validated when it is built, and never holds or
 * returns {@code null}: absent values are {@link java.util.Optional}.
 */
package org.alliancekit.model;
