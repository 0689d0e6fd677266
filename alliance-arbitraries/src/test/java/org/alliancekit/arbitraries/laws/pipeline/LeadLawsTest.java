package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadStatus;

/** Laws of {@link Lead}, on generated leads. */
class LeadLawsTest {
  /** A day before every generated lead was received. */
  private static final LocalDate BEFORE_ANY = LocalDate.of(2019, 12, 31);

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("leads") Lead lead) {
    assertEquals(lead, Lead.builder().from(lead).build());
  }

  @Property
  void withReceivedRoundTrips(@ForAll("leads") Lead lead) {
    Lead moved = lead.withReceived(BEFORE_ANY);
    assertEquals(lead.status(), moved.status());
    assertEquals(lead, moved.withReceived(lead.received()));
  }

  @Property
  void convertedOpportunityIsPresentExactlyWhenConverted(@ForAll("leads") Lead lead) {
    assertEquals(lead.status() == LeadStatus.CONVERTED, lead.convertedOpportunity().isPresent());
  }

  @Provide
  Arbitrary<Lead> leads() {
    return ModelArbitraries.leads();
  }
}
