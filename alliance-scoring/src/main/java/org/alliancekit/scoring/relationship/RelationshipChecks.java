package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.Symmetry;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Looks for trouble in relationships: channel conflict, unbalanced alliances, missing governance,
 * and behaviour that does not match the declared sales motion. Each check returns its {@link
 * Finding}s in a fixed order, and an empty list when all is well.
 *
 * <ul>
 *   <li>{@link #channelConflicts}: an account or opportunity worked both by the host's direct
 *       sellers and with an alliance partner, where the two sides end up competing for the deal.
 *   <li>{@link #balance} and {@link #commitmentBalance}: an alliance between a much larger and a
 *       much smaller company, or one whose commitments come from one side. Conflict tends to come
 *       from the smaller side of an unbalanced alliance, which has more to fear from being pushed
 *       out of a deal. These checks apply to alliances only, that is relationships declared
 *       sell-with or symmetric; an asymmetric channel is unbalanced by design and is not flagged.
 *   <li>{@link #governance}: a side without an executive sponsor or without a dedicated alliance
 *       manager. Applies to every relationship.
 *   <li>{@link #motion}: a relationship that behaves as another motion than it was declared with,
 *       from counts the caller typed (see {@link MotionClassifier}, the caller-counts variant).
 *   <li>{@link #motionMismatch}: the same from the records, as {@link MotionObserver} reads them.
 *   <li>{@link #channelConflicts(PartnerId, Collection, Collection, LocalDate)}: channel conflict
 *       read from the opportunities themselves, per relationship and account.
 * </ul>
 *
 * <p>Record checks read the records of one relationship or partner as they stand on an as-of date;
 * {@link #asOf} runs those of one relationship together:
 *
 * <ul>
 *   <li>{@link #unbalanced}: a David-and-Goliath alliance whose firm commitments all come from the
 *       smaller side.
 *   <li>{@link #governanceGaps}: a sponsor or an alliance manager named on one side only.
 *   <li>{@link #reviewOverdue}: a review cadence agreed and the next review past due.
 *   <li>{@link #competencies}: a partner's certified competencies that have expired or expire
 *       within {@link #COMPETENCY_WARNING_DAYS} days.
 *   <li>{@link #registrationRejected} builds the finding for a deal registration the registration
 *       desk rejects.
 * </ul>
 *
 * <p>Commitments are compared in two ways. <em>One-sided</em>: there are firm commitments ({@link
 * CommitmentStrength#COMMITMENT}) and every one of them comes from the same side, whatever intents
 * the other side has declared. That is the shape of a channel, where the smaller side pledges
 * tangible resources and the larger mostly lends its name; in an alliance it leaves one side
 * carrying the risk. Relationships with no firm commitment at all are not flagged. <em>Money
 * imbalance</em>: per currency, the monetary commitments of each side (intents and firm ones, as
 * given, whatever their periods) are added up, and one side's total is more than {@link
 * #maxCommitmentRatio()} times the other's. Currencies are never converted or mixed.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RelationshipChecks {
  /** The default for {@link #maxCommitmentRatio()}. */
  public static final BigDecimal DEFAULT_MAX_COMMITMENT_RATIO = BigDecimal.valueOf(3);

  /**
   * How many days after the as-of date {@link #competencies} looks ahead for competencies that are
   * about to expire: a competency whose last valid day is the as-of date or at most this many days
   * after it is {@link FindingKind#COMPETENCY_EXPIRING}.
   */
  public static final int COMPETENCY_WARNING_DAYS = 90;

  private static final RelationshipChecks STANDARD =
      new RelationshipChecks(DEFAULT_MAX_COMMITMENT_RATIO);

  private final BigDecimal maxCommitmentRatio;

  private RelationshipChecks(BigDecimal maxCommitmentRatio) {
    this.maxCommitmentRatio = maxCommitmentRatio;
  }

  /**
   * Returns the checks with the default maximum commitment ratio, {@link
   * #DEFAULT_MAX_COMMITMENT_RATIO}.
   */
  public static RelationshipChecks standard() {
    return STANDARD;
  }

  /**
   * Returns checks that flag a money imbalance when one side commits more than {@code ratio} times
   * what the other commits in the same currency.
   *
   * @throws IllegalArgumentException if {@code ratio} is less than 1
   */
  public RelationshipChecks withMaxCommitmentRatio(BigDecimal ratio) {
    checkNotNull(ratio, "ratio");
    checkArgument(
        ratio.compareTo(BigDecimal.ONE) >= 0,
        "maximum commitment ratio %s must be at least 1",
        ratio.toPlainString());
    return new RelationshipChecks(ratio);
  }

  /**
   * How many times one side's monetary commitments, in one currency, may exceed the other's before
   * the alliance counts as unbalanced.
   */
  public BigDecimal maxCommitmentRatio() {
    return maxCommitmentRatio;
  }

  /**
   * Runs {@link #governance} and {@link #balance} on one relationship: governance findings first,
   * then balance findings.
   *
   * @throws IllegalArgumentException if {@code host} or {@code partner} is not the relationship's
   *     host or partner
   */
  public ImmutableList<Finding> all(Relationship relationship, Partner host, Partner partner) {
    return ImmutableList.<Finding>builder()
        .addAll(governance(relationship))
        .addAll(balance(relationship, host, partner))
        .build();
  }

  /**
   * Flags each side of the relationship that has no executive sponsor ({@link Severity#HIGH}: the
   * obstacles only a senior sponsor can clear stay in place) and each side that has no dedicated
   * alliance manager ({@link Severity#MEDIUM}). Order: host sponsor, partner sponsor, host manager,
   * partner manager.
   */
  public ImmutableList<Finding> governance(Relationship relationship) {
    checkNotNull(relationship, "relationship");
    Governance governance = relationship.governance();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (governance.hostSponsor().isEmpty()) {
      findings.add(
          missing(relationship, FindingKind.NO_EXECUTIVE_SPONSOR, "host", relationship.host()));
    }
    if (governance.partnerSponsor().isEmpty()) {
      findings.add(
          missing(
              relationship, FindingKind.NO_EXECUTIVE_SPONSOR, "partner", relationship.partner()));
    }
    if (governance.hostAllianceManager().isEmpty()) {
      findings.add(
          missing(relationship, FindingKind.NO_ALLIANCE_MANAGER, "host", relationship.host()));
    }
    if (governance.partnerAllianceManager().isEmpty()) {
      findings.add(
          missing(
              relationship, FindingKind.NO_ALLIANCE_MANAGER, "partner", relationship.partner()));
    }
    return findings.build();
  }

  private static Finding missing(
      Relationship relationship, FindingKind kind, String side, PartnerId party) {
    boolean sponsor = kind == FindingKind.NO_EXECUTIVE_SPONSOR;
    return Finding.builder()
        .kind(kind)
        .severity(sponsor ? Severity.HIGH : Severity.MEDIUM)
        .message(
            "relationship "
                + relationship.id()
                + " has no "
                + (sponsor ? "executive sponsor" : "dedicated alliance manager")
                + " on the "
                + side
                + " side ("
                + party
                + ")")
        .relationship(relationship.id())
        .addParties(party)
        .build();
  }

  /**
   * Flags an unbalanced alliance: a David-and-Goliath pair of sizes ({@link
   * Partner#isDavidAndGoliathWith}), then the findings of {@link #commitmentBalance}. Sizes that
   * are not known are not flagged. Returns no findings for a relationship that is not an alliance
   * (see the class documentation).
   *
   * @param host the relationship's host, whose size is compared
   * @param partner the relationship's partner
   * @throws IllegalArgumentException if {@code host} or {@code partner} is not the relationship's
   *     host or partner
   */
  public ImmutableList<Finding> balance(Relationship relationship, Partner host, Partner partner) {
    checkParties(relationship, host, partner);
    if (!isAlliance(relationship)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (host.isDavidAndGoliathWith(partner)) {
      Partner larger = larger(host, partner);
      Partner smaller = larger == host ? partner : host;
      findings.add(
          Finding.builder()
              .kind(FindingKind.SIZE_IMBALANCE)
              .severity(Severity.MEDIUM)
              .message(
                  "relationship "
                      + relationship.id()
                      + " pairs "
                      + larger.id()
                      + " ("
                      + larger.sizeClass().orElseThrow()
                      + ") with "
                      + smaller.id()
                      + " ("
                      + smaller.sizeClass().orElseThrow()
                      + "), a David-and-Goliath alliance in which "
                      + smaller.id()
                      + " may fear being pushed out of deals")
              .relationship(relationship.id())
              .addParties(host.id(), partner.id())
              .build());
    }
    findings.addAll(commitmentBalance(relationship));
    return findings.build();
  }

  /**
   * Flags one-sided commitments, then money imbalances by currency code, as the class documentation
   * says. Both are {@link Severity#MEDIUM}. Returns no findings for a relationship that is not an
   * alliance.
   */
  public ImmutableList<Finding> commitmentBalance(Relationship relationship) {
    checkNotNull(relationship, "relationship");
    if (!isAlliance(relationship)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    PartnerId host = relationship.host();
    PartnerId partner = relationship.partner();
    List<Commitment> firm =
        relationship.commitments().stream()
            .filter(c -> c.strength() == CommitmentStrength.COMMITMENT)
            .toList();
    Set<PartnerId> firmParties = firm.stream().map(Commitment::party).collect(Collectors.toSet());
    if (firmParties.size() == 1) {
      PartnerId committing = firmParties.iterator().next();
      findings.add(
          Finding.builder()
              .kind(FindingKind.ONE_SIDED_COMMITMENT)
              .severity(Severity.MEDIUM)
              .message(
                  "relationship "
                      + relationship.id()
                      + ": all "
                      + firm.size()
                      + " firm "
                      + (firm.size() == 1 ? "commitment comes" : "commitments come")
                      + " from "
                      + committing
                      + ", none from "
                      + relationship.counterpart(committing))
              .relationship(relationship.id())
              .addParties(host, partner)
              .build());
    }
    Map<CurrencyUnit, BigDecimal[]> totals =
        new TreeMap<>(Comparator.comparing(CurrencyUnit::getCurrencyCode));
    for (Commitment commitment : relationship.commitments()) {
      if (commitment.amount().isPresent()) {
        MonetaryAmount amount = commitment.amount().get();
        BigDecimal[] sums =
            totals.computeIfAbsent(
                amount.getCurrency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        int side = commitment.party().equals(host) ? 0 : 1;
        sums[side] = sums[side].add(amount.getNumber().numberValue(BigDecimal.class));
      }
    }
    for (Map.Entry<CurrencyUnit, BigDecimal[]> entry : totals.entrySet()) {
      CurrencyUnit currency = entry.getKey();
      BigDecimal hostTotal = entry.getValue()[0];
      BigDecimal partnerTotal = entry.getValue()[1];
      boolean hostLarger = hostTotal.compareTo(partnerTotal) > 0;
      BigDecimal larger = hostLarger ? hostTotal : partnerTotal;
      BigDecimal smaller = hostLarger ? partnerTotal : hostTotal;
      if (larger.compareTo(smaller.multiply(maxCommitmentRatio)) > 0) {
        PartnerId big = hostLarger ? host : partner;
        PartnerId small = hostLarger ? partner : host;
        findings.add(
            Finding.builder()
                .kind(FindingKind.COMMITMENT_IMBALANCE)
                .severity(Severity.MEDIUM)
                .message(
                    "relationship "
                        + relationship.id()
                        + ": "
                        + big
                        + " commits "
                        + Money.of(larger, currency)
                        + " and "
                        + small
                        + (smaller.signum() == 0
                            ? " nothing in " + currency.getCurrencyCode()
                            : " "
                                + Money.of(smaller, currency)
                                + ", more than "
                                + maxCommitmentRatio.toPlainString()
                                + " times as much"))
                .relationship(relationship.id())
                .addParties(host, partner)
                .build());
      }
    }
    return findings.build();
  }

  /**
   * Flags every account worked both directly by the host's sellers and with an alliance partner.
   * Where the two sides work the same opportunity, there is one {@link Severity#HIGH} finding per
   * such opportunity; an account where they work only different opportunities gets one {@link
   * Severity#MEDIUM} finding. Findings come in account order, then opportunity order; the parties
   * of a finding are every party on either side of the conflict.
   */
  public ImmutableList<Finding> channelConflicts(Iterable<AccountEngagement> engagements) {
    checkNotNull(engagements, "engagements");
    Map<AccountId, List<AccountEngagement>> byAccount = new TreeMap<>();
    for (AccountEngagement engagement : engagements) {
      checkNotNull(engagement, "engagement");
      byAccount.computeIfAbsent(engagement.account(), a -> new ArrayList<>()).add(engagement);
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Map.Entry<AccountId, List<AccountEngagement>> entry : byAccount.entrySet()) {
      AccountId account = entry.getKey();
      List<AccountEngagement> atAccount = entry.getValue();
      Map<OpportunityId, List<AccountEngagement>> byOpportunity = new TreeMap<>();
      for (AccountEngagement engagement : atAccount) {
        engagement
            .opportunity()
            .ifPresent(
                o -> byOpportunity.computeIfAbsent(o, x -> new ArrayList<>()).add(engagement));
      }
      boolean opportunityConflict = false;
      for (Map.Entry<OpportunityId, List<AccountEngagement>> opportunity :
          byOpportunity.entrySet()) {
        Optional<Finding> conflict =
            conflict(account, Optional.of(opportunity.getKey()), opportunity.getValue());
        if (conflict.isPresent()) {
          opportunityConflict = true;
          findings.add(conflict.get());
        }
      }
      if (!opportunityConflict) {
        conflict(account, Optional.empty(), atAccount).ifPresent(findings::add);
      }
    }
    return findings.build();
  }

  private static Optional<Finding> conflict(
      AccountId account, Optional<OpportunityId> opportunity, List<AccountEngagement> engagements) {
    Set<PartnerId> direct = new TreeSet<>();
    Set<PartnerId> partners = new TreeSet<>();
    for (AccountEngagement engagement : engagements) {
      (engagement.kind() == EngagementKind.DIRECT ? direct : partners).add(engagement.party());
    }
    if (direct.isEmpty() || partners.isEmpty()) {
      return Optional.empty();
    }
    String where =
        opportunity
            .map(o -> "opportunity " + o + " at account " + account)
            .orElse("account " + account);
    return Optional.of(
        Finding.builder()
            .kind(FindingKind.CHANNEL_CONFLICT)
            .severity(opportunity.isPresent() ? Severity.HIGH : Severity.MEDIUM)
            .message(
                where
                    + " is worked directly by "
                    + join(direct)
                    + " and with alliance "
                    + (partners.size() == 1 ? "partner " : "partners ")
                    + join(partners))
            .parties(
                ImmutableSortedSet.<PartnerId>naturalOrder()
                    .addAll(direct)
                    .addAll(partners)
                    .build())
            .account(account)
            .opportunity(opportunity)
            .build());
  }

  /**
   * Flags a relationship whose behaviour shows another motion than it was declared with (see {@link
   * MotionClassification#mismatch()}): {@link Severity#HIGH} when an alliance is run as a plain
   * sale or a channel, which damages it, else {@link Severity#LOW}. The message repeats the rule
   * that decided the observed motion.
   *
   * <p>This is the caller-counts variant; to compare with what the records show, observe the
   * relationship with {@link MotionObserver} and use {@link #motionMismatch}.
   */
  public ImmutableList<Finding> motion(Relationship relationship, RelationshipBehaviour behaviour) {
    MotionClassification classification =
        MotionClassifier.standard().classify(relationship, behaviour);
    if (!classification.mismatch()) {
      return ImmutableList.of();
    }
    String declared =
        classification.declared().label()
            + classification.declaredChannel().map(c -> " with channel " + c).orElse("");
    return ImmutableList.of(
        Finding.builder()
            .kind(FindingKind.MOTION_MISMATCH)
            .severity(classification.damagesAlliance() ? Severity.HIGH : Severity.LOW)
            .message(
                "relationship "
                    + relationship.id()
                    + " is declared "
                    + declared
                    + " but behaves otherwise: "
                    + classification.evidence().get(0)
                    + (classification.damagesAlliance()
                        ? "; running an alliance this way damages it"
                        : ""))
            .relationship(relationship.id())
            .addParties(relationship.host(), relationship.partner())
            .build());
  }

  // ---- Record checks on an as-of date ----

  /**
   * Runs the record checks of one relationship on {@code asOf}: the finding of {@link #unbalanced}
   * if any, then those of {@link #governanceGaps}, then the finding of {@link #reviewOverdue} if
   * any.
   *
   * @throws IllegalArgumentException if {@code host} or {@code partner} is not the relationship's
   *     host or partner
   */
  public ImmutableList<Finding> asOf(
      Relationship relationship, Partner host, Partner partner, LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    checkParties(relationship, host, partner);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    unbalanced(relationship, host, partner).ifPresent(findings::add);
    findings.addAll(governanceGaps(relationship));
    reviewOverdue(relationship, asOf).ifPresent(findings::add);
    return findings.build();
  }

  /**
   * Flags an unbalanced alliance, {@link FindingKind#UNBALANCED_ALLIANCE}: the two sides are a
   * David-and-Goliath pair ({@link Partner#isDavidAndGoliathWith}), the smaller side makes at least
   * one commitment of strength {@link CommitmentStrength#COMMITMENT}, and the larger side makes
   * none (intents, {@link CommitmentStrength#INTENT}, do not count). Sizes that are not known are
   * not flagged, nor is a relationship that is not an alliance (see the class documentation): a
   * channel is unbalanced by design.
   *
   * <p>{@link Severity#HIGH}: the side with the most to fear from being pushed out of deals also
   * carries all the risk, which is where conflict in an alliance comes from. The finding names both
   * parties with their size classes and the number of firm commitments.
   *
   * @param host the relationship's host, whose size is compared
   * @param partner the relationship's partner
   * @throws IllegalArgumentException if {@code host} or {@code partner} is not the relationship's
   *     host or partner
   */
  public Optional<Finding> unbalanced(Relationship relationship, Partner host, Partner partner) {
    checkParties(relationship, host, partner);
    if (!isAlliance(relationship) || !host.isDavidAndGoliathWith(partner)) {
      return Optional.empty();
    }
    Partner larger = larger(host, partner);
    Partner smaller = larger == host ? partner : host;
    long smallerFirm = firmCommitments(relationship, smaller.id());
    if (smallerFirm == 0 || firmCommitments(relationship, larger.id()) > 0) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.builder()
            .kind(FindingKind.UNBALANCED_ALLIANCE)
            .severity(Severity.HIGH)
            .message(
                "relationship "
                    + relationship.id()
                    + ": "
                    + smaller.id()
                    + " ("
                    + smaller.sizeClass().orElseThrow()
                    + ") makes "
                    + (smallerFirm == 1
                        ? "the only firm commitment"
                        : "all " + smallerFirm + " firm commitments")
                    + " and "
                    + larger.id()
                    + " ("
                    + larger.sizeClass().orElseThrow()
                    + ") none, an unbalanced David-and-Goliath alliance in which the smaller side"
                    + " carries the risk")
            .relationship(relationship.id())
            .addParties(host.id(), partner.id())
            .build());
  }

  /**
   * Flags governance given on one side of the relationship only: an executive sponsor named for
   * exactly one of the two sides gives a {@link FindingKind#MISSING_SPONSOR} finding, an alliance
   * manager named for exactly one side a {@link FindingKind#MISSING_ALLIANCE_MANAGER} finding, each
   * concerning the side without one. When neither side names a sponsor (or a manager), there is no
   * gap finding: that is what {@link #governance} reports. Order: sponsor, then alliance manager.
   *
   * <p>Severities follow {@link #governance}: a missing sponsor is {@link Severity#HIGH}, since the
   * sponsor on the other side has no peer to clear obstacles with; a missing alliance manager is
   * {@link Severity#MEDIUM}. The message names the relationship, the person given and both sides.
   */
  public ImmutableList<Finding> governanceGaps(Relationship relationship) {
    checkNotNull(relationship, "relationship");
    Governance governance = relationship.governance();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    gap(
            relationship,
            FindingKind.MISSING_SPONSOR,
            governance.hostSponsor(),
            governance.partnerSponsor())
        .ifPresent(findings::add);
    gap(
            relationship,
            FindingKind.MISSING_ALLIANCE_MANAGER,
            governance.hostAllianceManager(),
            governance.partnerAllianceManager())
        .ifPresent(findings::add);
    return findings.build();
  }

  private static Optional<Finding> gap(
      Relationship relationship,
      FindingKind kind,
      Optional<String> hostName,
      Optional<String> partnerName) {
    if (hostName.isPresent() == partnerName.isPresent()) {
      return Optional.empty();
    }
    boolean sponsor = kind == FindingKind.MISSING_SPONSOR;
    String role = sponsor ? "executive sponsor" : "alliance manager";
    boolean hostGiven = hostName.isPresent();
    String name = hostGiven ? hostName.get() : partnerName.get();
    String givenSide = hostGiven ? "host" : "partner";
    String emptySide = hostGiven ? "partner" : "host";
    PartnerId given = hostGiven ? relationship.host() : relationship.partner();
    PartnerId empty = relationship.counterpart(given);
    return Optional.of(
        Finding.builder()
            .kind(kind)
            .severity(sponsor ? Severity.HIGH : Severity.MEDIUM)
            .message(
                "relationship "
                    + relationship.id()
                    + " names "
                    + role
                    + " "
                    + name
                    + " on the "
                    + givenSide
                    + " side ("
                    + given
                    + ") but no "
                    + role
                    + " on the "
                    + emptySide
                    + " side ("
                    + empty
                    + ")")
            .relationship(relationship.id())
            .addParties(empty)
            .build());
  }

  /**
   * Flags a review past due, {@link FindingKind#REVIEW_OVERDUE}: the relationship's formality has a
   * review cadence ({@link org.alliancekit.model.relationship.Formality#reviewCadence()}), and
   * {@code asOf} is after the due date. The due date is the day of the last review ({@link
   * Relationship#lastReview()}), or the start when there has been none, plus the cadence, added as
   * {@link LocalDate#plus} does (one month from 31 January is the last day of February). A review
   * due on {@code asOf} itself is not overdue yet. No finding without a cadence, nor when the due
   * date is past the last date {@link LocalDate} can hold.
   *
   * <p>{@link Severity#MEDIUM}: the agreement may no longer match how the two sides work, which
   * should be dealt with in the normal course of managing the relationship. The message names the
   * relationship, both parties, the due date and the number of days overdue.
   */
  public Optional<Finding> reviewOverdue(Relationship relationship, LocalDate asOf) {
    checkNotNull(relationship, "relationship");
    checkNotNull(asOf, "asOf");
    Optional<Period> cadence = relationship.formality().reviewCadence();
    if (cadence.isEmpty()) {
      return Optional.empty();
    }
    LocalDate since = relationship.lastReview().orElse(relationship.start());
    LocalDate due;
    try {
      due = since.plus(cadence.get());
    } catch (DateTimeException beyondCalendar) {
      return Optional.empty(); // due after LocalDate.MAX: never overdue
    }
    if (!asOf.isAfter(due)) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.builder()
            .kind(FindingKind.REVIEW_OVERDUE)
            .severity(Severity.MEDIUM)
            .message(
                "relationship "
                    + relationship.id()
                    + " between "
                    + relationship.host()
                    + " and "
                    + relationship.partner()
                    + " was due for review on "
                    + due
                    + " ("
                    + cadence.get()
                    + (relationship.lastReview().isPresent()
                        ? " after its last review on "
                        : " after its start on ")
                    + since
                    + ") and is "
                    + days(ChronoUnit.DAYS.between(due, asOf))
                    + " overdue on "
                    + asOf)
            .relationship(relationship.id())
            .addParties(relationship.host(), relationship.partner())
            .build());
  }

  /**
   * Flags the partner's certified competencies that have expired or are about to, in the order of
   * {@link Partner#competencies()}. A competency's {@link Competency#expires()} is its last valid
   * day, as in {@link Competency#isValidOn}:
   *
   * <ul>
   *   <li>{@link FindingKind#COMPETENCY_EXPIRED}, {@link Severity#MEDIUM}, when {@code expires <
   *       asOf}, that is exactly when the competency is no longer valid on {@code asOf} for its
   *       expiry: the partner can no longer be positioned on the strength of it until it is
   *       renewed.
   *   <li>{@link FindingKind#COMPETENCY_EXPIRING}, {@link Severity#LOW}, when {@code asOf <=
   *       expires <= asOf + }{@link #COMPETENCY_WARNING_DAYS} days, both ends included: still
   *       valid, but renewal should start.
   * </ul>
   *
   * <p>A competency without an expiry date, or expiring later, gives nothing; its first valid day
   * is not considered. The findings concern the partner alone (no relationship) and name the
   * competency, its level, its issuer, its last valid day and the days from or to {@code asOf}.
   */
  public ImmutableList<Finding> competencies(Partner partner, LocalDate asOf) {
    checkNotNull(partner, "partner");
    checkNotNull(asOf, "asOf");
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Competency competency : partner.competencies()) {
      if (competency.expires().isEmpty()) {
        continue;
      }
      LocalDate last = competency.expires().get();
      long daysLeft = ChronoUnit.DAYS.between(asOf, last);
      if (daysLeft > COMPETENCY_WARNING_DAYS) {
        continue;
      }
      boolean expired = daysLeft < 0;
      String what =
          "competency "
              + competency.name()
              + " ("
              + competency.level()
              + ", issued by "
              + competency.issuer()
              + ") of partner "
              + partner.id();
      findings.add(
          Finding.builder()
              .kind(expired ? FindingKind.COMPETENCY_EXPIRED : FindingKind.COMPETENCY_EXPIRING)
              .severity(expired ? Severity.MEDIUM : Severity.LOW)
              .message(
                  expired
                      ? what
                          + " expired: its last valid day was "
                          + last
                          + ", "
                          + days(-daysLeft)
                          + " before "
                          + asOf
                      : what
                          + " expires soon: its last valid day is "
                          + last
                          + (daysLeft == 0
                              ? ", the as-of date"
                              : ", " + days(daysLeft) + " after " + asOf))
              .addParties(partner.id())
              .build());
    }
    return findings.build();
  }

  /**
   * Returns the finding for a deal registration the registration desk rejects, {@link
   * FindingKind#REGISTRATION_REJECTED}, concerning the registering partner and the opportunity, and
   * the relationship when known. The message names the registration, the partner, the opportunity,
   * the relationship if given, and the desk's reason.
   *
   * <p>{@link Severity#MEDIUM}: the partner's claim is not protected and it needs to hear why in
   * the normal course, before it keeps working the deal or loses goodwill.
   *
   * @param relationship the relationship the registration was made under, if known
   * @param partner the partner that registered the deal
   * @param registration the rejected registration
   * @param opportunity the opportunity the registration claims
   * @param reason why the desk rejected it, as a phrase
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public static Finding registrationRejected(
      Optional<RelationshipId> relationship,
      PartnerId partner,
      RegistrationId registration,
      OpportunityId opportunity,
      String reason) {
    checkNotNull(relationship, "relationship");
    checkNotNull(partner, "partner");
    checkNotNull(registration, "registration");
    checkNotNull(opportunity, "opportunity");
    checkNotNull(reason, "reason");
    checkArgument(
        !reason.isBlank(),
        "reason for rejecting registration %s must not be blank, got '%s'",
        registration,
        reason);
    return Finding.builder()
        .kind(FindingKind.REGISTRATION_REJECTED)
        .severity(Severity.MEDIUM)
        .message(
            "deal registration "
                + registration
                + " by "
                + partner
                + " for opportunity "
                + opportunity
                + relationship.map(r -> " under relationship " + r).orElse("")
                + " is rejected: "
                + reason.strip())
        .relationship(relationship)
        .addParties(partner)
        .opportunity(opportunity)
        .build();
  }

  private static long firmCommitments(Relationship relationship, PartnerId party) {
    return relationship.commitments().stream()
        .filter(c -> c.party().equals(party) && c.strength() == CommitmentStrength.COMMITMENT)
        .count();
  }

  /** The larger of a David-and-Goliath pair, whose size classes are therefore both known. */
  private static Partner larger(Partner host, Partner partner) {
    return host.sizeClass().orElseThrow().compareTo(partner.sizeClass().orElseThrow()) > 0
        ? host
        : partner;
  }

  private static String days(long count) {
    return count == 1 ? "1 day" : count + " days";
  }

  private static void checkParties(Relationship relationship, Partner host, Partner partner) {
    checkNotNull(relationship, "relationship");
    checkNotNull(host, "host");
    checkNotNull(partner, "partner");
    checkArgument(
        host.id().equals(relationship.host()),
        "host %s is not the host %s of relationship %s",
        host.id(),
        relationship.host(),
        relationship.id());
    checkArgument(
        partner.id().equals(relationship.partner()),
        "partner %s is not the partner %s of relationship %s",
        partner.id(),
        relationship.partner(),
        relationship.id());
  }

  /**
   * Flags a relationship whose records show another motion than it was declared with, as {@link
   * MotionObserver} reads them: the observed motion is not {@link ObservedMotion#UNDETERMINED} and
   * is of another kind than the declared one, or both are sell-through but the records show the
   * other side as the channel. The finding is {@link Severity#MEDIUM}; its message names the
   * relationship, the declared motion, the observed one and the counts. An undetermined observation
   * is never a mismatch.
   *
   * <p>This is the records variant; {@link #motion} compares with counts the caller typed.
   *
   * @throws IllegalArgumentException if the observation is of another relationship
   */
  public Optional<Finding> motionMismatch(
      Relationship relationship, MotionObservation observation) {
    checkNotNull(relationship, "relationship");
    checkNotNull(observation, "observation");
    checkArgument(
        observation.relationship().equals(relationship.id()),
        "observation of relationship %s does not belong to relationship %s",
        observation.relationship(),
        relationship.id());
    Optional<MotionKind> observed = observation.observed().motion();
    MotionKind declared = MotionKind.of(relationship.motion());
    Optional<PartnerId> declaredChannel =
        relationship.motion() instanceof SellThrough sellThrough
            ? Optional.of(sellThrough.channel())
            : Optional.empty();
    if (observed.isEmpty()
        || (observed.get() == declared && observation.channel().equals(declaredChannel))) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.builder()
            .kind(FindingKind.MOTION_MISMATCH)
            .severity(Severity.MEDIUM)
            .message(
                "relationship "
                    + relationship.id()
                    + " is declared "
                    + declared.label()
                    + declaredChannel.map(c -> " with channel " + c).orElse("")
                    + ", but its records show "
                    + observation.reason())
            .relationship(relationship.id())
            .addParties(relationship.host(), relationship.partner())
            .build());
  }

  /**
   * Flags, from the pipeline records, every account where the host's direct sellers and an alliance
   * partner both have an open deal: for each relationship of {@code host} with a partner P
   * (relationships whose host is another party are skipped), each account that has
   *
   * <ul>
   *   <li>an open <em>direct</em> opportunity of the host: owned by the host, with no other party
   *       involved ({@link Opportunity#isPartnerInvolved()} false), and
   *   <li>an open opportunity in which P takes part: P owns it or is among its involved parties, in
   *       any role, whoever owns it,
   * </ul>
   *
   * <p>with their open periods overlapping. An opportunity's <em>open period</em> runs from the day
   * it was created to the day it closed (the date of the first stage change into a closed stage in
   * its stage history or, if the history has none although it is closed, its expected close date)
   * or, while it is open, to {@code asOf}; it never runs past {@code asOf}, and opportunities
   * created after {@code asOf} are ignored. The records are taken as they stand on {@code asOf}, so
   * an opportunity is <em>open</em> when its {@link Opportunity#outcome()} is {@link Outcome#OPEN}
   * and it was created on or before {@code asOf}. Two such open opportunities both have open
   * periods that reach {@code asOf}, so their open periods overlap at {@code asOf}; the check is
   * thus: both open as of {@code asOf}. Closed opportunities never conflict here.
   *
   * <p>There is one {@link Severity#HIGH} finding per relationship and account. Its message names
   * the relationship, both parties, the account and the lowest opportunity id on each side, with
   * how many open opportunities each side has there; its opportunity is the lowest id among the
   * host's open direct ones. Findings come in relationship id order, then account order.
   * Opportunities are grouped by account in one pass, so the check runs in time linear in the
   * opportunities and relationships, plus sorting the findings.
   */
  public ImmutableList<Finding> channelConflicts(
      PartnerId host,
      Collection<Relationship> relationships,
      Collection<Opportunity> opportunities,
      LocalDate asOf) {
    checkNotNull(host, "host");
    checkNotNull(relationships, "relationships");
    checkNotNull(opportunities, "opportunities");
    checkNotNull(asOf, "asOf");
    Map<PartnerId, List<Relationship>> byPartner = new HashMap<>();
    for (Relationship relationship : relationships) {
      checkNotNull(relationship, "relationships must not hold null");
      if (relationship.host().equals(host)) {
        byPartner
            .computeIfAbsent(relationship.partner(), p -> new ArrayList<>(1))
            .add(relationship);
      }
    }
    // First the accounts with an open direct opportunity, then the partners' open opportunities at
    // those accounts only: an account without a direct one has no conflict, so its partners'
    // opportunities are not grouped at all.
    Map<AccountId, TreeSet<OpportunityId>> direct = new HashMap<>();
    List<Opportunity> open = new ArrayList<>();
    for (Opportunity opportunity : opportunities) {
      checkNotNull(opportunity, "opportunities must not hold null");
      if (opportunity.outcome() != Outcome.OPEN || opportunity.created().isAfter(asOf)) {
        continue;
      }
      if (opportunity.owner().equals(host) && !opportunity.isPartnerInvolved()) {
        direct
            .computeIfAbsent(opportunity.account().id(), a -> new TreeSet<>())
            .add(opportunity.id());
      } else {
        open.add(opportunity);
      }
    }
    Map<AccountId, Map<PartnerId, TreeSet<OpportunityId>>> withPartner = new HashMap<>();
    for (Opportunity opportunity : open) {
      AccountId account = opportunity.account().id();
      if (!direct.containsKey(account)) {
        continue;
      }
      PartnerId owner = opportunity.owner();
      if (!owner.equals(host) && byPartner.containsKey(owner)) {
        takesPart(withPartner, account, owner, opportunity);
      }
      // The involved parties other than the owner; a party in two roles is added once.
      for (Involvement involvement : opportunity.involvements()) {
        PartnerId party = involvement.party();
        if (!party.equals(owner) && !party.equals(host) && byPartner.containsKey(party)) {
          takesPart(withPartner, account, party, opportunity);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<AccountId, TreeSet<OpportunityId>> entry : direct.entrySet()) {
      AccountId account = entry.getKey();
      Map<PartnerId, TreeSet<OpportunityId>> partners = withPartner.get(account);
      if (partners == null) {
        continue;
      }
      for (Map.Entry<PartnerId, TreeSet<OpportunityId>> partner : partners.entrySet()) {
        for (Relationship relationship : byPartner.get(partner.getKey())) {
          findings.add(conflict(relationship, account, entry.getValue(), partner.getValue(), asOf));
        }
      }
    }
    findings.sort(
        Comparator.comparing((Finding f) -> f.relationship().orElseThrow())
            .thenComparing(f -> f.account().orElseThrow()));
    return ImmutableList.copyOf(findings);
  }

  private static void takesPart(
      Map<AccountId, Map<PartnerId, TreeSet<OpportunityId>>> withPartner,
      AccountId account,
      PartnerId party,
      Opportunity opportunity) {
    withPartner
        .computeIfAbsent(account, a -> new HashMap<>())
        .computeIfAbsent(party, p -> new TreeSet<>())
        .add(opportunity.id());
  }

  private static Finding conflict(
      Relationship relationship,
      AccountId account,
      SortedSet<OpportunityId> direct,
      SortedSet<OpportunityId> withPartner,
      LocalDate asOf) {
    return Finding.builder()
        .kind(FindingKind.CHANNEL_CONFLICT)
        .severity(Severity.HIGH)
        .message(
            "relationship "
                + relationship.id()
                + ": at account "
                + account
                + ", "
                + relationship.host()
                + " works "
                + openOpportunities(direct, "direct opportunity", "direct opportunities")
                + " and "
                + relationship.partner()
                + " takes part in "
                + openOpportunities(withPartner, "opportunity", "opportunities")
                + ", all open on "
                + asOf)
        .relationship(relationship.id())
        .addParties(relationship.host(), relationship.partner())
        .account(account)
        .opportunity(direct.first())
        .build();
  }

  private static String openOpportunities(SortedSet<OpportunityId> ids, String one, String many) {
    return ids.size() == 1
        ? "1 open " + one + " (" + ids.first() + ")"
        : ids.size() + " open " + many + " (lowest " + ids.first() + ")";
  }

  private static boolean isAlliance(Relationship relationship) {
    return relationship.isAlliance() || relationship.symmetry() == Symmetry.SYMMETRIC_ALLIANCE;
  }

  private static String join(Set<PartnerId> parties) {
    return parties.stream().map(PartnerId::toString).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "RelationshipChecks{maxCommitmentRatio=" + maxCommitmentRatio.toPlainString() + "}";
  }
}
