/**
 * Pipeline nouns: opportunities and the parties involved in them, leads, stages and stage models,
 * deal registrations, solutions and pipelines.
 */
@AllianceStyle
package org.alliancekit.model.pipeline;

import org.alliancekit.model.AllianceStyle;
