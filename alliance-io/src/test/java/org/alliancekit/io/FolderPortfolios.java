package org.alliancekit.io;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.network.NetworkType;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Exclusivity;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;

/**
 * Consistent portfolios within what a portfolio folder holds, generated from a seed: every kind of
 * record, every optional column sometimes filled and sometimes empty, references that resolve.
 */
public final class FolderPortfolios {
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(
          Monetary.getCurrency("EUR"), Monetary.getCurrency("GBP"), Monetary.getCurrency("JPY"));
  private static final StageModel STAGES = StageModels.coSell();
  private static final List<String> NAMES =
      List.of("Acme Integration", "Globex", "Initech, Ltd", "Zürich \"Data\" AG", "=cmd|calc");
  private static final List<String> WORDS =
      List.of("EMEA", "DACH", "mid-market", "public sector", "retail", "@handle", "-dash");

  private final SplittableRandom random;
  private final PartnerId host = PartnerId.of("hq");

  private FolderPortfolios(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A consistent portfolio that a folder can hold, from a seed. */
  public static PortfolioData generate(long seed) {
    return new FolderPortfolios(seed).portfolio();
  }

  private boolean chance() {
    return random.nextBoolean();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private LocalDate day(int fromYear) {
    return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(700));
  }

  private Money money(CurrencyUnit currency) {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return Money.of(
        BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), digits).setScale(digits), currency);
  }

  private Set<String> words() {
    Set<String> words = new LinkedHashSet<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      words.add(pick(WORDS));
    }
    return words;
  }

  private PortfolioData portfolio() {
    int partnerCount = 1 + random.nextInt(5);
    List<PartnerId> partners = new ArrayList<>();
    for (int i = 0; i < partnerCount; i++) {
      partners.add(PartnerId.of("p" + i));
    }
    List<PartnerId> everyone = new ArrayList<>(partners);
    everyone.add(0, host);
    List<PartnerRow> partnerRows = new ArrayList<>();
    for (PartnerId id : everyone) {
      partnerRows.add(partner(id, everyone));
    }
    List<RelationshipRow> relationships = new ArrayList<>();
    List<PeriodRevenue> revenues = new ArrayList<>();
    for (PartnerId partner : partners) {
      RelationshipRow row = relationship(partner);
      relationships.add(row);
      int halves = random.nextInt(4);
      for (int h = 0; h < halves; h++) {
        revenues.add(
            PeriodRevenue.of(
                row.id(), RevenuePeriod.half(2024 + h / 2, 1 + h % 2), money(row.currency())));
      }
      if (chance()) {
        revenues.add(
            PeriodRevenue.of(row.id(), RevenuePeriod.quarter(2026, 3), money(row.currency())));
      }
    }
    List<Assessment> assessments = new ArrayList<>();
    for (int i = 0; i < relationships.size(); i++) {
      if (chance()) {
        assessments.add(assessment("a" + i, relationships.get(i).id()));
      }
    }
    List<Solution> solutions = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      solutions.add(solution("s" + i, everyone));
    }
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Account account = Account.of(AccountId.of("acc" + i), pick(NAMES));
      accounts.add(
          chance()
              ? account
                  .withCountry(CountryCode.of(pick(List.of("GB", "DE", "US"))))
                  .withIndustry(pick(List.of("Retail", "Utilities")))
                  .withSegment("enterprise")
              : account);
    }
    List<Opportunity> opportunities = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      opportunities.add(opportunity("o" + i, partners, accounts, solutions));
    }
    List<Lead> leads = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      leads.add(lead("l" + i, partners, accounts, opportunities));
    }
    List<Registration> registrations = new ArrayList<>();
    for (Opportunity opportunity : opportunities) {
      if (chance()) {
        registrations.add(registration("g" + registrations.size(), opportunity, partners));
      }
    }
    List<PartnerNetwork> networks = new ArrayList<>();
    if (chance()) {
      networks.add(network("n1", everyone));
    }
    ExchangeRates rates =
        chance()
            ? ExchangeRates.of(
                ExchangeRate.of(CURRENCIES.get(0), CURRENCIES.get(1), new BigDecimal("0.85")))
            : ExchangeRates.empty();
    return PortfolioData.builder()
        .partners(partnerRows)
        .relationships(relationships)
        .assessments(assessments)
        .opportunities(opportunities)
        .accounts(accounts)
        .leads(leads)
        .solutions(solutions)
        .registrations(registrations)
        .networks(networks)
        .revenues(revenues)
        .rates(rates)
        .build();
  }

  private PartnerRow partner(PartnerId id, List<PartnerId> everyone) {
    Partner.Builder partner =
        Partner.builder()
            .id(id)
            .name(pick(NAMES))
            .addKinds(pick(List.of(PartnerKind.values())))
            .segments(words())
            .regions(words())
            .fiscalYearStartMonth(Month.of(1 + random.nextInt(12)));
    if (chance()) {
      partner.headquarters(CountryCode.of(pick(List.of("GB", "DE", "FR"))));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate from = day(2024);
      Competency competency =
          Competency.of(pick(WORDS), pick(List.of(CompetencyLevel.values())), pick(everyone));
      partner.addCompetencies(
          chance() ? competency.withValidFrom(from).withExpires(from.plusDays(400)) : competency);
    }
    if (chance()) {
      CurrencyUnit currency = pick(CURRENCIES);
      partner.size(CompanySize.of(random.nextInt(1, 100_000), money(currency)));
      return PartnerRow.of(partner.build(), currency);
    }
    return PartnerRow.of(partner.build());
  }

  private RelationshipRow relationship(PartnerId partner) {
    LocalDate start = day(2020);
    FormalityKind kind = pick(List.of(FormalityKind.values()));
    Formality formality =
        kind != FormalityKind.INFORMAL && chance()
            ? Formality.of(kind).withReviewCadence(Period.ofMonths(1 + random.nextInt(24)))
            : Formality.of(kind);
    Relationship.Builder relationship =
        Relationship.builder()
            .id(RelationshipId.of("r-" + partner))
            .host(host)
            .partner(partner)
            .motion(
                pick(
                    List.of(
                        SellWith.of("host", "partner", true),
                        SellTo.of(host, partner),
                        SellThrough.of(host, partner))))
            .symmetry(pick(List.of(Symmetry.values())))
            .formality(formality)
            .start(start);
    if (chance()) {
      relationship.lastReview(start.plusDays(random.nextInt(900)));
    }
    if (chance()) {
      relationship.governance(
          Governance.builder().hostSponsor("Dana Reyes").partnerAllianceManager("Li Wei").build());
    }
    if (chance()) {
      relationship.exclusivity(Exclusivity.builder().addTerritories("UK", "IE").build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Commitment.Builder commitment =
          Commitment.builder()
              .party(chance() ? host : partner)
              .resource(pick(List.of(ResourceKind.values())))
              .strength(pick(List.of(CommitmentStrength.values())));
      if (chance()) {
        commitment.quantity(BigDecimal.valueOf(random.nextInt(1, 500), 1));
      } else {
        commitment.amount(money(CURRENCIES.get(0)));
      }
      if (chance()) {
        LocalDate from = day(2025);
        commitment.periodStart(from).periodEnd(from.plusDays(364));
      }
      relationship.addCommitments(commitment.build());
    }
    CurrencyUnit currency = pick(CURRENCIES);
    return RelationshipRow.of(relationship.build(), money(currency));
  }

  private Assessment assessment(String id, RelationshipId relationship) {
    FactorCatalog catalog =
        chance() ? FactorCatalogs.bestPractices() : FactorCatalogs.allianceSalesScorecard();
    List<Rating> ratings = new ArrayList<>();
    for (String code : catalog.codes()) {
      if (random.nextInt(4) == 0) {
        ratings.add(chance() ? Rating.of(code, random.nextInt(11)) : Rating.unknown(code));
      }
    }
    if (ratings.isEmpty()) {
      ratings.add(Rating.of(catalog.codes().get(0), 5));
    }
    return Assessment.builder()
        .id(AssessmentId.of(id))
        .relationship(relationship)
        .side(pick(List.of(Side.values())))
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .date(day(2025))
        .catalog(catalog)
        .scale(RatingScale.parse("0..10"))
        .ratings(ratings)
        .build();
  }

  private Solution solution(String id, List<PartnerId> everyone) {
    List<Contribution> contributions = new ArrayList<>();
    for (PartnerId party : everyone) {
      if (contributions.isEmpty() || chance()) {
        Contribution contribution =
            Contribution.of(
                party,
                pick(List.of(ContributionKind.values())),
                pick(List.of(ContributionKind.values())));
        contributions.add(
            contribution.includes(ContributionKind.RESALE) && chance()
                ? contribution.withMarginPercent(BigDecimal.valueOf(random.nextInt(1, 400), 1))
                : contribution);
      }
    }
    return Solution.builder()
        .id(SolutionId.of(id))
        .name(pick(NAMES))
        .contributions(contributions)
        .build();
  }

  private Opportunity opportunity(
      String id, List<PartnerId> partners, List<Account> accounts, List<Solution> solutions) {
    LocalDate created = day(2025);
    // Open stages in order, then at most one closed stage: a deal is never both won and lost.
    List<Stage> path =
        new ArrayList<>(
            STAGES.openStages().subList(0, 1 + random.nextInt(STAGES.openStages().size())));
    if (chance()) {
      path.add(pick(STAGES.closedStages()));
    }
    Stage stage = path.get(path.size() - 1);
    Opportunity.Builder opportunity =
        Opportunity.builder()
            .id(OpportunityId.of(id))
            .account(Account.of(pick(accounts).id(), pick(NAMES)))
            .name(pick(NAMES))
            .amount(money(pick(CURRENCIES)))
            .stage(stage)
            .created(created)
            .expectedClose(created.plusDays(random.nextInt(300)))
            .owner(host);
    PartnerId partner = pick(partners);
    if (chance()) {
      opportunity
          .addInvolvements(Involvement.of(partner, InvolvementRole.CO_SELLER))
          .origin(pick(List.of(Origin.values())));
      if (chance()) {
        opportunity.addInvolvements(
            Involvement.of(partner, InvolvementRole.ORIGINATOR).withSince(created));
      }
    }
    if (!solutions.isEmpty() && chance()) {
      opportunity.solution(pick(solutions));
    }
    if (chance()) {
      LocalDate date = created;
      for (Stage entered : path) {
        opportunity.addStageHistory(StageChange.of(date, entered));
        date = date.plusDays(random.nextInt(30));
      }
    }
    if (chance()) {
      opportunity.nextStep("Workshop, then \"proposal\"");
    }
    if (stage.name().equals("Closed Lost") && chance()) {
      opportunity.closedLostReason("Budget moved");
    }
    return opportunity.build();
  }

  private Lead lead(
      String id,
      List<PartnerId> partners,
      List<Account> accounts,
      List<Opportunity> opportunities) {
    boolean inbound = chance();
    PartnerId partner = pick(partners);
    Account account = pick(accounts);
    Lead.Builder lead =
        Lead.builder()
            .id(LeadId.of(id))
            .account(Account.of(account.id(), account.name()))
            .source(inbound ? partner : host)
            .received(day(2025))
            .addSharedWith(inbound ? host : partner);
    if (!opportunities.isEmpty() && chance()) {
      lead.status(LeadStatus.CONVERTED).convertedOpportunity(pick(opportunities).id());
    } else {
      lead.status(pick(List.of(LeadStatus.NEW, LeadStatus.ACCEPTED, LeadStatus.REJECTED)));
    }
    return lead.build();
  }

  private Registration registration(String id, Opportunity opportunity, List<PartnerId> partners) {
    LocalDate submitted = opportunity.created().plusDays(random.nextInt(10));
    DealRegistration registration =
        chance()
            ? DealRegistration.pending(pick(partners), submitted)
            : DealRegistration.builder()
                .registeringParty(pick(partners))
                .submitted(submitted)
                .decided(submitted.plusDays(3))
                .expires(submitted.plusDays(180))
                .status(RegistrationStatus.APPROVED)
                .build();
    return Registration.of(RegistrationId.of(id), opportunity.id(), registration);
  }

  private PartnerNetwork network(String id, List<PartnerId> everyone) {
    boolean peers = chance();
    PartnerNetwork.Builder network =
        PartnerNetwork.builder()
            .id(NetworkId.of(id))
            .name(pick(NAMES))
            .type(peers ? NetworkType.PEER_TO_PEER : NetworkType.VENDOR_DRIVEN)
            .members(ImmutableList.copyOf(everyone))
            .focus(words());
    if (!peers) {
      network.organizer(pick(everyone));
    }
    return network.build();
  }
}
