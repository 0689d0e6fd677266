package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static com.google.common.collect.ImmutableSet.toImmutableSet;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A potential sale to one account, the unit of every pipeline: its amount, current stage and dates,
 * the party that owns it, the other parties involved and how, where it came from, and optionally
 * the solution sold, a deal registration and the history of its stages.
 *
 * <p>The owner may appear among the involvements to record its own role (for instance as {@link
 * InvolvementRole#ORIGINATOR}); the <em>partners</em> of an opportunity are the other involved
 * parties ({@link #partners()}).
 *
 * <p>Rules checked on construction:
 *
 * <ul>
 *   <li>the name is not blank and the amount is not negative;
 *   <li>the expected close date is not before the creation date;
 *   <li>a party appears at most once per role among the involvements;
 *   <li>an origin other than {@link Origin#DIRECT} needs at least one partner;
 *   <li>without {@linkplain #contactConsent() consent} there are no contacts;
 *   <li>the stage history is in date order, starts no earlier than the creation date and, when not
 *       empty, ends with the current stage.
 * </ul>
 *
 * <p>Whether the stage belongs to a given {@link StageModel}, or whether a deal registration is
 * still valid, depends on context and is left to the code that has it.
 *
 * <pre>{@code
 * Opportunity opportunity = Opportunity.builder()
 *     .id(OpportunityId.of("o-1"))
 *     .account(Account.of(AccountId.of("a-1"), "Northwind"))
 *     .name("Claims platform")
 *     .amount(Money.of(250_000, "EUR"))
 *     .stage(StageModels.coSell().get("Qualified"))
 *     .created(LocalDate.of(2024, 1, 10))
 *     .expectedClose(LocalDate.of(2024, 6, 30))
 *     .owner(PartnerId.of("host"))
 *     .addInvolvements(Involvement.of(PartnerId.of("acme"), InvolvementRole.ORIGINATOR))
 *     .origin(Origin.PARTNER_SOURCED)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Opportunity implements WithOpportunity {
  Opportunity() {}

  /** The opportunity's id. */
  public abstract OpportunityId id();

  /** The customer. */
  public abstract Account account();

  /** A short description, such as "Claims platform renewal". */
  public abstract String name();

  /** The expected (or, once won, actual) value of the deal; zero or more. */
  public abstract MonetaryAmount amount();

  /** The current stage. */
  public abstract Stage stage();

  /** The day the opportunity was created. */
  public abstract LocalDate created();

  /** The day the opportunity is expected to close, or closed; not before {@link #created()}. */
  public abstract LocalDate expectedClose();

  /** The party that owns the opportunity and books the deal in its pipeline. */
  public abstract PartnerId owner();

  /** The parties involved and their roles, in the order given; a party at most once per role. */
  public abstract ImmutableList<Involvement> involvements();

  /** How the opportunity came about; {@link Origin#DIRECT} unless set. */
  @Value.Default
  public Origin origin() {
    return Origin.DIRECT;
  }

  /** The solution sold, if the deal is about a defined solution. */
  public abstract Optional<Solution> solution();

  /** The deal registration, if a partner registered the deal. */
  public abstract Optional<DealRegistration> registration();

  /** The stages entered so far, oldest first; may be empty when the history is not kept. */
  public abstract ImmutableList<StageChange> stageHistory();

  /** Why the deal was lost, as the seller recorded it, if it was lost and a reason was given. */
  public abstract Optional<String> closedLostReason();

  /** The next agreed step, such as "Technical workshop on 12 May", if recorded. */
  public abstract Optional<String> nextStep();

  /**
   * Where the opportunity stands in the review of the partner programme it was shared with (such as
   * a cloud provider's co-sell programme), if it was submitted to one.
   */
  public abstract Optional<ReviewStatus> reviewStatus();

  /**
   * The referral sub-status (and with it the {@linkplain ReferralSubStatus#status() status}), if
   * the opportunity came or went as a referral through a partner programme's referral tool.
   */
  public abstract Optional<ReferralSubStatus> referralStatus();

  /** The customer's business problem or use case, in the seller's words; may span lines. */
  public abstract Optional<String> customerNeed();

  /** What the customer is expected to spend once the deal is live, in the order given. */
  public abstract ImmutableList<ExpectedSpend> expectedSpend();

  /**
   * The id the record has in another system, such as the partner's own CRM or a co-sell platform,
   * beside {@link #id()}.
   */
  public abstract Optional<String> externalId();

  /**
   * The customer's people named on the deal; always empty when {@link #contactConsent()} is false.
   */
  public abstract ImmutableList<Contact> contacts();

  /**
   * Whether the customer consented to its contact details being shared; true unless set. A record
   * without consent holds no {@linkplain #contacts() contacts}, so no output can expose them.
   */
  @Value.Default
  public boolean contactConsent() {
    return true;
  }

  /** Whether the opportunity is open, won or lost, from the kind of its current stage. */
  public Outcome outcome() {
    return Outcome.of(stage().kind());
  }

  /**
   * The day the deal closed, or is expected to close: the date of the first change into a closed
   * stage (won or lost) in its {@linkplain #stageHistory() stage history}, else its {@linkplain
   * #expectedClose() expected close date}. Every verb that asks when a deal closed asks this.
   */
  public LocalDate closeDate() {
    for (StageChange change : stageHistory()) {
      if (change.stage().isClosed()) {
        return change.date();
      }
    }
    return expectedClose();
  }

  /** The currency of the amount. */
  public CurrencyUnit currency() {
    return amount().getCurrency();
  }

  /**
   * The distinct involved parties other than the owner, in order of first involvement; computed
   * once per opportunity.
   */
  @Value.Lazy
  public ImmutableSet<PartnerId> partners() {
    return involvements().stream()
        .map(Involvement::party)
        .filter(party -> !party.equals(owner()))
        .collect(toImmutableSet());
  }

  /** Whether any party other than the owner is involved. */
  public boolean isPartnerInvolved() {
    for (Involvement involvement : involvements()) {
      if (!involvement.party().equals(owner())) {
        return true;
      }
    }
    return false;
  }

  /** The involvements of the given party, in order; empty if it is not involved. */
  public ImmutableList<Involvement> involvementsOf(PartnerId party) {
    checkNotNull(party, "party");
    return involvements().stream()
        .filter(involvement -> involvement.party().equals(party))
        .collect(toImmutableList());
  }

  /**
   * Returns a new builder. The id, account, name, amount, stage, creation and expected close dates
   * and the owner are required; the rest may be left out.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Opportunity}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableOpportunity.Builder {
    Builder() {}
  }

  /**
   * Checks that no party is listed twice in one role. An opportunity has a few involvements, so
   * each is compared with those before it; a long list is checked through a set.
   */
  private void checkRolesOnce() {
    List<Involvement> involvements = involvements();
    if (involvements.size() > 16) {
      Set<Involvement> roles = new HashSet<>();
      for (Involvement involvement : involvements) {
        checkRoleOnce(
            roles.add(Involvement.of(involvement.party(), involvement.role())), involvement);
      }
      return;
    }
    for (int i = 1; i < involvements.size(); i++) {
      Involvement involvement = involvements.get(i);
      for (int j = 0; j < i; j++) {
        Involvement earlier = involvements.get(j);
        checkRoleOnce(
            earlier.role() != involvement.role() || !earlier.party().equals(involvement.party()),
            involvement);
      }
    }
  }

  private void checkRoleOnce(boolean once, Involvement involvement) {
    checkArgument(
        once,
        "opportunity %s lists %s as %s more than once",
        id(),
        involvement.party(),
        involvement.role());
  }

  @Value.Check
  void check() {
    Checks.name("opportunity name", name());
    closedLostReason().ifPresent(reason -> Checks.name("closed-lost reason", reason));
    nextStep().ifPresent(step -> Checks.name("next step", step));
    customerNeed().ifPresent(need -> Checks.paragraph("customer need", need));
    externalId().ifPresent(external -> Checks.id("external id", external));
    checkArgument(
        contactConsent() || contacts().isEmpty(),
        "opportunity %s has no consent to share contact details, so it must hold no contacts (%s"
            + " given)",
        id(),
        contacts().size());
    Checks.nonNegative("amount of opportunity", id(), amount());
    checkArgument(
        !expectedClose().isBefore(created()),
        "opportunity %s is expected to close on %s, before it was created on %s",
        id(),
        expectedClose(),
        created());
    checkRolesOnce();
    checkArgument(
        !origin().involvesPartner() || isPartnerInvolved(),
        "opportunity %s is %s, so it needs at least one involved party other than its owner %s",
        id(),
        origin(),
        owner());
    LocalDate previous = created();
    for (StageChange change : stageHistory()) {
      checkArgument(
          !change.date().isBefore(created()),
          "opportunity %s entered stage %s on %s, before it was created on %s",
          id(),
          change.stage().name(),
          change.date(),
          created());
      checkArgument(
          !change.date().isBefore(previous),
          "stage history of opportunity %s goes back in time: stage %s on %s follows %s",
          id(),
          change.stage().name(),
          change.date(),
          previous);
      previous = change.date();
    }
    if (!stageHistory().isEmpty()) {
      Stage last = stageHistory().get(stageHistory().size() - 1).stage();
      if (!last.equals(stage())) {
        // The descriptions are built only for the message.
        throw new IllegalArgumentException(
            String.format(
                "opportunity %s is at stage %s, but its stage history ends at %s",
                id(), stage().describe(), last.describe()));
      }
    }
  }
}
