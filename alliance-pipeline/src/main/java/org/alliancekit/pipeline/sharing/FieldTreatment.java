package org.alliancekit.pipeline.sharing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What happens to one field of a shared record. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FieldTreatment {
  /** The value is shown as it is. */
  SHOW,
  /** The value is left out of the view. */
  HIDE,
  /**
   * The value is replaced by a keyed pseudonym: the viewer can tell equal values apart from
   * different ones (and join on them) but cannot read the value.
   */
  PSEUDONYMISE
}
