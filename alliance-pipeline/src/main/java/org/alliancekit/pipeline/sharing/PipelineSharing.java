package org.alliancekit.pipeline.sharing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableSet;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Pipeline;
import org.apiguardian.api.API;

/**
 * Applies a {@link SharingPolicy} to a {@link Pipeline}, producing the {@link RedactedPipeline} a
 * viewer may see.
 *
 * <p>For each kind of record the policy's {@link Visibility} decides what enters the view: nothing;
 * only the count; the count and the records whose account is among the viewer's accounts; or the
 * count and every record. Within a record each {@link SharedField} is shown, left out or replaced
 * by a pseudonym as the policy says. Nothing else about a record enters the view except what {@link
 * RedactedOpportunity} and {@link RedactedLead} list as always shown.
 *
 * <h2>Pseudonyms</h2>
 *
 * <p>A pseudonym is the lowercase hexadecimal HMAC-SHA256 of the value under the caller's secret
 * key (Guava {@link Hashing#hmacSha256(byte[])}), computed over a tag naming the kind of value
 * followed by the value: {@code account:}, {@code opportunity:}, {@code lead:}, {@code party:},
 * {@code name:} and {@code amount:}. So:
 *
 * <ul>
 *   <li>under the same key the same value always gets the same pseudonym, in every view and every
 *       record: a viewer can join records on equal pseudonyms, for instance count the opportunities
 *       on one (unnamed) account, match the same account across two shared pipelines built with the
 *       same key, or link a converted lead to its opportunity;
 *   <li>a pseudonymised account id stands for the sharer's {@link AccountId}: it matches another
 *       party's record only when both parties use the same account ids (a common CRM or registry
 *       key) and the same key. Matching accounts that are named differently on each side is the job
 *       of account mapping on normalised names and domains;
 *   <li>values of different kinds never share a pseudonym, even when their text is equal;
 *   <li>under different keys the pseudonyms of the same value are unrelated, so a sharer that uses
 *       a fresh key per viewer prevents two viewers from joining their views;
 *   <li>without the key a pseudonym cannot be turned back into its value. Whoever holds the key can
 *       test guesses (a list of customer names, say) against pseudonyms, so the key must stay with
 *       the sharer, or with parties entitled to the values anyway.
 * </ul>
 *
 * <p>Keys must be at least {@value #MIN_KEY_BYTES} bytes long. The key is copied on construction
 * and never appears in {@link #toString()}.
 *
 * <pre>{@code
 * PipelineSharing sharing = PipelineSharing.of(secret);
 * RedactedPipeline view = sharing.share(pipeline, policy, viewerAccountIds);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PipelineSharing {
  /** The shortest key accepted for pseudonyms, in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  private final Optional<HashFunction> hmac;

  private PipelineSharing(Optional<HashFunction> hmac) {
    this.hmac = hmac;
  }

  /**
   * Returns a sharing function that pseudonymises with the given secret key.
   *
   * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public static PipelineSharing of(byte[] key) {
    checkNotNull(key, "key");
    checkArgument(
        key.length >= MIN_KEY_BYTES,
        "pseudonymisation key of %s bytes is shorter than the %s bytes required",
        key.length,
        MIN_KEY_BYTES);
    return new PipelineSharing(Optional.of(Hashing.hmacSha256(key.clone())));
  }

  /**
   * Returns a sharing function without a key; it applies policies that show or hide fields and
   * rejects those that pseudonymise any.
   */
  public static PipelineSharing keyless() {
    return new PipelineSharing(Optional.empty());
  }

  /** Whether this sharing function has a key, so it can pseudonymise. */
  public boolean canPseudonymise() {
    return hmac.isPresent();
  }

  /**
   * Returns what a viewer may see of {@code pipeline} under {@code policy}.
   *
   * @param pipeline the sharer's pipeline
   * @param policy what the viewer may see
   * @param viewerAccounts the accounts the viewer has; used only at {@link
   *     Visibility#OVERLAPPING_ACCOUNTS}, where a record enters the view only if its account id is
   *     among them
   * @throws IllegalArgumentException if the policy pseudonymises a field and this function has no
   *     key
   */
  public RedactedPipeline share(
      Pipeline pipeline, SharingPolicy policy, Set<AccountId> viewerAccounts) {
    checkNotNull(pipeline, "pipeline");
    checkNotNull(policy, "policy");
    ImmutableSet<AccountId> overlap = ImmutableSet.copyOf(viewerAccounts);
    checkArgument(
        hmac.isPresent() || !policy.pseudonymises(),
        "sharing policy pseudonymises fields, but this PipelineSharing has no key: "
            + "use PipelineSharing.of(key)");
    RecordPolicy opportunityPolicy = policy.opportunities();
    RecordPolicy leadPolicy = policy.leads();
    RedactedPipeline.Builder view =
        RedactedPipeline.builder()
            .asOf(pipeline.asOf())
            .opportunityVisibility(opportunityPolicy.visibility())
            .leadVisibility(leadPolicy.visibility());
    if (opportunityPolicy.visibility().showsCounts()) {
      view.opportunityCount(pipeline.opportunities().size());
    }
    if (leadPolicy.visibility().showsCounts()) {
      view.leadCount(pipeline.leads().size());
    }
    Set<OpportunityId> inView = new LinkedHashSet<>();
    for (Opportunity opportunity : pipeline.opportunities()) {
      if (visible(opportunityPolicy.visibility(), opportunity.account().id(), overlap)) {
        inView.add(opportunity.id());
        view.addOpportunities(redact(opportunity, opportunityPolicy));
      }
    }
    for (Lead lead : pipeline.leads()) {
      if (visible(leadPolicy.visibility(), lead.account().id(), overlap)) {
        view.addLeads(redact(lead, leadPolicy, opportunityPolicy, inView));
      }
    }
    return view.build();
  }

  /**
   * Returns the pseudonym of an account id under this function's key, as it appears in views.
   *
   * @throws IllegalStateException if this function has no key
   */
  public String pseudonymOf(AccountId account) {
    return pseudonym("account", checkNotNull(account, "account").value());
  }

  /**
   * Returns the pseudonym of an opportunity id under this function's key, as it appears in views.
   *
   * @throws IllegalStateException if this function has no key
   */
  public String pseudonymOf(OpportunityId opportunity) {
    return pseudonym("opportunity", checkNotNull(opportunity, "opportunity").value());
  }

  /**
   * Returns the pseudonym of a lead id under this function's key, as it appears in views.
   *
   * @throws IllegalStateException if this function has no key
   */
  public String pseudonymOf(LeadId lead) {
    return pseudonym("lead", checkNotNull(lead, "lead").value());
  }

  /**
   * Returns the pseudonym of a party under this function's key, as it appears in views.
   *
   * @throws IllegalStateException if this function has no key
   */
  public String pseudonymOf(PartnerId party) {
    return pseudonym("party", checkNotNull(party, "party").value());
  }

  /** Says whether the function has a key; never shows the key. */
  @Override
  public String toString() {
    return "PipelineSharing{" + (hmac.isPresent() ? "keyed" : "without key") + "}";
  }

  private static boolean visible(
      Visibility visibility, AccountId account, ImmutableSet<AccountId> overlap) {
    return visibility == Visibility.FULL
        || (visibility == Visibility.OVERLAPPING_ACCOUNTS && overlap.contains(account));
  }

  private RedactedOpportunity redact(Opportunity opportunity, RecordPolicy policy) {
    RedactedOpportunity.Builder record =
        RedactedOpportunity.builder()
            .stage(opportunity.stage())
            .created(opportunity.created())
            .expectedClose(opportunity.expectedClose())
            .origin(opportunity.origin());
    switch (policy.treatment(SharedField.ID)) {
      case SHOW -> record.id(opportunity.id());
      case PSEUDONYMISE -> record.idPseudonym(pseudonymOf(opportunity.id()));
      case HIDE -> {}
    }
    switch (policy.treatment(SharedField.ACCOUNT)) {
      case SHOW -> record.account(opportunity.account());
      case PSEUDONYMISE -> record.accountPseudonym(pseudonymOf(opportunity.account().id()));
      case HIDE -> {}
    }
    switch (policy.treatment(SharedField.AMOUNT)) {
      case SHOW -> record.amount(opportunity.amount());
      case PSEUDONYMISE -> record.amountPseudonym(pseudonym("amount", amountText(opportunity)));
      case HIDE -> {}
    }
    switch (policy.treatment(SharedField.CONTACTS)) {
      case SHOW -> record.owner(opportunity.owner()).involvements(opportunity.involvements());
      case PSEUDONYMISE -> {
        record.ownerPseudonym(pseudonymOf(opportunity.owner()));
        opportunity.partners().forEach(party -> record.addPartnerPseudonyms(pseudonymOf(party)));
      }
      case HIDE -> {}
    }
    switch (policy.treatment(SharedField.NAME)) {
      case SHOW -> record.name(opportunity.name());
      case PSEUDONYMISE -> record.namePseudonym(pseudonym("name", opportunity.name()));
      case HIDE -> {}
    }
    return record.build();
  }

  private RedactedLead redact(
      Lead lead,
      RecordPolicy policy,
      RecordPolicy opportunityPolicy,
      Set<OpportunityId> opportunitiesInView) {
    RedactedLead.Builder record =
        RedactedLead.builder().received(lead.received()).status(lead.status());
    switch (policy.treatment(SharedField.ID)) {
      case SHOW -> record.id(lead.id());
      case PSEUDONYMISE -> record.idPseudonym(pseudonymOf(lead.id()));
      case HIDE -> {}
    }
    switch (policy.treatment(SharedField.ACCOUNT)) {
      case SHOW -> record.account(lead.account());
      case PSEUDONYMISE -> record.accountPseudonym(pseudonymOf(lead.account().id()));
      case HIDE -> {}
    }
    switch (policy.treatment(SharedField.CONTACTS)) {
      case SHOW -> record.source(lead.source()).sharedWith(lead.sharedWith());
      case PSEUDONYMISE -> {
        record.sourcePseudonym(pseudonymOf(lead.source()));
        lead.sharedWith().forEach(party -> record.addSharedWithPseudonyms(pseudonymOf(party)));
      }
      case HIDE -> {}
    }
    if (lead.status() == LeadStatus.CONVERTED) {
      OpportunityId converted = lead.convertedOpportunity().orElseThrow();
      if (opportunitiesInView.contains(converted)) {
        switch (opportunityPolicy.treatment(SharedField.ID)) {
          case SHOW -> record.convertedOpportunity(converted);
          case PSEUDONYMISE -> record.convertedOpportunityPseudonym(pseudonymOf(converted));
          case HIDE -> {}
        }
      }
    }
    return record.build();
  }

  private static String amountText(Opportunity opportunity) {
    MonetaryAmount amount = opportunity.amount();
    BigDecimal number = amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros();
    return amount.getCurrency().getCurrencyCode() + " " + number.toPlainString();
  }

  private String pseudonym(String tag, String value) {
    checkState(hmac.isPresent(), "this PipelineSharing has no key, so it cannot pseudonymise");
    return hmac.get().hashString(tag + ":" + value, StandardCharsets.UTF_8).toString();
  }
}
