/**
 * Benchmarks of the attribution models: exact Shapley values for 5 to 20 players, sampled Shapley
 * values for 30 and 60 players at a fixed number of permutations, a money-exact role-weighted split
 * of a million deals (against a hand-written long-minor-units baseline) and exact Markov removal
 * effects over 100,000 journeys.
 *
 * <p>The games, deals and journeys come from generators with fixed seeds ({@link
 * org.alliancekit.benchmarks.attribution.AttributionData}). Each benchmark checks its result before
 * timing: the Shapley game has a closed-form answer, the role split is compared with the baseline
 * to the minor unit, and the Markov chain's conversion probability must equal the journeys'
 * conversion rate.
 */
package org.alliancekit.benchmarks.attribution;
