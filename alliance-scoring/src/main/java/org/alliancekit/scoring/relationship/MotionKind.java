package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.apiguardian.api.API;

/** The kind of a {@link SalesMotion}, without its attributes. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MotionKind {
  /** The alliance sale: both sides work the deal together ({@link SellWith}). */
  SELL_WITH("sell-with"),

  /** One side sells, the other buys ({@link SellTo}). */
  SELL_TO("sell-to"),

  /** One side is the other's route to market ({@link SellThrough}). */
  SELL_THROUGH("sell-through");

  private final String label;

  MotionKind(String label) {
    this.label = label;
  }

  /** The kind's name in text, such as "sell-with". */
  public String label() {
    return label;
  }

  /** Returns the kind of the given motion. */
  public static MotionKind of(SalesMotion motion) {
    checkNotNull(motion, "motion");
    if (motion instanceof SellWith) {
      return SELL_WITH;
    }
    if (motion instanceof SellTo) {
      return SELL_TO;
    }
    return SELL_THROUGH;
  }
}
