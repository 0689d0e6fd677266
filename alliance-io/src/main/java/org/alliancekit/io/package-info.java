/**
 * AllianceKit input and output, the parts common to every format: {@link
 * org.alliancekit.io.ReadResult} (the values read plus every {@link
 * org.alliancekit.model.batch.Problem} met, with file, line, column and kind), the rows of a
 * portfolio that carry more than the model ({@link org.alliancekit.io.PartnerRow}, {@link
 * org.alliancekit.io.RelationshipRow}), fixed {@link org.alliancekit.model.money.ExchangeRates},
 * and {@link org.alliancekit.io.PortfolioData}, a whole portfolio read from a folder.
 *
 * <p>The formats live in {@code org.alliancekit.io.csv} and {@code org.alliancekit.io.json}.
 */
@AllianceStyle
package org.alliancekit.io;

import org.alliancekit.model.AllianceStyle;
