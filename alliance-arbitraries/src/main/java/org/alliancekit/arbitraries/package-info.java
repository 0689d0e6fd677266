/**
 * jqwik arbitraries for the AllianceKit model types ({@link
 * org.alliancekit.arbitraries.ModelArbitraries}, also offered as the domain {@link
 * org.alliancekit.arbitraries.ModelDomain}) and the {@link org.alliancekit.arbitraries.Portfolio}
 * value that generated portfolios come in. They depend on the model only, so the tests of every
 * module can use them.
 *
 * <p>Add the module with test scope. Every generated value is valid by construction and shrinks
 * towards a small, readable case.
 */
@AllianceStyle
package org.alliancekit.arbitraries;

import org.alliancekit.model.AllianceStyle;
