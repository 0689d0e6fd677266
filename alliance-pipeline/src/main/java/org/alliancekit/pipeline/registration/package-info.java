/**
 * Deal registration decisions: which of several competing registrations of the same account or
 * opportunity holds it, and why.
 *
 * <p>A {@link org.alliancekit.pipeline.registration.RegistrationClaim} pairs a model {@link
 * org.alliancekit.model.pipeline.DealRegistration} with what it registers (a {@link
 * org.alliancekit.pipeline.registration.RegistrationTarget}). {@link
 * org.alliancekit.pipeline.registration.RegistrationDesk} applies {@link
 * org.alliancekit.pipeline.registration.RegistrationRules} (validity period, protection window,
 * whether approval is required) on a given day and returns one {@link
 * org.alliancekit.pipeline.registration.RegistrationDecision} per claim, each with a {@link
 * org.alliancekit.pipeline.registration.DecisionReason} and a message. Expired, rejected and
 * conflicting claims are reported like the others; none is dropped. {@link
 * org.alliancekit.pipeline.registration.RegistrationDesk#decideAll} does the same for the
 * registration records of a portfolio and gives each a {@link
 * org.alliancekit.pipeline.registration.Decision} (approved, rejected, expired or pending) in a
 * {@link org.alliancekit.pipeline.registration.RegistrationOutcome}.
 */
@AllianceStyle
package org.alliancekit.pipeline.registration;

import org.alliancekit.model.AllianceStyle;
