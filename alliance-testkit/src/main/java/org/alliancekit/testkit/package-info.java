/**
 * Property-testing support for AllianceKit: jqwik arbitraries for the model types and for the
 * inputs of attribution models ({@link org.alliancekit.testkit.AllianceArbitraries}, also offered
 * as the domain {@link org.alliancekit.testkit.AllianceDomain}), the {@link
 * org.alliancekit.testkit.Game} that generated cooperative games come in, and laws as contract
 * interfaces that a user's scoring rule ({@link org.alliancekit.testkit.ScoringRuleLaws}) or
 * attribution model ({@link org.alliancekit.testkit.AttributionModelLaws}, run on {@link
 * org.alliancekit.testkit.AttributionInputs}) must satisfy. The arbitraries of the model types come
 * from module {@code alliance-arbitraries} (package {@code org.alliancekit.arbitraries}).
 *
 * <p>Add the module with test scope. Every generated value is valid by construction and shrinks
 * towards a small, readable case.
 */
@AllianceStyle
package org.alliancekit.testkit;

import org.alliancekit.model.AllianceStyle;
