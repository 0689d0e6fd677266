package org.alliancekit.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.alliancekit.model.Testers;
import org.junit.jupiter.api.Test;

class CompetencyTest {
  private static final PartnerId VENDOR = PartnerId.of("vendor");

  @Test
  void validUpToAndIncludingExpiry() {
    Competency c =
        Competency.of("Cloud Migration", CompetencyLevel.EXPERT, VENDOR, LocalDate.of(2026, 6, 30));
    assertTrue(c.isValidOn(LocalDate.of(2026, 6, 30)));
    assertFalse(c.isValidOn(LocalDate.of(2026, 7, 1)));
    assertTrue(Competency.of("Data", CompetencyLevel.FOUNDATION, VENDOR).isValidOn(LocalDate.MAX));
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Competency.of("", CompetencyLevel.ADVANCED, VENDOR));
    assertEquals("competency name '' must not be blank", e.getMessage());
  }

  @Test
  void equalityAndNulls() {
    Competency c = Competency.of("Data", CompetencyLevel.ADVANCED, VENDOR);
    new EqualsTester()
        .addEqualityGroup(c, Competency.of("Data", CompetencyLevel.ADVANCED, VENDOR))
        .addEqualityGroup(c.withLevel(CompetencyLevel.EXPERT))
        .addEqualityGroup(c.withExpires(LocalDate.of(2027, 1, 1)))
        .addEqualityGroup(c.withIssuer(PartnerId.of("other")))
        .testEquals();
    Testers.nullPointerTester().testAllPublicStaticMethods(Competency.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(c);
  }
}
