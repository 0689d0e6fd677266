/**
 * Joint ventures: companies owned by two or more parents in agreed shares, which run a pipeline of
 * their own beside their parents'.
 */
@AllianceStyle
package org.alliancekit.model.venture;

import org.alliancekit.model.AllianceStyle;
