package org.alliancekit.pipeline.registration;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.apiguardian.api.API;

/**
 * Decides between competing deal registrations under a set of {@link RegistrationRules}, as of a
 * given day.
 *
 * <p>For each target, every claim is first judged on its own: rejected by the programme, marked
 * expired or past its last valid day ({@link DecisionReason#EXPIRED}), or pending while approval is
 * required ({@link DecisionReason#AWAITING_APPROVAL}, unless it was submitted, no earlier than the
 * final holder's claim, while the holder's registration was protected: then approving it could not
 * change the outcome, and it loses as a valid claim would). The remaining valid claims are taken in
 * ranking order: the first becomes the holder; a later claim submitted while the holder's
 * registration is protected loses to it ({@link DecisionReason#CONFLICT}, or {@link
 * DecisionReason#DUPLICATE} when it comes from the same party); a later claim submitted after the
 * holder's protection ended takes the target over ({@link DecisionReason#PROTECTION_LAPSED}),
 * leaving the old holder {@link DecisionReason#SUPERSEDED}. The final holder is {@link
 * DecisionReason#FIRST_TO_REGISTER} or, when no other valid claim competed, {@link
 * DecisionReason#UNCONTESTED}.
 *
 * <h2>Ranking and ties</h2>
 *
 * <p>Claims are ranked by submission date, earliest first. Claims submitted on the same day are
 * ranked: approved before pending (before expired and rejected), then by decision date, earliest
 * first and undecided last, then by the registering party's id in alphabetical order, then by
 * expiry date, earliest first and open-ended last. Claims that agree on all of these are equal
 * values and interchangeable. The decisions therefore do not depend on the order the claims are
 * given in.
 *
 * <p>{@link #decideAll} decides the registration records of a portfolio ({@link
 * org.alliancekit.model.pipeline.Registration}) the same way, each as a claim on its opportunity,
 * and breaks the remaining ties by registration id.
 *
 * <pre>{@code
 * RegistrationDecisions decisions = RegistrationDesk.with(RegistrationRules.validFor(60))
 *     .decide(claims, LocalDate.of(2024, 3, 31));
 * decisions.holder(RegistrationTarget.opportunity(OpportunityId.of("o-1")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class RegistrationDesk {
  /** The ranking of claims on the same target, as documented above. */
  static final Comparator<RegistrationClaim> RANKING =
      Comparator.comparing(RegistrationClaim::submitted)
          .thenComparing(claim -> statusRank(claim.registration().status()))
          .thenComparing(
              claim -> claim.registration().decided(),
              Comparators.emptiesLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(RegistrationClaim::party)
          .thenComparing(
              claim -> claim.registration().expires(),
              Comparators.emptiesLast(Comparator.<LocalDate>naturalOrder()));

  private final RegistrationRules rules;

  private RegistrationDesk(RegistrationRules rules) {
    this.rules = rules;
  }

  /** Returns a desk that applies {@code rules}. */
  public static RegistrationDesk with(RegistrationRules rules) {
    return new RegistrationDesk(checkNotNull(rules, "rules"));
  }

  /** The rules this desk applies. */
  public RegistrationRules rules() {
    return rules;
  }

  /**
   * Decides every claim as of {@code asOf}.
   *
   * @throws IllegalArgumentException if a claim was submitted or decided after {@code asOf}
   */
  public RegistrationDecisions decide(Collection<RegistrationClaim> claims, LocalDate asOf) {
    checkNotNull(claims, "claims");
    checkNotNull(asOf, "asOf");
    Map<RegistrationTarget, List<RegistrationClaim>> byTarget =
        new TreeMap<>(RegistrationTarget.ORDER);
    for (RegistrationClaim claim : claims) {
      checkNotNull(claim, "claim");
      checkDates(claim, asOf);
      byTarget.computeIfAbsent(claim.target(), target -> new ArrayList<>()).add(claim);
    }
    RegistrationDecisions.Builder decisions = RegistrationDecisions.builder().asOf(asOf);
    byTarget
        .values()
        .forEach(targetClaims -> decisions.addAllDecisions(decide(targetClaims, asOf)));
    return decisions.build();
  }

  /**
   * Decides every registration record of a portfolio as of {@code asOf}, each as a claim on its
   * opportunity under this desk's rules, and returns one {@link RegistrationOutcome} per
   * registration, ordered by registration id.
   *
   * <p>The registrations of each opportunity compete with each other as {@link #decide} documents:
   * the first to register (earliest submission date) holds the opportunity while it is protected; a
   * later one is {@link Decision#REJECTED} and its message names the registration id and partner it
   * lost to; one past its last valid day (its expiry date, or the end of the rules' validity period
   * when it has none) is {@link Decision#EXPIRED}; one the programme rejected stays {@link
   * Decision#REJECTED}; a pending one waits ({@link Decision#PENDING}) when the rules require
   * approval. The {@link DecisionReason} is mapped to a {@link Decision} by {@link
   * Decision#of(DecisionReason)}.
   *
   * <p>Registrations submitted on the same day are ranked as the class documentation says (under
   * "Ranking and ties") and, when they agree on all of that, by registration id, smallest first;
   * the outcomes therefore do not depend on the order the registrations are given in. Runs in O(n
   * log n) for n registrations.
   *
   * @throws IllegalArgumentException if two registrations share an id, or a registration was
   *     submitted or decided after {@code asOf}
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public ImmutableList<RegistrationOutcome> decideAll(
      Collection<Registration> registrations, LocalDate asOf) {
    checkNotNull(registrations, "registrations");
    checkNotNull(asOf, "asOf");
    Map<OpportunityId, List<Entry>> byOpportunity = new HashMap<>();
    Set<RegistrationId> ids = new HashSet<>();
    for (Registration registration : registrations) {
      checkNotNull(registration, "registration");
      checkArgument(
          ids.add(registration.id()),
          "registration id %s is given more than once; registration ids must be unique",
          registration.id());
      RegistrationClaim claim =
          RegistrationClaim.of(
              RegistrationTarget.opportunity(registration.opportunity()),
              registration.registration());
      checkDates(claim, asOf);
      byOpportunity
          .computeIfAbsent(registration.opportunity(), opportunity -> new ArrayList<>())
          .add(new Entry(registration, claim));
    }
    List<RegistrationOutcome> outcomes = new ArrayList<>(ids.size());
    for (List<Entry> entries : byOpportunity.values()) {
      entries.sort(ENTRY_RANKING);
      List<RegistrationClaim> ranked = new ArrayList<>(entries.size());
      entries.forEach(entry -> ranked.add(entry.claim()));
      List<Draft> drafts = rule(ranked, asOf);
      for (Draft draft : drafts) {
        Registration registration = entries.get(draft.rank).registration();
        Optional<Registration> competitor =
            draft.competitor == null
                ? Optional.empty()
                : Optional.of(entries.get(draft.competitor.rank).registration());
        outcomes.add(
            new RegistrationOutcome(
                registration.id(),
                registration.opportunity(),
                registration.registration().registeringParty(),
                Decision.of(draft.reason),
                draft.reason,
                competitor
                    .map(other -> draft.message + "; " + relation(draft.reason) + " " + name(other))
                    .orElse(draft.message),
                competitor.map(Registration::id)));
      }
    }
    outcomes.sort(Comparator.comparing(RegistrationOutcome::registrationId));
    return ImmutableList.copyOf(outcomes);
  }

  private static void checkDates(RegistrationClaim claim, LocalDate asOf) {
    checkArgument(
        !claim.submitted().isAfter(asOf),
        "registration by %s of %s was submitted on %s, after the as-of date %s",
        claim.party(),
        claim.target(),
        claim.submitted(),
        asOf);
    claim
        .registration()
        .decided()
        .ifPresent(
            day ->
                checkArgument(
                    !day.isAfter(asOf),
                    "registration by %s of %s was decided on %s, after the as-of date %s",
                    claim.party(),
                    claim.target(),
                    day,
                    asOf));
  }

  /** How a decision relates to the competing registration its message names. */
  private static String relation(DecisionReason reason) {
    return switch (reason) {
      case CONFLICT, DUPLICATE -> "lost to";
      case SUPERSEDED -> "taken over by";
      case PROTECTION_LAPSED -> "took over from";
      default -> "now held by";
    };
  }

  private static String name(Registration registration) {
    return "registration "
        + registration.id()
        + " of "
        + registration.registration().registeringParty();
  }

  @Override
  public String toString() {
    return "RegistrationDesk{" + rules + "}";
  }

  /** The last day a claim is valid: its own expiry, or the end of the validity period. */
  LocalDate validUntil(RegistrationClaim claim) {
    return claim
        .registration()
        .expires()
        .orElse(claim.submitted().plusDays(rules.validityDays() - 1L));
  }

  /** The last day a claim blocks competitors. */
  LocalDate protectedUntil(RegistrationClaim claim) {
    LocalDate validUntil = validUntil(claim);
    if (rules.protectionDays().isEmpty()) {
      return validUntil;
    }
    LocalDate windowEnd = claim.submitted().plusDays(rules.protectionDays().getAsInt() - 1L);
    return windowEnd.isBefore(validUntil) ? windowEnd : validUntil;
  }

  private List<RegistrationDecision> decide(List<RegistrationClaim> claims, LocalDate asOf) {
    List<RegistrationClaim> ranked = new ArrayList<>(claims);
    ranked.sort(RANKING);
    List<RegistrationDecision> decisions = new ArrayList<>(ranked.size());
    for (Draft draft : rule(ranked, asOf)) {
      decisions.add(draft.toDecision());
    }
    return decisions;
  }

  /**
   * Decides the claims on one target, given in ranking order: one settled draft per claim, in the
   * same order, each knowing its rank and the draft of its competitor.
   */
  private List<Draft> rule(List<RegistrationClaim> ranked, LocalDate asOf) {
    List<Draft> drafts = new ArrayList<>(ranked.size());
    List<Draft> eligible = new ArrayList<>();
    for (RegistrationClaim claim : ranked) {
      Draft draft = new Draft(drafts.size(), claim, validUntil(claim));
      drafts.add(draft);
      DealRegistration registration = claim.registration();
      String who = possessive(claim) + " registration of " + claim.target();
      if (registration.status() == RegistrationStatus.REJECTED) {
        draft.settle(
            DecisionReason.REJECTED_BY_PROGRAMME,
            who + " was rejected by the programme on " + registration.decided().orElseThrow(),
            null);
      } else if (registration.status() == RegistrationStatus.EXPIRED) {
        draft.settle(DecisionReason.EXPIRED, who + " is marked EXPIRED by the programme", null);
      } else if (draft.validUntil.isBefore(asOf)) {
        draft.settle(
            DecisionReason.EXPIRED,
            who + " was valid until " + draft.validUntil + " and has expired by " + asOf,
            null);
      } else if (registration.status() == RegistrationStatus.PENDING && rules.approvalRequired()) {
        draft.reason = DecisionReason.AWAITING_APPROVAL;
      } else {
        eligible.add(draft);
      }
    }

    Draft holder = null;
    boolean contested = false;
    for (Draft draft : eligible) {
      if (holder == null) {
        holder = draft;
        continue;
      }
      contested = true;
      LocalDate protectedUntil = protectedUntil(holder.claim);
      RegistrationClaim claim = draft.claim;
      if (!claim.submitted().isAfter(protectedUntil)) {
        losesTo(draft, holder, protectedUntil);
      } else {
        holder.settle(
            DecisionReason.SUPERSEDED,
            String.format(
                "%s registration of %s lost its protection after %s; %s registered on %s and"
                    + " took it over",
                possessive(holder.claim),
                claim.target(),
                protectedUntil,
                claim.party(),
                claim.submitted()),
            draft);
        draft.settle(
            DecisionReason.PROTECTION_LAPSED,
            String.format(
                "%s holds %s: it registered on %s, after the protection of %s registration of"
                    + " %s ended on %s; valid until %s",
                claim.party(),
                claim.target(),
                claim.submitted(),
                possessive(holder.claim),
                holder.claim.submitted(),
                protectedUntil,
                draft.validUntil),
            holder);
        draft.holding = true;
        holder = draft;
      }
    }
    if (holder != null && !holder.holding) {
      RegistrationClaim claim = holder.claim;
      holder.settle(
          contested ? DecisionReason.FIRST_TO_REGISTER : DecisionReason.UNCONTESTED,
          String.format(
              "%s holds %s: %s, submitted on %s; valid until %s",
              claim.party(),
              claim.target(),
              contested ? "first to register" : "the only valid registration",
              claim.submitted(),
              holder.validUntil),
          null);
    }

    for (Draft draft : drafts) {
      if (draft.reason == DecisionReason.AWAITING_APPROVAL
          && holder != null
          && !draft.claim.submitted().isBefore(holder.claim.submitted())
          && !draft.claim.submitted().isAfter(protectedUntil(holder.claim))) {
        // Submitted while the holder was protected: approval could not change the outcome.
        losesTo(draft, holder, protectedUntil(holder.claim));
      } else if (draft.reason == DecisionReason.AWAITING_APPROVAL) {
        RegistrationClaim claim = draft.claim;
        draft.settle(
            DecisionReason.AWAITING_APPROVAL,
            String.format(
                "%s registration of %s, submitted on %s, awaits approval; %s",
                possessive(claim),
                claim.target(),
                claim.submitted(),
                holder == null
                    ? "no other registration holds it"
                    : holder.claim.party() + " holds it now"),
            holder);
      }
    }
    return drafts;
  }

  /**
   * Settles {@code draft}, submitted while {@code holder}'s registration was protected, as losing
   * to it: {@link DecisionReason#DUPLICATE} from the same party, else {@link
   * DecisionReason#CONFLICT}.
   */
  private static void losesTo(Draft draft, Draft holder, LocalDate protectedUntil) {
    RegistrationClaim claim = draft.claim;
    boolean sameParty = claim.party().equals(holder.claim.party());
    draft.settle(
        sameParty ? DecisionReason.DUPLICATE : DecisionReason.CONFLICT,
        sameParty
            ? String.format(
                "%s registered %s again on %s while its registration of %s was protected"
                    + " until %s",
                claim.party(),
                claim.target(),
                claim.submitted(),
                holder.claim.submitted(),
                protectedUntil)
            : String.format(
                "%s registration of %s on %s conflicts with %s registration of %s, protected"
                    + " until %s",
                possessive(claim),
                claim.target(),
                claim.submitted(),
                possessive(holder.claim),
                holder.claim.submitted(),
                protectedUntil),
        holder);
  }

  private static String possessive(RegistrationClaim claim) {
    return claim.party() + "'s";
  }

  private static int statusRank(RegistrationStatus status) {
    return switch (status) {
      case APPROVED -> 0;
      case PENDING -> 1;
      case EXPIRED -> 2;
      case REJECTED -> 3;
    };
  }

  /** A registration record and its claim on its opportunity. */
  private record Entry(Registration registration, RegistrationClaim claim) {}

  /** The ranking of registration records on the same opportunity: {@link #RANKING}, then id. */
  private static final Comparator<Entry> ENTRY_RANKING =
      Comparator.comparing(Entry::claim, RANKING).thenComparing(entry -> entry.registration().id());

  /** A decision being worked out. */
  private static final class Draft {
    /** The claim's position in the ranking of its target. */
    final int rank;

    final RegistrationClaim claim;
    final LocalDate validUntil;
    DecisionReason reason;
    String message;

    /** The draft of the competing claim that explains the decision, or null. */
    Draft competitor;

    boolean holding;

    Draft(int rank, RegistrationClaim claim, LocalDate validUntil) {
      this.rank = rank;
      this.claim = claim;
      this.validUntil = validUntil;
    }

    void settle(DecisionReason reason, String message, Draft competitor) {
      this.reason = reason;
      this.message = message;
      this.competitor = competitor;
    }

    RegistrationDecision toDecision() {
      return RegistrationDecision.builder()
          .claim(claim)
          .reason(reason)
          .message(message)
          .competitor(competitor == null ? Optional.empty() : Optional.of(competitor.claim))
          .validUntil(validUntil)
          .build();
    }
  }
}
