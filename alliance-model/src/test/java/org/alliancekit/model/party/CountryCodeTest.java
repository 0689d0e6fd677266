package org.alliancekit.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.alliancekit.model.Testers;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

  @Test
  void acceptsIsoAlpha2Codes() {
    assertEquals("GB", CountryCode.of("GB").alpha2());
    assertEquals("DE", CountryCode.of("DE").toString());
  }

  @Test
  void parseIgnoresCaseAndSurroundingSpace() {
    assertEquals(CountryCode.of("GB"), CountryCode.parse(" gb "));
  }

  @Test
  void rejectsUnknownCode() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of("XX"));
    assertEquals("country code 'XX' is not an upper-case ISO 3166-1 alpha-2 code", e.getMessage());
  }

  @Test
  void rejectsLowerCaseInOfButNotInParse() {
    assertThrows(IllegalArgumentException.class, () -> CountryCode.of("gb"));
    assertEquals(CountryCode.of("GB"), CountryCode.parse("gb"));
  }

  @Test
  void rejectsAlpha3Code() {
    assertThrows(IllegalArgumentException.class, () -> CountryCode.parse("GBR"));
  }

  @Test
  void ordersAlphabeticallyByCode() {
    assertTrue(CountryCode.of("DE").compareTo(CountryCode.of("GB")) < 0);
    assertTrue(CountryCode.of("US").compareTo(CountryCode.of("GB")) > 0);
    assertEquals(0, CountryCode.of("GB").compareTo(CountryCode.parse("gb")));
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("GB"), CountryCode.parse("gb"))
        .addEqualityGroup(CountryCode.of("US"))
        .testEquals();
    Testers.nullPointerTester().testAllPublicStaticMethods(CountryCode.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(CountryCode.of("GB"));
  }
}
