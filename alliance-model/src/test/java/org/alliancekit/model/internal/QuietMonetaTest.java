package org.alliancekit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class QuietMonetaTest {
  @Test
  void makingAValueRaisesMonetasContextLoggerToWarning() {
    RelationshipId.of("r-1");
    assertEquals(
        Level.WARNING,
        Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory").getLevel());
  }
}
