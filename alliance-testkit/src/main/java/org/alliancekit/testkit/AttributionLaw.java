package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The laws {@link AttributionModelLaws} checks, one property each. A model that does not claim a
 * law switches it off by listing it in {@link AttributionModelLaws#disabledLaws()}; the property
 * then shows as skipped, with the reason, rather than passing unchecked. A law also shows as
 * skipped, with its reason, when the {@linkplain AttributionModelLaws#inputs() inputs} give it
 * nothing to work with: no interchangeable players, no null players, no other order, no way to
 * rename.
 *
 * <p>Shares that a law expects to be equal are compared with {@link
 * AttributionModelLaws#equalShareTolerance}, {@value AttributionModelLaws#TOLERANCE} unless the
 * laws say otherwise; money is compared exactly, to the minor unit.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AttributionLaw {
  /**
   * The whole is shared, no more and no less: the shares sum to 1 within {@value
   * AttributionModelLaws#TOLERANCE} and credit only parties of the input (when the inputs name
   * them); the money split of any amount has the parts of exactly the shared parties, each in the
   * amount's currency and to its minor unit, adding up to the amount exactly, each within one minor
   * unit of the party's share of the amount.
   */
  EFFICIENCY("sharesAndMoneyAddUp"),

  /**
   * Interchangeable players, as the inputs name them, get equal shares, and money parts at most one
   * minor unit apart (the odd cent of a split must go to one of them); where the laws widen {@link
   * AttributionModelLaws#equalShareTolerance}, the parts may differ by that much of the amount
   * more.
   */
  SYMMETRY("interchangeablePlayersGetEqualShares"),

  /** Null players, as the inputs name them, get a share of zero and no money. */
  NULL_PLAYER("nullPlayersGetNothing"),

  /**
   * The same input given in another order (participants, paths, players), as the inputs produce it,
   * gets equal shares and exactly the same money split.
   */
  INDEPENDENT_OF_INPUT_ORDER("inputOrderDoesNotMatter"),

  /**
   * Names do not matter: swapping the names of two parties in the input, as the inputs do it, swaps
   * their shares and leaves every other share as it was. Money is not compared, since the odd minor
   * unit of a split may go by party id.
   */
  ANONYMITY("renamingPlayersRenamesTheirShares");

  private final String propertyName;

  AttributionLaw(String propertyName) {
    this.propertyName = propertyName;
  }

  /** The name of the {@link AttributionModelLaws} property method that checks this law. */
  public String propertyName() {
    return propertyName;
  }

  /**
   * Returns the law checked by the {@link AttributionModelLaws} property with the given name, if
   * any.
   */
  public static Optional<AttributionLaw> ofProperty(String propertyName) {
    checkNotNull(propertyName, "propertyName");
    for (AttributionLaw law : values()) {
      if (law.propertyName.equals(propertyName)) {
        return Optional.of(law);
      }
    }
    return Optional.empty();
  }
}
