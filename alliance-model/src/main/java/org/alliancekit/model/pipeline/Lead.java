package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A sales prospect that one party passes to others before it is an opportunity. Which side shares
 * leads and which shares opportunities says much about a relationship: a party that only receives
 * leads and returns opportunities acts as a channel, while partners that both share the
 * opportunities they find and work them together form an alliance.
 *
 * <p>Rules: the lead is not shared with its own source; it names a converted opportunity if and
 * only if its status is {@link LeadStatus#CONVERTED CONVERTED}; an estimated value is not negative;
 * and without {@linkplain #contactConsent() consent} it holds no contacts.
 *
 * <pre>{@code
 * Lead lead = Lead.builder()
 *     .id(LeadId.of("l-1"))
 *     .account(Account.of(AccountId.of("a-1"), "Northwind"))
 *     .source(PartnerId.of("acme"))
 *     .received(LocalDate.of(2024, 2, 1))
 *     .addSharedWith(PartnerId.of("host"))
 *     .build()
 *     .convertedTo(OpportunityId.of("o-1"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Lead implements WithLead {
  Lead() {}

  /** The lead's id. */
  public abstract LeadId id();

  /** The prospective customer. */
  public abstract Account account();

  /** The party that found the lead and passed it on. */
  public abstract PartnerId source();

  /** The day the lead was received. */
  public abstract LocalDate received();

  /** The parties the lead was passed to, in order; never the source. */
  public abstract ImmutableSet<PartnerId> sharedWith();

  /** Where the lead stands; {@link LeadStatus#NEW} unless set. */
  @Value.Default
  public LeadStatus status() {
    return LeadStatus.NEW;
  }

  /** The opportunity the lead became; present exactly when the status is CONVERTED. */
  public abstract Optional<OpportunityId> convertedOpportunity();

  /** A short description of what the customer is looking for, if given. */
  public abstract Optional<String> title();

  /**
   * The referral sub-status (and with it the {@linkplain ReferralSubStatus#status() status}), if
   * the lead came or went as a referral through a partner programme's referral tool.
   */
  public abstract Optional<ReferralSubStatus> referralStatus();

  /** The customer's business problem or use case, in the sender's words; may span lines. */
  public abstract Optional<String> customerNeed();

  /** The value the deal is estimated at, if the sender gave one; zero or more. */
  public abstract Optional<MonetaryAmount> estimatedValue();

  /** The day the sender expects the deal to close, if given. */
  public abstract Optional<LocalDate> expectedClose();

  /**
   * The id the record has in another system, such as the sender's CRM or a co-sell platform, beside
   * {@link #id()}.
   */
  public abstract Optional<String> externalId();

  /**
   * The customer's people named on the lead; always empty when {@link #contactConsent()} is false.
   */
  public abstract ImmutableList<Contact> contacts();

  /**
   * Whether the customer consented to its contact details being shared; true unless set. A lead
   * without consent holds no {@linkplain #contacts() contacts}, so no output can expose them.
   */
  @Value.Default
  public boolean contactConsent() {
    return true;
  }

  /** Returns a copy of this lead, converted into the given opportunity. */
  public Lead convertedTo(OpportunityId opportunity) {
    return builder()
        .from(this)
        .status(LeadStatus.CONVERTED)
        .convertedOpportunity(opportunity)
        .build();
  }

  /** Returns a new builder; the id, account, source and received date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Lead}. {@code build()} throws {@link IllegalStateException} naming any missing
   * attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableLead.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !sharedWith().contains(source()),
        "lead %s is shared with its own source %s",
        id(),
        source());
    title().ifPresent(title -> Checks.name("lead title", title));
    customerNeed().ifPresent(need -> Checks.paragraph("customer need", need));
    estimatedValue().ifPresent(value -> Checks.nonNegative("estimated value of lead", id(), value));
    externalId().ifPresent(external -> Checks.id("external id", external));
    checkArgument(
        contactConsent() || contacts().isEmpty(),
        "lead %s has no consent to share contact details, so it must hold no contacts (%s given)",
        id(),
        contacts().size());
    if (status() == LeadStatus.CONVERTED) {
      checkArgument(
          convertedOpportunity().isPresent(),
          "lead %s is CONVERTED, so it must name the opportunity it became",
          id());
    } else {
      checkArgument(
          convertedOpportunity().isEmpty(),
          "lead %s is %s, so it must not name a converted opportunity (%s)",
          id(),
          status(),
          convertedOpportunity().orElse(null));
    }
  }
}
