/**
 * Runnable examples of AllianceKit and the {@code alliancekit} command-line tool. Each example has
 * a {@code main} method and a test that runs it.
 */
package org.alliancekit.examples;
