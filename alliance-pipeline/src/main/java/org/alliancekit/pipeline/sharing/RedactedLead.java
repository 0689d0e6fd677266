package org.alliancekit.pipeline.sharing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One lead as a {@link SharingPolicy} lets a viewer see it.
 *
 * <p>Each {@link SharedField} a lead has (id, account, contacts) appears as a value, as a pseudonym
 * or not at all; never both. The received date and the status are always shown for a lead that is
 * in the view. The opportunity a converted lead became is named only when that opportunity is
 * itself in the view, and then as the opportunity policy treats opportunity ids.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RedactedLead implements WithRedactedLead {
  RedactedLead() {}

  /** The lead id, when {@link SharedField#ID} is shown. */
  public abstract Optional<LeadId> id();

  /** The pseudonym of the lead id, when {@link SharedField#ID} is pseudonymised. */
  public abstract Optional<String> idPseudonym();

  /** The prospective customer, when {@link SharedField#ACCOUNT} is shown. */
  public abstract Optional<Account> account();

  /** The pseudonym of the account id, when {@link SharedField#ACCOUNT} is pseudonymised. */
  public abstract Optional<String> accountPseudonym();

  /** The party that found the lead, when {@link SharedField#CONTACTS} is shown. */
  public abstract Optional<PartnerId> source();

  /** The parties the lead was passed to, when {@link SharedField#CONTACTS} is shown. */
  public abstract ImmutableSet<PartnerId> sharedWith();

  /** The pseudonym of the source, when {@link SharedField#CONTACTS} is pseudonymised. */
  public abstract Optional<String> sourcePseudonym();

  /**
   * The pseudonyms of the parties the lead was passed to, when {@link SharedField#CONTACTS} is
   * pseudonymised.
   */
  public abstract ImmutableSet<String> sharedWithPseudonyms();

  /** The day the lead was received. */
  public abstract LocalDate received();

  /** Where the lead stands. */
  public abstract LeadStatus status();

  /**
   * The opportunity the lead became, when it is in the view and the opportunity policy shows
   * opportunity ids.
   */
  public abstract Optional<OpportunityId> convertedOpportunity();

  /**
   * The pseudonym of the opportunity the lead became, when it is in the view and the opportunity
   * policy pseudonymises opportunity ids; equal to that opportunity's {@link
   * RedactedOpportunity#idPseudonym()}.
   */
  public abstract Optional<String> convertedOpportunityPseudonym();

  /** Returns a new builder; the received date and the status are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RedactedLead}; {@code build()} rejects a field given both as a value and as a
   * pseudonym.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableRedactedLead.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String record = "redacted lead";
    Views.eitherOr(record, "id", id(), idPseudonym());
    Views.eitherOr(record, "account", account(), accountPseudonym());
    Views.eitherOr(record, "source", source(), sourcePseudonym());
    Views.eitherOr(
        record, "converted opportunity", convertedOpportunity(), convertedOpportunityPseudonym());
    Views.onlyWith(record, "parties shared with", sharedWith(), source(), "source");
    Views.onlyWith(
        record,
        "pseudonyms of parties shared with",
        sharedWithPseudonyms(),
        sourcePseudonym(),
        "source pseudonym");
  }
}
