package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where an opportunity stands: still open, won or lost. It follows from the {@link StageKind} of
 * the opportunity's current stage (see {@link Opportunity#outcome()}).
 */
@API(status = STABLE, since = "0.1")
public enum Outcome {
  /** Not yet decided. */
  OPEN,
  /** Closed with a sale. */
  WON,
  /** Closed without a sale. */
  LOST;

  /** Returns the outcome of an opportunity whose current stage is of the given kind. */
  public static Outcome of(StageKind kind) {
    checkNotNull(kind, "kind");
    switch (kind) {
      case WON:
        return WON;
      case LOST:
        return LOST;
      default:
        return OPEN;
    }
  }

  /** Whether the opportunity is closed: {@link #WON} or {@link #LOST}. */
  public boolean isClosed() {
    return this != OPEN;
  }
}
