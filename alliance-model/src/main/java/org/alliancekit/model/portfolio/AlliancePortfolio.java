package org.alliancekit.model.portfolio;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Function;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVenture;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Everything an alliance team keeps about its partners, as one value: the host company, its
 * partners (the host among them), customer accounts, relationships, assessments, opportunities,
 * leads, solutions, deal registrations, joint ventures, partner networks, the alliance revenue
 * booked per half-year or quarter, the partner programme (its tiers, the partners' assigned tiers,
 * its incentives and the competencies each solution needs), joint business plans, joint marketing
 * budgets, fund requests and claims, campaigns, mind-share surveys, and fixed exchange rates.
 *
 * <p>Each record is valid on its own (its type checks that on construction). The rules that span
 * records are not enforced on construction, so that a portfolio read from a CRM can be built whole
 * and examined; {@link #problems()} lists every record that breaks one:
 *
 * <ul>
 *   <li>no id twice within a list ({@link org.alliancekit.model.batch.ProblemKind#DUPLICATE}): for
 *       the programme, no tier name or tier rank twice, no partner assigned two tiers, no programme
 *       listing a tier twice and no solution needing a competency twice;
 *   <li>every reference resolves ({@link
 *       org.alliancekit.model.batch.ProblemKind#UNKNOWN_REFERENCE}): the host and each party named
 *       by a relationship, opportunity, lead, solution, registration, venture or network is a
 *       partner; each assessment's and revenue's relationship, each registration's opportunity and
 *       each lead's converted opportunity exists; an opportunity's solution is the portfolio's
 *       solution of that id; an assigned tier's partner is a partner and its tier a programme tier,
 *       an incentive's tier is a programme tier, and a solution need's solution is a solution; each
 *       plan's, budget's, campaign's and survey's relationship exists, as do each fund request's
 *       budget and campaign, each claim's request and each campaign's leads and opportunities;
 *   <li>an objective's accountable party and a budget's party are parties to the relationship
 *       ({@link org.alliancekit.model.batch.ProblemKind#INCONSISTENT});
 *   <li>every relationship has the portfolio's host as its host ({@link
 *       org.alliancekit.model.batch.ProblemKind#INCONSISTENT});
 *   <li>no relationship books revenue twice for the same months ({@link
 *       org.alliancekit.model.batch.ProblemKind#INCONSISTENT}).
 * </ul>
 *
 * <p>An account named only by an opportunity or lead need not be in {@link #accounts()}. Lists keep
 * the order given. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class AlliancePortfolio implements WithAlliancePortfolio {
  AlliancePortfolio() {}

  /** The company whose alliances these are. */
  public abstract PartnerId host();

  /** The companies, the host among them. */
  public abstract ImmutableList<Partner> partners();

  /** Customer accounts with their details; may leave out accounts known only by name. */
  public abstract ImmutableList<Account> accounts();

  /** The host's relationships with its partners. */
  public abstract ImmutableList<Relationship> relationships();

  /** The assessments of the relationships. */
  public abstract ImmutableList<Assessment> assessments();

  /** The opportunities with their involvements and stage histories. */
  public abstract ImmutableList<Opportunity> opportunities();

  /** The leads passed between the parties. */
  public abstract ImmutableList<Lead> leads();

  /** The solutions the parties sell together. */
  public abstract ImmutableList<Solution> solutions();

  /** The deal registrations, several per opportunity when partners compete. */
  public abstract ImmutableList<Registration> registrations();

  /** The joint ventures the parties own. */
  public abstract ImmutableList<JointVenture> ventures();

  /** The partner networks the parties belong to. */
  public abstract ImmutableList<PartnerNetwork> networks();

  /** The alliance revenue booked per relationship and half-year or quarter. */
  public abstract ImmutableList<PeriodRevenue> revenues();

  /** The tiers of the partner programme, in any order (their ranks order them). */
  public abstract ImmutableList<ProgrammeTier> tiers();

  /** The tier the programme has assigned to each partner that has one. */
  public abstract ImmutableList<PartnerTier> partnerTiers();

  /** The incentives of the partner programme: rebates and referral fees. */
  public abstract ImmutableList<Incentive> incentives();

  /** The competencies the solutions need. */
  public abstract ImmutableList<SolutionNeed> solutionNeeds();

  /** The joint business plans of the relationships. */
  public abstract ImmutableList<BusinessPlan> plans();

  /** Each party's contributions to the relationships' joint marketing budgets. */
  public abstract ImmutableList<MarketingBudget> budgets();

  /** The requests for joint marketing funds. */
  public abstract ImmutableList<FundRequest> fundRequests();

  /** The claims against fund requests. */
  public abstract ImmutableList<FundClaim> fundClaims();

  /** The relationships' push and pull campaigns with their members. */
  public abstract ImmutableList<Campaign> campaigns();

  /** The mind-share surveys of the partners' people. */
  public abstract ImmutableList<MindShareSurvey> surveys();

  /** Fixed exchange rates; {@link ExchangeRates#empty()} unless given. */
  @Value.Default
  public ExchangeRates rates() {
    return ExchangeRates.empty();
  }

  /**
   * Every record that breaks a rule spanning records, in the order of the sections ({@link
   * Section}), then of the records. Empty for a consistent portfolio.
   */
  @Value.Lazy
  public ImmutableList<RecordProblem> problems() {
    return PortfolioRules.check(this);
  }

  /** The partner with the given id, if listed. */
  public Optional<Partner> partner(PartnerId id) {
    return find(partners(), Partner::id, checkNotNull(id, "id"));
  }

  /** The account with the given id, if listed. */
  public Optional<Account> account(AccountId id) {
    return find(accounts(), Account::id, checkNotNull(id, "id"));
  }

  /** The relationship with the given id, if listed. */
  public Optional<Relationship> relationship(RelationshipId id) {
    return find(relationships(), Relationship::id, checkNotNull(id, "id"));
  }

  /** The opportunity with the given id, if listed. */
  public Optional<Opportunity> opportunity(OpportunityId id) {
    return find(opportunities(), Opportunity::id, checkNotNull(id, "id"));
  }

  /** The solution with the given id, if listed. */
  public Optional<Solution> solution(SolutionId id) {
    return find(solutions(), Solution::id, checkNotNull(id, "id"));
  }

  /** The registrations of the given opportunity, in order. */
  public ImmutableList<Registration> registrationsOf(OpportunityId opportunity) {
    checkNotNull(opportunity, "opportunity");
    return registrations().stream()
        .filter(registration -> registration.opportunity().equals(opportunity))
        .collect(ImmutableList.toImmutableList());
  }

  /** The revenues of the given relationship, in order. */
  public ImmutableList<PeriodRevenue> revenuesOf(RelationshipId relationship) {
    checkNotNull(relationship, "relationship");
    return revenues().stream()
        .filter(revenue -> revenue.relationship().equals(relationship))
        .collect(ImmutableList.toImmutableList());
  }

  /** The assessments of the given relationship, in order. */
  public ImmutableList<Assessment> assessmentsOf(RelationshipId relationship) {
    checkNotNull(relationship, "relationship");
    return assessments().stream()
        .filter(assessment -> assessment.relationship().equals(relationship))
        .collect(ImmutableList.toImmutableList());
  }

  private static <T, K> Optional<T> find(ImmutableList<T> values, Function<T, K> id, K key) {
    return values.stream().filter(value -> id.apply(value).equals(key)).findFirst();
  }

  /** Returns a new builder; the host is required, every list may be left empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AlliancePortfolio}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableAlliancePortfolio.Builder {
    Builder() {}
  }
}
