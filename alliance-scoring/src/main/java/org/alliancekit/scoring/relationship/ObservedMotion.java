package org.alliancekit.scoring.relationship;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The sales motion that a relationship's records show, as {@link MotionObserver} reads it: one of
 * the three {@link MotionKind}s, or {@link #UNDETERMINED} when the records are too few or point
 * nowhere in particular.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ObservedMotion {
  /** The records show an alliance: opportunities shared both ways and co-sold. */
  SELL_WITH(MotionKind.SELL_WITH),

  /** The records show one side selling to the other as a buyer. */
  SELL_TO(MotionKind.SELL_TO),

  /** The records show one side acting as the other's channel. */
  SELL_THROUGH(MotionKind.SELL_THROUGH),

  /** The records are too few, or support no one motion more than every other. */
  UNDETERMINED(null);

  private final Optional<MotionKind> motion;

  ObservedMotion(MotionKind motion) {
    this.motion = Optional.ofNullable(motion);
  }

  /** The motion observed; empty for {@link #UNDETERMINED}. */
  public Optional<MotionKind> motion() {
    return motion;
  }

  /** The motion's label, such as "sell-with", or "undetermined". */
  public String label() {
    return motion.map(MotionKind::label).orElse("undetermined");
  }
}
