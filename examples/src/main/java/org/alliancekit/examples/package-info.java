/**
 * Runnable examples of AllianceKit: a quick start, a scoring rule of one's own, co-sell
 * attribution, joint-venture pipelines and a CRM import. Each example has a {@code main} method and
 * a test that runs it.
 */
package org.alliancekit.examples;
