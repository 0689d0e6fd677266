package org.alliancekit.pipeline.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.HexFormat;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MatchKeyTest {

  @Test
  void comparesByText() {
    assertTrue(MatchKey.of("domain:x").compareTo(MatchKey.of("name:x")) < 0);
    assertEquals("name:x", MatchKey.of("name:x").toString());
  }

  @Test
  void rejectsBlankKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MatchKey.of("  "));
    assertEquals("match key '  ' must not be blank", e.getMessage());
  }

  @Test
  void equalityIsByText() {
    new EqualsTester()
        .addEqualityGroup(MatchKey.of("a"), new MatchKey("a"))
        .addEqualityGroup(MatchKey.of("b"))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(MatchKey.class);
  }

  @Test
  void digestKeySpellsItsBytesInLowercaseHexadecimal() {
    MatchKey key = MatchKey.ofWords(0x0123456789ABCDEFL, 0xFEDCBA9876543210L, 0L, -1L);
    String text = "0123456789abcdef" + "fedcba9876543210" + "0000000000000000" + "ffffffffffffffff";
    assertEquals(text, key.value());
    assertEquals(text, key.toString());
    new EqualsTester()
        .addEqualityGroup(key, MatchKey.of(text), new MatchKey(text))
        .addEqualityGroup(MatchKey.of(text.toUpperCase(Locale.ROOT)))
        .addEqualityGroup(MatchKey.of(text.substring(1)))
        .testEquals();
  }

  @Test
  void digestKeysCompareAsTheirTextsUnsigned() {
    // 0x80... is larger than 0x7f... as text ("8" after "7") though smaller as a signed long.
    MatchKey high = MatchKey.ofWords(0x8000000000000000L, 0, 0, 0);
    MatchKey low = MatchKey.ofWords(0x7FFFFFFFFFFFFFFFL, -1, -1, -1);
    assertTrue(low.compareTo(high) < 0);
    assertTrue(high.compareTo(low) > 0);
    assertTrue(MatchKey.ofWords(1, 2, 3, 4).compareTo(MatchKey.ofWords(1, 2, 3, 5)) < 0);
    assertEquals(
        0,
        MatchKey.ofWords(1, 2, 3, 4).compareTo(MatchKey.of(MatchKey.ofWords(1, 2, 3, 4).value())));
    // Against a plain key, by text: "name:..." sorts after every digit and after "a" to "f".
    assertTrue(high.compareTo(MatchKey.of("name:x")) < 0);
    assertTrue(MatchKey.of("0").compareTo(low) < 0);
  }

  /** A key made from bytes is the key made from its text: equal, same hash, same order. */
  @Property
  void digestKeysBehaveAsTheirTexts(
      @ForAll @Size(32) byte[] a, @ForAll @Size(32) byte[] b, @ForAll("texts") String text) {
    String aText = HexFormat.of().formatHex(a);
    String bText = HexFormat.of().formatHex(b);
    MatchKey aKey = words(a);
    MatchKey bKey = words(b);
    assertEquals(aText, aKey.value());
    assertEquals(MatchKey.of(aText), aKey);
    assertEquals(MatchKey.of(aText).hashCode(), aKey.hashCode());
    assertEquals(Integer.signum(aText.compareTo(bText)), Integer.signum(aKey.compareTo(bKey)));
    assertEquals(aText.equals(bText), aKey.equals(bKey));
    MatchKey other = MatchKey.of(text);
    assertEquals(Integer.signum(aText.compareTo(text)), Integer.signum(aKey.compareTo(other)));
    assertEquals(Integer.signum(text.compareTo(aText)), Integer.signum(other.compareTo(aKey)));
    assertEquals(aText.equals(text), aKey.equals(other));
  }

  /** Texts near digests: hexadecimal of other lengths or case, and ordinary tagged texts. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(1).ofMaxLength(66),
        Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(64),
        Arbitraries.strings().alpha().numeric().withChars(':').ofMinLength(1).ofMaxLength(20));
  }

  static MatchKey words(byte[] bytes) {
    long[] words = new long[4];
    for (int i = 0; i < 32; i++) {
      words[i / 8] = (words[i / 8] << 8) | (bytes[i] & 0xFF);
    }
    return MatchKey.ofWords(words[0], words[1], words[2], words[3]);
  }
}
