package org.alliancekit.pipeline.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingCellTest {

  @Test
  void mirrorSwapsTheSidesAndIsItsOwnInverse() {
    assertEquals(
        MappingCell.PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT,
        MappingCell.CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT.mirror());
    assertEquals(MappingCell.RIGHT_ONLY, MappingCell.LEFT_ONLY.mirror());
    assertEquals(MappingCell.CUSTOMER_OF_BOTH, MappingCell.CUSTOMER_OF_BOTH.mirror());
    for (MappingCell cell : MappingCell.values()) {
      assertEquals(cell, cell.mirror().mirror());
    }
  }

  @Test
  void onlyTheOneSidedCellsAreNotShared() {
    assertEquals(
        List.of(true, true, true, true, false, false),
        Arrays.stream(MappingCell.values()).map(MappingCell::isShared).toList());
  }

  @Test
  void cellFollowsTheStatusOnEachSide() {
    Optional<AccountStatus> customer = Optional.of(AccountStatus.CUSTOMER);
    Optional<AccountStatus> prospect = Optional.of(AccountStatus.PROSPECT);
    assertEquals(MappingCell.CUSTOMER_OF_BOTH, MappingCell.of(customer, customer));
    assertEquals(
        MappingCell.CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT, MappingCell.of(customer, prospect));
    assertEquals(
        MappingCell.PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT, MappingCell.of(prospect, customer));
    assertEquals(MappingCell.PROSPECT_OF_BOTH, MappingCell.of(prospect, prospect));
    assertEquals(MappingCell.LEFT_ONLY, MappingCell.of(prospect, Optional.empty()));
    assertEquals(MappingCell.RIGHT_ONLY, MappingCell.of(Optional.empty(), customer));
  }
}
