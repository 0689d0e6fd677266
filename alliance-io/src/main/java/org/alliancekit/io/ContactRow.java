package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;

/**
 * A row of {@code contacts.csv}: a person named on an opportunity or on a lead (exactly one of the
 * two). The rows of one record, in order, are its {@link
 * org.alliancekit.model.pipeline.Opportunity#contacts() contacts}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param opportunity the opportunity the contact is named on, or empty for a lead's contact
 * @param lead the lead the contact is named on, or empty for an opportunity's contact
 * @param contact the person
 */
@API(status = STABLE, since = "0.1")
public record ContactRow(
    Optional<OpportunityId> opportunity, Optional<LeadId> lead, Contact contact) {

  /**
   * Checks that exactly one of the opportunity and the lead is given.
   *
   * @throws IllegalArgumentException if both or neither are given
   */
  public ContactRow {
    checkNotNull(opportunity, "opportunity");
    checkNotNull(lead, "lead");
    checkNotNull(contact, "contact");
    checkArgument(
        opportunity.isPresent() != lead.isPresent(),
        "contact %s must name exactly one opportunity or lead, not %s",
        contact.name(),
        opportunity.isPresent() ? "both" : "neither");
  }

  /** Returns the row of a contact named on an opportunity. */
  public static ContactRow of(OpportunityId opportunity, Contact contact) {
    return new ContactRow(Optional.of(opportunity), Optional.empty(), contact);
  }

  /** Returns the row of a contact named on a lead. */
  public static ContactRow of(LeadId lead, Contact contact) {
    return new ContactRow(Optional.empty(), Optional.of(lead), contact);
  }
}
