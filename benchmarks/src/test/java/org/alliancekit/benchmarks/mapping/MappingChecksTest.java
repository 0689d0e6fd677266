package org.alliancekit.benchmarks.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MappingChecksTest {
  @Test
  void mappingBenchmarkSetUpAcceptsAllThreeImplementations() {
    MappingBenchmark benchmark = new MappingBenchmark();
    benchmark.accounts = 5_000;
    benchmark.setUp();
  }

  @Test
  void sharedCompaniesAreWrittenDifferentlyOnTheTwoLists() {
    MappingData data = MappingData.generate(1_000, 0.3, MappingData.SEED);
    assertTrue(data.overlap() > 200 && data.overlap() < 400, "overlap " + data.overlap());
    assertEquals(
        data.overlap(), MappingBaseline.overlap(data.left(), data.right(), MappingData.SECRET));
  }

  @Test
  void longSetHoldsZeroAndCollidingKeys() {
    MappingBaseline.LongSet set = new MappingBaseline.LongSet(4);
    set.add(0);
    set.add(1L << 40);
    set.add(1L << 41);
    set.add(-1);
    assertTrue(set.contains(0));
    assertTrue(set.contains(1L << 40));
    assertTrue(set.contains(1L << 41));
    assertTrue(set.contains(-1));
    assertFalse(set.contains(1L << 42));
  }
}
