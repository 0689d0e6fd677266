package com.example.alliances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class TriageTest {
  @Test
  void theReadmeSampleGivesTheReadmeNumbers() throws Exception {
    assertEquals(50.0, Triage.overallPercent(), 1e-9);
    assertEquals(RelationshipId.of("small"), Triage.first());
    assertEquals(Money.of(714_285.71, "GBP"), Triage.uplift());
  }

  @Test
  void conversionAndJsonWorkWithoutMonetasHttpClient() throws Exception {
    assertEquals(Money.of(117, "EUR"), Triage.inEuro(Money.of(100, "GBP")));
    String json = Triage.json(Money.of(12.5, "EUR"));
    assertTrue(json.contains("EUR") && json.contains("12.5"), json);
  }
}
