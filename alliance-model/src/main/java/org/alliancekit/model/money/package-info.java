/**
 * Money rules, each in one place: the digit limit of exact decimals ({@link
 * org.alliancekit.model.money.DecimalLimit}), rounding to a currency's minor unit ({@link
 * org.alliancekit.model.money.MinorUnits}), exact largest-remainder splits ({@link
 * org.alliancekit.model.money.Apportionment}), conversion by a rate with one rounding at the end
 * ({@link org.alliancekit.model.money.ExactConversion}) and exact sums per currency ({@link
 * org.alliancekit.model.money.Amounts}).
 *
 * <p>Every class here is a stateless utility of static methods, safe to call from any thread.
 * Amounts are computed exactly in {@link java.math.BigDecimal} and rounded at most once, at the
 * end, half to even.
 */
package org.alliancekit.model.money;
