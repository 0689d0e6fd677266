package org.alliancekit.pipeline.sharing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.pipeline.Stage;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One opportunity as a {@link SharingPolicy} lets a viewer see it.
 *
 * <p>Each {@link SharedField} appears as a value (when shown), as a pseudonym (when pseudonymised)
 * or not at all (when hidden); never both. The stage, the creation and expected close dates and the
 * origin are always shown for a record that is in the view: they say where the deal stands, not
 * whose it is or what it is worth. The deal registration, the solution and the stage history are
 * never part of the view.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RedactedOpportunity implements WithRedactedOpportunity {
  RedactedOpportunity() {}

  /** The opportunity id, when {@link SharedField#ID} is shown. */
  public abstract Optional<OpportunityId> id();

  /** The pseudonym of the opportunity id, when {@link SharedField#ID} is pseudonymised. */
  public abstract Optional<String> idPseudonym();

  /** The customer account, when {@link SharedField#ACCOUNT} is shown. */
  public abstract Optional<Account> account();

  /** The pseudonym of the account id, when {@link SharedField#ACCOUNT} is pseudonymised. */
  public abstract Optional<String> accountPseudonym();

  /** The amount, when {@link SharedField#AMOUNT} is shown. */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * The pseudonym of the amount with its currency, when {@link SharedField#AMOUNT} is
   * pseudonymised: it only tells whether two amounts are equal.
   */
  public abstract Optional<String> amountPseudonym();

  /** The owner, when {@link SharedField#CONTACTS} is shown. */
  public abstract Optional<PartnerId> owner();

  /** The involvements, when {@link SharedField#CONTACTS} is shown; otherwise empty. */
  public abstract ImmutableList<Involvement> involvements();

  /** The pseudonym of the owner, when {@link SharedField#CONTACTS} is pseudonymised. */
  public abstract Optional<String> ownerPseudonym();

  /**
   * The pseudonyms of the partners (the involved parties other than the owner, without their
   * roles), when {@link SharedField#CONTACTS} is pseudonymised; otherwise empty.
   */
  public abstract ImmutableList<String> partnerPseudonyms();

  /** The opportunity's name, when {@link SharedField#NAME} is shown. */
  public abstract Optional<String> name();

  /** The pseudonym of the name, when {@link SharedField#NAME} is pseudonymised. */
  public abstract Optional<String> namePseudonym();

  /** The current stage. */
  public abstract Stage stage();

  /** The day the opportunity was created. */
  public abstract LocalDate created();

  /** The day the opportunity is expected to close. */
  public abstract LocalDate expectedClose();

  /** How the opportunity came about. */
  public abstract Origin origin();

  /** Whether the opportunity is open, won or lost. */
  public Outcome outcome() {
    return Outcome.of(stage().kind());
  }

  /**
   * Returns a new builder; stage, dates and origin are required, every field the policy governs is
   * optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RedactedOpportunity}; {@code build()} rejects a field given both as a value and
   * as a pseudonym.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableRedactedOpportunity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String record = "redacted opportunity";
    Views.eitherOr(record, "id", id(), idPseudonym());
    Views.eitherOr(record, "account", account(), accountPseudonym());
    Views.eitherOr(record, "amount", amount(), amountPseudonym());
    Views.eitherOr(record, "owner", owner(), ownerPseudonym());
    Views.eitherOr(record, "name", name(), namePseudonym());
    Views.onlyWith(record, "involvements", involvements(), owner(), "owner");
    Views.onlyWith(
        record, "partner pseudonyms", partnerPseudonyms(), ownerPseudonym(), "owner pseudonym");
  }
}
