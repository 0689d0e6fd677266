package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
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
 *   <li>{@link #motion}: a relationship that behaves as another motion than it was declared with
 *       (see {@link MotionClassifier}).
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
    if (!isAlliance(relationship)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (host.isDavidAndGoliathWith(partner)) {
      boolean hostLarger =
          host.sizeClass().orElseThrow().compareTo(partner.sizeClass().orElseThrow()) > 0;
      Partner larger = hostLarger ? host : partner;
      Partner smaller = hostLarger ? partner : host;
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
