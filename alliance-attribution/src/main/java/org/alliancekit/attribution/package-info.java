/**
 * Attribution: who gets credit for a deal worked by several partners, and how much.
 *
 * <p>Companies find it hard to tell business a partner brought from business they found themselves,
 * and harder still to say what each of several partners contributed. This package makes both
 * computable, as pure functions over small input values of its own:
 *
 * <ul>
 *   <li><b>Classification</b> ({@link org.alliancekit.attribution.credit.CreditClassifier}):
 *       partner-sourced, partner-influenced or direct, per opportunity and over a portfolio, with
 *       sourced credit (exclusive) and influenced credit (not exclusive) kept apart.
 *   <li><b>Attribution models</b> ({@link org.alliancekit.attribution.AttributionModel}): shares
 *       that sum to one and exact money splits, by role weights, by touches of one journey, by
 *       Shapley value of a cooperative game, and over many journeys by exact Markov removal effects
 *       or the simplified Shapley method.
 *   <li><b>Value stacking</b> ({@link org.alliancekit.attribution.stacking.ValueStacking}): resale
 *       margin, joint go-to-market value and platform contribution of one deal, per partner.
 * </ul>
 *
 * <p>Money is split exactly: parts add up to the whole to the currency's minor unit, by the largest
 * remainder method with a fixed tie-break, and rounding happens once, at the end. Fractions and
 * model values are doubles; no result is NaN.
 */
@AllianceStyle
package org.alliancekit.attribution;

import org.alliancekit.model.AllianceStyle;
