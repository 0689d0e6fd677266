package org.alliancekit.pipeline.sharing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The fields of a shared record whose treatment a {@link RecordPolicy} decides. Anything else a
 * shared record carries is listed on {@link RedactedOpportunity} and {@link RedactedLead}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SharedField {
  /**
   * The record's own id: the opportunity id or the lead id. A converted lead's reference to its
   * opportunity follows the opportunity policy's treatment of this field.
   */
  ID,
  /** The customer account: its id, name, country, industry and segment. */
  ACCOUNT,
  /** The opportunity's amount and currency. Leads have no amount. */
  AMOUNT,
  /**
   * The people and parties on the record: an opportunity's owner and involved parties, a lead's
   * source and the parties it was passed to.
   */
  CONTACTS,
  /** The opportunity's name, the free text describing the deal. Leads have no name. */
  NAME
}
