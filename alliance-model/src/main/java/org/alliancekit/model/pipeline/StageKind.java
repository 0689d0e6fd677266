package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Whether a {@link Stage} is still being worked or closes the opportunity, and how.
 *
 * <p>An {@link #OPEN} stage carries a win probability between 0 and 1; a {@link #WON} stage always
 * has probability 1 and a {@link #LOST} stage always 0.
 */
@API(status = STABLE, since = "0.1")
public enum StageKind {
  /** The opportunity is still being pursued. */
  OPEN,
  /** The opportunity closed with a sale. */
  WON,
  /** The opportunity closed without a sale, lost to a competitor, to no decision or abandoned. */
  LOST;

  /** Whether this kind closes the opportunity: {@link #WON} or {@link #LOST}. */
  public boolean isClosed() {
    return this != OPEN;
  }
}
