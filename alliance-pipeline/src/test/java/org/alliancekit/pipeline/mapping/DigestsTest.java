package org.alliancekit.pipeline.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DigestsTest {

  @Test
  void putReadsBigEndianWords() {
    byte[] digest = new byte[32];
    for (int i = 0; i < 32; i++) {
      digest[i] = (byte) (0xF0 + i);
    }
    long[] words = new long[8];
    Digests.put(digest, words, 1);
    assertEquals(0xF0F1F2F3F4F5F6F7L, words[4]);
    assertEquals(0x08090A0B0C0D0E0FL + 0xF0F0F0F0F0F0F0F0L, words[5]);
    assertEquals(
        "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f",
        Digests.key(words, 1).value());
  }

  @Test
  void ordersByUnsignedWordsThenLaterWords() {
    long[] words = {
      -1,
      0,
      0,
      0, // key 0: ff...
      1,
      0,
      0,
      2, // key 1
      1,
      0,
      0,
      1, // key 2
      0x7FFFFFFFFFFFFFFFL,
      0,
      0,
      0, // key 3
      1,
      0,
      0,
      1 // key 4, equal to key 2
    };
    int[] order = Digests.order(words, 5);
    // Keys 2 and 4 are equal and may come in either order.
    int first = order[0];
    assertTrue(first == 2 || first == 4, "first " + first);
    assertEquals(6, order[0] + order[1]);
    assertArrayEquals(new int[] {1, 3, 0}, new int[] {order[2], order[3], order[4]});
  }

  /**
   * The order is the order of the keys' texts, including keys that share their first word or its
   * high bits and keys that are equal.
   */
  @Property
  void orderIsTheOrderOfTheKeyTexts(@ForAll("words") long[] words) {
    int size = words.length / Digests.WORDS;
    int[] order = Digests.order(words, size);
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      expected.add(text(words, k));
    }
    expected.sort(Comparator.naturalOrder());
    List<String> actual = new ArrayList<>();
    for (int k : order) {
      actual.add(text(words, k));
    }
    assertEquals(expected, actual);
  }

  private static String text(long[] words, int k) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < Digests.WORDS; w++) {
      text.append(String.format("%016x", words[Digests.WORDS * k + w]));
    }
    return text.toString();
  }

  /** Keys drawn from a few words, so that first words, their high bits and whole keys repeat. */
  @Provide
  Arbitrary<long[]> words() {
    Arbitrary<Long> word =
        Arbitraries.oneOf(
            Arbitraries.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFL, 0x100L),
            Arbitraries.longs());
    return word.list()
        .ofSize(Digests.WORDS)
        .list()
        .ofMaxSize(40)
        .map(
            keys -> {
              long[] words = new long[Digests.WORDS * keys.size()];
              for (int k = 0; k < keys.size(); k++) {
                for (int w = 0; w < Digests.WORDS; w++) {
                  words[Digests.WORDS * k + w] = keys.get(k).get(w);
                }
              }
              return words;
            });
  }
}
