package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Everything read from one portfolio folder: partners (with their competencies), relationships with
 * their alliance revenue (and commitments), assessments, opportunities with their involvements and
 * stage histories, accounts, leads, solutions, deal registrations, partner networks, the revenue
 * booked per half-year or quarter, the partner programme (tiers, assigned tiers, incentives and
 * solution needs), joint business plans, joint marketing budgets, fund requests and claims,
 * campaigns with their members, mind-share surveys, the exchange rates (empty when the folder has
 * none), and every problem met while reading. {@link #portfolio()} gives the same records as the
 * model's {@link AlliancePortfolio}.
 *
 * <p>The lists keep the order of the files. {@link org.alliancekit.io.csv.PortfolioReader} fills
 * one from a folder; the values it holds have passed every check, so computations can use them as
 * they are, and the problems say what was left out.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PortfolioData implements WithPortfolioData {
  PortfolioData() {}

  /** The partners (the host among them), in file order. */
  public abstract ImmutableList<PartnerRow> partners();

  /** The relationships with their alliance revenue, in file order. */
  public abstract ImmutableList<RelationshipRow> relationships();

  /** The assessments, in order of their first row. */
  public abstract ImmutableList<Assessment> assessments();

  /** The opportunities with their involvements, in file order. */
  public abstract ImmutableList<Opportunity> opportunities();

  /** The customer accounts with their details, in file order. */
  public abstract ImmutableList<Account> accounts();

  /** The leads, in file order. */
  public abstract ImmutableList<Lead> leads();

  /** The solutions, in order of their first row. */
  public abstract ImmutableList<Solution> solutions();

  /** The deal registrations, in file order. */
  public abstract ImmutableList<Registration> registrations();

  /** The partner networks, in order of their first row. */
  public abstract ImmutableList<PartnerNetwork> networks();

  /** The alliance revenue booked per relationship and period, in file order. */
  public abstract ImmutableList<PeriodRevenue> revenues();

  /** The partner programme's tiers, in file order. */
  public abstract ImmutableList<ProgrammeTier> tiers();

  /** The tiers assigned to partners, in file order. */
  public abstract ImmutableList<PartnerTier> partnerTiers();

  /** The partner programme's incentives, in file order. */
  public abstract ImmutableList<Incentive> incentives();

  /** The competencies the solutions need, in file order. */
  public abstract ImmutableList<SolutionNeed> solutionNeeds();

  /** The joint business plans, in order of their first row. */
  public abstract ImmutableList<BusinessPlan> plans();

  /** The joint marketing budgets, in file order. */
  public abstract ImmutableList<MarketingBudget> budgets();

  /** The fund requests, in file order. */
  public abstract ImmutableList<FundRequest> fundRequests();

  /** The fund claims, in file order. */
  public abstract ImmutableList<FundClaim> fundClaims();

  /** The campaigns with their members, in file order. */
  public abstract ImmutableList<Campaign> campaigns();

  /** The mind-share surveys, in order of their first row. */
  public abstract ImmutableList<MindShareSurvey> surveys();

  /**
   * The host company: the host most relationships name (of those named equally often, the one named
   * first), else the first partner; empty for a portfolio with neither. A relationship that names
   * another host is then a problem of that relationship, not of all the others.
   */
  @Value.Derived
  public Optional<PartnerId> host() {
    Map<PartnerId, Integer> counts = new LinkedHashMap<>();
    for (RelationshipRow row : relationships()) {
      counts.merge(row.relationship().host(), 1, Integer::sum);
    }
    Optional<PartnerId> host = Optional.empty();
    int most = 0;
    for (Map.Entry<PartnerId, Integer> count : counts.entrySet()) {
      if (count.getValue() > most) {
        host = Optional.of(count.getKey());
        most = count.getValue();
      }
    }
    return host.or(() -> partners().stream().findFirst().map(PartnerRow::id));
  }

  /**
   * The records as the model's portfolio aggregate, whose {@link AlliancePortfolio#problems()}
   * checks the rules that span records; empty when there is no {@link #host()}.
   */
  public Optional<AlliancePortfolio> portfolio() {
    return host()
        .map(
            host ->
                AlliancePortfolio.builder()
                    .host(host)
                    .partners(partners().stream().map(PartnerRow::partner).toList())
                    .accounts(accounts())
                    .relationships(
                        relationships().stream().map(RelationshipRow::relationship).toList())
                    .assessments(assessments())
                    .opportunities(opportunities())
                    .leads(leads())
                    .solutions(solutions())
                    .registrations(registrations())
                    .networks(networks())
                    .revenues(revenues())
                    .tiers(tiers())
                    .partnerTiers(partnerTiers())
                    .incentives(incentives())
                    .solutionNeeds(solutionNeeds())
                    .plans(plans())
                    .budgets(budgets())
                    .fundRequests(fundRequests())
                    .fundClaims(fundClaims())
                    .campaigns(campaigns())
                    .surveys(surveys())
                    .rates(rates())
                    .build());
  }

  /** The exchange rates; {@link ExchangeRates#empty()} unless given. */
  @Value.Default
  public ExchangeRates rates() {
    return ExchangeRates.empty();
  }

  /** Every problem met while reading, errors and warnings, file by file in the order met. */
  public abstract ImmutableList<Problem> problems();

  /** Whether any problem is an error, so that some input was left out. */
  public boolean hasErrors() {
    return problems().stream().anyMatch(problem -> !problem.isWarning());
  }

  /** Returns the partner row with the given id, if there is one. */
  public Optional<PartnerRow> partner(PartnerId id) {
    checkNotNull(id, "id");
    return partners().stream().filter(row -> row.id().equals(id)).findFirst();
  }

  /** Returns the relationship row with the given id, if there is one. */
  public Optional<RelationshipRow> relationship(RelationshipId id) {
    checkNotNull(id, "id");
    return relationships().stream().filter(row -> row.id().equals(id)).findFirst();
  }

  /** Returns the assessments of the given relationship, in order. */
  public ImmutableList<Assessment> assessmentsOf(RelationshipId id) {
    checkNotNull(id, "id");
    return assessments().stream()
        .filter(assessment -> assessment.relationship().equals(id))
        .collect(toImmutableList());
  }

  /** Returns a new builder; every attribute may be left empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PortfolioData}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePortfolioData.Builder {
    Builder() {}
  }
}
