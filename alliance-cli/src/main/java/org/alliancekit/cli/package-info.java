/**
 * The {@code alliancekit} command-line tool ({@link org.alliancekit.cli.AllianceKitCli}): {@code
 * report} writes a portfolio report, {@code attribute} attributes journeys to partners by several
 * models, and {@code shapley} computes the Shapley values of a partner game. Exit codes are listed
 * in {@link org.alliancekit.cli.ExitCodes}.
 */
package org.alliancekit.cli;
