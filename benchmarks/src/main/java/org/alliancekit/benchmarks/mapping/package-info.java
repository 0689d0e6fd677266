/**
 * The account-mapping benchmark: the overlap of two lists of a million accounts each on keyed
 * HMAC-SHA256 match keys, by the library's key exchange and full account mapping, against a
 * hand-written loop over {@code javax.crypto} and an open-addressing set of 64-bit key prefixes
 * (the baseline). Every implementation hashes both lists inside the timed work.
 *
 * <p>The lists come from a generator with a fixed seed ({@link
 * org.alliancekit.benchmarks.mapping.MappingData}); before timing, every implementation must count
 * the generator's overlap.
 */
package org.alliancekit.benchmarks.mapping;
