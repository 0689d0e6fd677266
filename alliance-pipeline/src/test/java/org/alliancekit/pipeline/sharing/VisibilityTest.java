package org.alliancekit.pipeline.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityTest {

  @Test
  void levelsShowCountsFromCountsOnlyAndRecordsFromOverlappingAccounts() {
    assertEquals(
        List.of(false, true, true, true),
        Arrays.stream(Visibility.values()).map(Visibility::showsCounts).toList());
    assertEquals(
        List.of(false, false, true, true),
        Arrays.stream(Visibility.values()).map(Visibility::showsRecords).toList());
  }

  @Test
  void levelsAreOrderedFromNothingToFull() {
    assertEquals(
        List.of(
            Visibility.NOTHING,
            Visibility.COUNTS_ONLY,
            Visibility.OVERLAPPING_ACCOUNTS,
            Visibility.FULL),
        List.of(Visibility.values()));
  }
}
