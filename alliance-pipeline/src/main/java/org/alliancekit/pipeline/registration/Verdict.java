package org.alliancekit.pipeline.registration;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The outcome of a {@link RegistrationDecision}, whatever its reason. */
@API(status = STABLE, since = "0.1")
public enum Verdict {
  /** The claim holds the target. */
  GRANTED,
  /** The claim does not hold the target and will not as things stand. */
  DENIED,
  /** The claim awaits the programme's approval. */
  WAITING
}
