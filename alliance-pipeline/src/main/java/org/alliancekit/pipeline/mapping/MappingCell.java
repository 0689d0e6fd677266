package org.alliancekit.pipeline.mapping;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a matched group of accounts falls when two parties' account books are laid side by side.
 * The two parties are called left and right, in the order they were given.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MappingCell {
  /** A customer of both parties. */
  CUSTOMER_OF_BOTH,
  /** A customer of the left party and a prospect of the right one. */
  CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT,
  /** A prospect of the left party and a customer of the right one. */
  PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT,
  /** A prospect of both parties. */
  PROSPECT_OF_BOTH,
  /** Listed by the left party only. */
  LEFT_ONLY,
  /** Listed by the right party only. */
  RIGHT_ONLY;

  /** Whether both parties list the account. */
  public boolean isShared() {
    return this != LEFT_ONLY && this != RIGHT_ONLY;
  }

  /** The cell the same accounts fall in when left and right are swapped. */
  public MappingCell mirror() {
    return switch (this) {
      case CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT -> PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT;
      case PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT -> CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT;
      case LEFT_ONLY -> RIGHT_ONLY;
      case RIGHT_ONLY -> LEFT_ONLY;
      default -> this;
    };
  }

  /**
   * Returns the cell of a group of accounts with the given status on each side; an empty status
   * means the side does not list the accounts. At least one side must list them.
   */
  static MappingCell of(Optional<AccountStatus> left, Optional<AccountStatus> right) {
    if (left.isEmpty()) {
      return RIGHT_ONLY;
    }
    if (right.isEmpty()) {
      return LEFT_ONLY;
    }
    boolean leftCustomer = left.get() == AccountStatus.CUSTOMER;
    boolean rightCustomer = right.get() == AccountStatus.CUSTOMER;
    if (leftCustomer) {
      return rightCustomer ? CUSTOMER_OF_BOTH : CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT;
    }
    return rightCustomer ? PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT : PROSPECT_OF_BOTH;
  }
}
