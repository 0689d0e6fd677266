package org.alliancekit.io.salesforce;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.cosell.CoSellParties;
import org.alliancekit.io.cosell.JsonDocument;
import org.alliancekit.io.csv.BadCell;
import org.alliancekit.io.csv.Cells;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;

/**
 * Joins the records of all files into the model's records: accounts split into partners and
 * customers, opportunities with their partners and stage history, leads, and campaigns with their
 * members. Not thread-safe: one instance per import.
 */
final class Assembler {
  /** The account types that say what kind of partner an account is. */
  static final ImmutableMap<String, PartnerKind> PARTNER_TYPES =
      ImmutableMap.of(
          "Channel Partner / Reseller", PartnerKind.RESELLER,
          "Technology Partner", PartnerKind.ISV,
          "Installation Partner", PartnerKind.SYSTEMS_INTEGRATOR);

  private static final Map<InvolvementRole, PartnerKind> KIND_OF_ROLE =
      Map.of(
          InvolvementRole.RESELLER, PartnerKind.RESELLER,
          InvolvementRole.DISTRIBUTOR, PartnerKind.DISTRIBUTOR,
          InvolvementRole.DELIVERY, PartnerKind.SYSTEMS_INTEGRATOR,
          InvolvementRole.TECHNOLOGY_PROVIDER, PartnerKind.ISV,
          InvolvementRole.INFLUENCER, PartnerKind.ADVISORY);

  private final PartnerId host;
  private final SalesforceMapping mapping;
  private final List<Problem> problems;

  private final Map<String, Record> accountRecords = new LinkedHashMap<>();
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Set<String> partnerAccounts = new LinkedHashSet<>();
  private final Map<String, Set<PartnerKind>> partnerKinds = new HashMap<>();
  private final Map<String, Deal> deals = new LinkedHashMap<>();
  private final Map<String, Record> leftOut = new HashMap<>();
  private final Map<OpportunityId, Opportunity> opportunities = new LinkedHashMap<>();
  private final Map<String, Optional<String>> opportunityCampaigns = new HashMap<>();
  private final Map<LeadId, Lead> leads = new LinkedHashMap<>();

  Assembler(PartnerId host, SalesforceMapping mapping, List<Problem> problems) {
    this.host = host;
    this.mapping = mapping;
    this.problems = problems;
  }

  /**
   * Joins the records; the problems of the JSON documents they came from are added last, with their
   * lines.
   */
  PortfolioData assemble(List<Record> records, List<JsonDocument> documents) {
    Map<SalesforceObject, List<Record>> by = new EnumMap<>(SalesforceObject.class);
    Map<String, Record> ids = new HashMap<>();
    for (Record record : records) {
      if (record.object() == SalesforceObject.ACCOUNT
          || record.object() == SalesforceObject.OPPORTUNITY
          || record.object() == SalesforceObject.LEAD
          || record.object() == SalesforceObject.CAMPAIGN) {
        Optional<String> id = record.text("Id");
        if (id.isPresent()) {
          Record first = ids.putIfAbsent(id.get(), record);
          if (first != null) {
            record.problem(
                "Id",
                ProblemKind.DUPLICATE,
                record.object().apiName()
                    + " "
                    + id.get()
                    + " is already listed ("
                    + first.object().apiName()
                    + ", "
                    + first.where()
                    + ")");
            continue;
          }
        }
      }
      by.computeIfAbsent(record.object(), o -> new ArrayList<>()).add(record);
    }
    List<Record> partnerRows = new ArrayList<>(list(by, SalesforceObject.OPPORTUNITY_PARTNER));
    for (Record row : list(by, SalesforceObject.PARTNER)) {
      if (row.text("OpportunityId").isPresent()) {
        partnerRows.add(row);
      }
    }
    for (Record row : partnerRows) {
      row.text("AccountToId").ifPresent(partnerAccounts::add);
    }
    for (Record lead : list(by, SalesforceObject.LEAD)) {
      lead.text("PartnerAccountId").ifPresent(partnerAccounts::add);
    }
    for (Record account : list(by, SalesforceObject.ACCOUNT)) {
      if (account.optional("IsPartner", Record::bool).orElse(false)) {
        account.text("Id").ifPresent(partnerAccounts::add);
      }
    }
    partnerAccounts.remove(host.value());
    for (Record account : list(by, SalesforceObject.ACCOUNT)) {
      account(account);
    }
    for (Record row : list(by, SalesforceObject.OPPORTUNITY)) {
      deal(row);
    }
    for (Record row : partnerRows) {
      partnerRow(row);
    }
    for (Record row : list(by, SalesforceObject.OPPORTUNITY_HISTORY)) {
      historyRow(row);
    }
    Map<String, Contact> contacts = new HashMap<>();
    for (Record row : list(by, SalesforceObject.CONTACT)) {
      Optional<String> id = row.required("Id", Function.identity());
      Optional<Contact> contact = contact(row);
      if (id.isPresent()
          && contact.isPresent()
          && contacts.putIfAbsent(id.get(), contact.get()) != null) {
        row.problem("Id", ProblemKind.DUPLICATE, "Contact " + id.get() + " is listed twice");
      }
    }
    for (Record row : list(by, SalesforceObject.OPPORTUNITY_CONTACT_ROLE)) {
      contactRole(row, contacts);
    }
    for (Deal deal : deals.values()) {
      build(deal);
    }
    for (Record row : list(by, SalesforceObject.LEAD)) {
      lead(row);
    }
    List<Campaign> campaigns =
        campaigns(list(by, SalesforceObject.CAMPAIGN), list(by, SalesforceObject.CAMPAIGN_MEMBER));
    List<PartnerRow> partners = partners();
    documents.forEach(document -> problems.addAll(document.problems()));
    return PortfolioData.builder()
        .partners(partners)
        .accounts(accounts.values())
        .opportunities(opportunities.values())
        .leads(leads.values())
        .campaigns(campaigns)
        .problems(byFile(problems))
        .build();
  }

  /** The problems file by file, in the order of each file's first problem, each file's by line. */
  private static List<Problem> byFile(List<Problem> problems) {
    Map<String, List<Problem>> files = new LinkedHashMap<>();
    for (Problem problem : problems) {
      files.computeIfAbsent(problem.file(), file -> new ArrayList<>()).add(problem);
    }
    List<Problem> sorted = new ArrayList<>();
    for (List<Problem> file : files.values()) {
      file.sort(Comparator.comparingLong(Problem::line));
      sorted.addAll(file);
    }
    return sorted;
  }

  private static List<Record> list(
      Map<SalesforceObject, List<Record>> by, SalesforceObject object) {
    return by.getOrDefault(object, List.of());
  }

  // ---- accounts and partners

  private void account(Record row) {
    Optional<String> id = row.required("Id", Function.identity());
    Optional<String> name = row.required("Name", Cells::name);
    Optional<CountryCode> country =
        row.text("BillingCountryCode").isPresent()
            ? row.optional("BillingCountryCode", CountryCode::parse)
            : row.optional("BillingCountry", CountryCode::parse);
    Optional<String> industry = row.optional("Industry", Cells::name);
    if (id.isEmpty() || name.isEmpty()) {
      return;
    }
    accountRecords.put(id.get(), row);
    if (partnerAccounts.contains(id.get())) {
      row.text("Type").flatMap(Assembler::partnerKind).ifPresent(kind -> kinds(id.get()).add(kind));
      return;
    }
    try {
      accounts.put(
          id.get(),
          Account.builder()
              .id(AccountId.of(id.get()))
              .name(name.get())
              .country(country)
              .industry(industry)
              .build());
    } catch (IllegalArgumentException e) {
      row.problem("Id", ProblemKind.INVALID_VALUE, "Account " + id.get() + ": " + e.getMessage());
    }
  }

  private Set<PartnerKind> kinds(String account) {
    return partnerKinds.computeIfAbsent(account, a -> new LinkedHashSet<>());
  }

  private List<PartnerRow> partners() {
    List<PartnerRow> rows = new ArrayList<>();
    rows.add(PartnerRow.of(CoSellParties.host(host)));
    for (String account : partnerAccounts) {
      Set<PartnerKind> kinds = kinds(account);
      if (kinds.isEmpty()) {
        kinds.add(PartnerKind.RESELLER);
      }
      String name =
          Optional.ofNullable(accountRecords.get(account))
              .flatMap(row -> row.text("Name"))
              .orElse(account);
      try {
        rows.add(
            PartnerRow.of(
                Partner.builder().id(PartnerId.of(account)).name(name).addAllKinds(kinds).build()));
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.of(
                ProblemKind.INVALID_VALUE,
                "partner account " + Cells.quote(account) + " is left out: " + e.getMessage()));
      }
    }
    return rows;
  }

  // ---- opportunities

  /** A valid opportunity row and the partner and history rows joined to it. */
  private static final class Deal {
    final Record row;
    final Opportunity.Builder builder;
    final Origin origin;
    final LocalDate created;
    final Stage stage;
    final List<PartnerLink> partners = new ArrayList<>();
    final List<HistoryRow> history = new ArrayList<>();

    Deal(Record row, Opportunity.Builder builder, Origin origin, LocalDate created, Stage stage) {
      this.row = row;
      this.builder = builder;
      this.origin = origin;
      this.created = created;
      this.stage = stage;
    }
  }

  private record PartnerLink(
      Record row, PartnerId partner, InvolvementRole role, boolean primary) {}

  private record HistoryRow(Record row, LocalDate date, Stage stage) {}

  private void deal(Record row) {
    Optional<OpportunityId> id = row.required("Id", OpportunityId::of);
    Optional<String> name = row.required("Name", Cells::name);
    Optional<Account> account = row.required("AccountId", text -> customer(row, text));
    Optional<Stage> stage = row.required("StageName", mapping::requireStage);
    BigDecimal amount = row.optional("Amount", Cells::nonNegativeDecimal).orElse(BigDecimal.ZERO);
    Optional<CurrencyUnit> currency = row.required("CurrencyIsoCode", Cells::currency);
    Optional<LocalDate> close = row.required("CloseDate", Record::date);
    Optional<LocalDate> created = row.required("CreatedDate", Record::date);
    Optional<String> nextStep = row.optional("NextStep", Cells::name);
    Optional<String> need = row.text("Description");
    Origin origin = mapping.origin(row.text("LeadSource"));
    if (close.isPresent() && created.isPresent() && close.get().isBefore(created.get())) {
      row.problem(
          "CloseDate",
          ProblemKind.INVALID_VALUE,
          "Opportunity.CloseDate " + close.get() + " is before the creation date " + created.get());
    }
    if (row.hasErrors()) {
      row.text("Id").ifPresent(text -> leftOut.putIfAbsent(text, row));
      return;
    }
    Opportunity.Builder builder =
        Opportunity.builder()
            .id(id.get())
            .name(name.get())
            .account(account.get())
            .stage(stage.get())
            .amount(Money.of(amount, currency.get()))
            .created(created.get())
            .expectedClose(close.get())
            .owner(host)
            .origin(origin)
            .nextStep(nextStep)
            .customerNeed(need);
    deals.put(id.get().value(), new Deal(row, builder, origin, created.get(), stage.get()));
    opportunityCampaigns.put(id.get().value(), row.text("CampaignId"));
  }

  /** The customer account of an opportunity: from the Account file, else its Account.Name. */
  private Account customer(Record row, String accountId) {
    Account known = accounts.get(accountId);
    if (known != null) {
      return known;
    }
    Optional<String> name =
        Optional.ofNullable(accountRecords.get(accountId))
            .flatMap(account -> account.text("Name"))
            .or(() -> row.text("Account.Name"));
    if (name.isEmpty()) {
      throw new BadCell(
          ProblemKind.UNKNOWN_REFERENCE,
          Cells.quote(accountId)
              + " is not an account of the Account file, and the row has no Account.Name");
    }
    return Account.of(AccountId.of(accountId), Cells.name(name.get()));
  }

  private Optional<Deal> dealOf(Record row) {
    Optional<String> id = row.text("OpportunityId");
    if (id.isEmpty()) {
      row.problem(
          "OpportunityId",
          ProblemKind.MISSING_VALUE,
          row.object().apiName() + ".OpportunityId is empty");
      return Optional.empty();
    }
    Deal deal = deals.get(id.get());
    if (deal == null) {
      Record out = leftOut.get(id.get());
      row.problem(
          "OpportunityId",
          ProblemKind.UNKNOWN_REFERENCE,
          out != null
              ? "opportunity " + id.get() + " was left out (" + out.where() + ")"
              : "opportunity " + id.get() + " is not in an Opportunity file");
    }
    return Optional.ofNullable(deal);
  }

  private void partnerRow(Record row) {
    Optional<Deal> deal = dealOf(row);
    Optional<PartnerId> partner = row.required("AccountToId", PartnerId::of);
    Optional<String> roleText = row.text("Role");
    Optional<InvolvementRole> role = mapping.role(roleText);
    if (role.isEmpty()) {
      row.problem(
          "Role",
          ProblemKind.INVALID_VALUE,
          row.object().apiName()
              + ".Role "
              + Cells.quote(roleText.orElse(""))
              + " is not one of "
              + mapping.roleNames()
              + "; map it in a role map file (a row Role,"
              + roleText.orElse("")
              + ",<involvement role>)");
    }
    boolean primary = row.optional("IsPrimary", Record::bool).orElse(false);
    if (deal.isPresent() && partner.isPresent() && role.isPresent() && !row.hasErrors()) {
      if (partner.get().equals(host)) {
        row.problem(
            "AccountToId",
            ProblemKind.INVALID_VALUE,
            "partner account " + host + " is the host itself, which owns the opportunity");
        return;
      }
      deal.get().partners.add(new PartnerLink(row, partner.get(), role.get(), primary));
      PartnerKind kind = KIND_OF_ROLE.get(role.get());
      if (kind != null && !accountHasType(partner.get().value())) {
        kinds(partner.get().value()).add(kind);
      }
    }
  }

  private boolean accountHasType(String account) {
    return Optional.ofNullable(accountRecords.get(account))
        .flatMap(row -> row.text("Type"))
        .flatMap(Assembler::partnerKind)
        .isPresent();
  }

  /** The partner kind an account type names, ignoring case. */
  private static Optional<PartnerKind> partnerKind(String type) {
    return PARTNER_TYPES.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(type.strip()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private void historyRow(Record row) {
    Optional<Deal> deal = dealOf(row);
    Optional<Stage> stage = row.required("StageName", mapping::requireStage);
    Optional<LocalDate> date = row.required("CreatedDate", Record::date);
    if (deal.isPresent() && !row.hasErrors()) {
      deal.get().history.add(new HistoryRow(row, date.get(), stage.get()));
    }
  }

  private void contactRole(Record row, Map<String, Contact> contacts) {
    Optional<Deal> deal = dealOf(row);
    Optional<Contact> contact =
        row.required(
            "ContactId",
            id -> {
              Contact known = contacts.get(id);
              if (known == null) {
                throw new BadCell(
                    ProblemKind.UNKNOWN_REFERENCE,
                    Cells.quote(id) + " is not a contact of a Contact file");
              }
              return known;
            });
    Optional<String> role = row.optional("Role", Cells::name);
    if (deal.isPresent() && contact.isPresent() && !row.hasErrors()) {
      deal.get().builder.addContacts(contact.get().withRole(role));
    }
  }

  private void build(Deal deal) {
    String reason = null;
    String field = "LeadSource";
    List<PartnerLink> primaries = deal.partners.stream().filter(PartnerLink::primary).toList();
    if (deal.origin.involvesPartner() && deal.partners.isEmpty()) {
      reason =
          "lead source makes the opportunity "
              + deal.origin
              + ", but it has no OpportunityPartner row";
    } else if (deal.origin == Origin.PARTNER_SOURCED && primaries.size() != 1) {
      reason =
          "a partner-sourced opportunity needs exactly one primary partner (IsPrimary true), the"
              + " one that brought it; it has "
              + primaries.size();
    }
    if (reason == null) {
      Map<String, Record> seen = new HashMap<>();
      if (deal.origin == Origin.PARTNER_SOURCED) {
        PartnerLink primary = primaries.get(0);
        deal.builder.addInvolvements(Involvement.of(primary.partner(), InvolvementRole.ORIGINATOR));
        seen.put(primary.partner() + "/" + InvolvementRole.ORIGINATOR, primary.row());
      }
      for (PartnerLink link : deal.partners) {
        Record earlier = seen.putIfAbsent(link.partner() + "/" + link.role(), link.row());
        if (earlier != null) {
          link.row()
              .problem(
                  "Role",
                  ProblemKind.DUPLICATE,
                  "partner "
                      + link.partner()
                      + " already has role "
                      + link.role()
                      + " in opportunity "
                      + deal.row.text("Id").orElse("")
                      + " ("
                      + earlier.where()
                      + ")");
        } else {
          deal.builder.addInvolvements(Involvement.of(link.partner(), link.role()));
        }
      }
      history(deal);
      try {
        Opportunity opportunity = deal.builder.build();
        opportunities.put(opportunity.id(), opportunity);
        return;
      } catch (IllegalArgumentException | IllegalStateException e) {
        reason = e.getMessage();
        field = "";
      }
    }
    deal.row.problem(
        field,
        ProblemKind.INVALID_VALUE,
        "Opportunity " + deal.row.text("Id").orElse("") + " is left out: " + reason);
    for (PartnerLink link : deal.partners) {
      link.row()
          .problem(
              "OpportunityId",
              ProblemKind.UNKNOWN_REFERENCE,
              "the opportunity of this row was left out (" + deal.row.where() + ")");
    }
  }

  /** Sets the stage history of a deal, or reports why its history rows cannot be one. */
  private void history(Deal deal) {
    if (deal.history.isEmpty()) {
      return;
    }
    List<HistoryRow> rows = new ArrayList<>(deal.history);
    rows.sort(Comparator.comparing(HistoryRow::date).thenComparing(row -> row.row().line()));
    List<StageChange> changes = new ArrayList<>();
    for (HistoryRow row : rows) {
      if (changes.isEmpty() || !changes.get(changes.size() - 1).stage().equals(row.stage())) {
        changes.add(StageChange.of(row.date(), row.stage()));
      }
    }
    HistoryRow first = rows.get(0);
    HistoryRow last = rows.get(rows.size() - 1);
    if (first.date().isBefore(deal.created)) {
      first
          .row()
          .problem(
              "CreatedDate",
              ProblemKind.INCONSISTENT,
              "stage change on "
                  + first.date()
                  + " is before the opportunity's creation date "
                  + deal.created
                  + "; the stage history of this opportunity is left out");
    } else if (!last.stage().equals(deal.stage)) {
      last.row()
          .problem(
              "StageName",
              ProblemKind.INCONSISTENT,
              "the last stage change is to "
                  + last.stage().name()
                  + ", but the opportunity is at "
                  + deal.stage.name()
                  + "; the stage history of this opportunity is left out");
    } else {
      deal.builder.stageHistory(changes);
    }
  }

  // ---- leads

  private void lead(Record row) {
    Optional<LeadId> id = row.required("Id", LeadId::of);
    Optional<String> company = row.required("Company", Cells::name);
    Optional<LocalDate> received = row.required("CreatedDate", Record::date);
    Optional<PartnerId> partner = row.optional("PartnerAccountId", PartnerId::of);
    Optional<OpportunityId> converted = row.optional("ConvertedOpportunityId", OpportunityId::of);
    Optional<CountryCode> country =
        row.text("CountryCode").isPresent()
            ? row.optional("CountryCode", CountryCode::parse)
            : row.optional("Country", CountryCode::parse);
    Optional<String> industry = row.optional("Industry", Cells::name);
    Optional<String> accountId = row.text("ConvertedAccountId").or(() -> row.text("Id"));
    Optional<Contact> contact = contact(row);
    if (row.hasErrors()) {
      return;
    }
    LeadStatus status = SalesforceMapping.leadStatus(row.text("Status"));
    if (converted.isPresent()) {
      status = LeadStatus.CONVERTED;
    } else if (status == LeadStatus.CONVERTED) {
      status = LeadStatus.ACCEPTED;
    }
    Lead.Builder lead =
        Lead.builder()
            .id(id.get())
            .account(
                Account.builder()
                    .id(AccountId.of(accountId.get()))
                    .name(company.get())
                    .country(country)
                    .industry(industry)
                    .build())
            .received(received.get())
            .status(status)
            .convertedOpportunity(converted)
            .customerNeed(row.text("Description"))
            .contacts(contact.stream().toList());
    if (partner.isPresent() && !partner.get().equals(host)) {
      if (mapping.origin(row.text("LeadSource")) == Origin.PARTNER_SOURCED) {
        lead.source(partner.get()).addSharedWith(host);
      } else {
        lead.source(host).addSharedWith(partner.get());
      }
    } else {
      lead.source(host);
    }
    try {
      Lead built = lead.build();
      leads.put(built.id(), built);
    } catch (IllegalArgumentException | IllegalStateException e) {
      row.problem("", ProblemKind.INVALID_VALUE, "Lead is left out: " + e.getMessage());
    }
  }

  /** The lead's person as a contact, when it has a last name. */
  private static Optional<Contact> contact(Record row) {
    Optional<String> last = row.text("LastName");
    if (last.isEmpty()) {
      return Optional.empty();
    }
    String name =
        row.object() == SalesforceObject.CONTACT && row.text("Name").isPresent()
            ? row.text("Name").get()
            : row.text("FirstName").map(first -> first + " ").orElse("") + last.get();
    Optional<String> checked = row.optional("LastName", text -> Cells.name(name));
    Optional<String> email = row.optional("Email", Cells::name);
    Optional<String> phone = row.optional("Phone", Cells::name);
    Optional<String> title = row.optional("Title", Cells::name);
    return checked.map(
        text -> Contact.builder().name(text).email(email).phone(phone).title(title).build());
  }

  // ---- campaigns

  private List<Campaign> campaigns(List<Record> rows, List<Record> members) {
    Map<String, Set<LeadId>> memberLeads = new LinkedHashMap<>();
    Set<String> campaignIds = new LinkedHashSet<>();
    rows.forEach(row -> row.text("Id").ifPresent(campaignIds::add));
    for (Record member : members) {
      Optional<String> campaign = member.required("CampaignId", Function.identity());
      Optional<String> lead = member.text("LeadId");
      if (campaign.isEmpty() || lead.isEmpty()) {
        continue;
      }
      if (!campaignIds.contains(campaign.get())) {
        member.problem(
            "CampaignId",
            ProblemKind.UNKNOWN_REFERENCE,
            "campaign " + campaign.get() + " is not in a Campaign file");
      } else if (!leads.containsKey(LeadId.of(lead.get()))) {
        member.problem(
            "LeadId",
            ProblemKind.UNKNOWN_REFERENCE,
            "lead " + lead.get() + " is not among the leads read");
      } else {
        memberLeads
            .computeIfAbsent(campaign.get(), c -> new LinkedHashSet<>())
            .add(LeadId.of(lead.get()));
      }
    }
    Map<String, Set<OpportunityId>> memberOpportunities = new LinkedHashMap<>();
    for (Opportunity opportunity : opportunities.values()) {
      opportunityCampaigns
          .getOrDefault(opportunity.id().value(), Optional.empty())
          .ifPresent(
              campaign ->
                  memberOpportunities
                      .computeIfAbsent(campaign, c -> new LinkedHashSet<>())
                      .add(opportunity.id()));
    }
    List<Campaign> campaigns = new ArrayList<>();
    for (Record row : rows) {
      campaign(row, memberLeads, memberOpportunities).ifPresent(campaigns::add);
    }
    return campaigns;
  }

  private Optional<Campaign> campaign(
      Record row,
      Map<String, Set<LeadId>> memberLeads,
      Map<String, Set<OpportunityId>> memberOpportunities) {
    Optional<CampaignId> id = row.required("Id", CampaignId::of);
    Optional<String> name = row.required("Name", Cells::name);
    Optional<LocalDate> start = row.required("StartDate", Record::date);
    Optional<LocalDate> end = row.required("EndDate", Record::date);
    Optional<BigDecimal> cost =
        row.text("ActualCost").isPresent()
            ? row.optional("ActualCost", Cells::nonNegativeDecimal)
            : row.optional("BudgetedCost", Cells::nonNegativeDecimal);
    Optional<CurrencyUnit> currency = row.required("CurrencyIsoCode", Cells::currency);
    if (row.hasErrors()) {
      return Optional.empty();
    }
    Set<LeadId> leadIds = memberLeads.getOrDefault(id.get().value(), Set.of());
    Set<OpportunityId> opportunityIds =
        memberOpportunities.getOrDefault(id.get().value(), Set.of());
    Set<PartnerId> partners = new LinkedHashSet<>();
    leadIds.forEach(
        lead -> {
          Lead known = leads.get(lead);
          partners.add(known.source());
          partners.addAll(known.sharedWith());
        });
    opportunityIds.forEach(
        opportunity -> partners.addAll(opportunities.get(opportunity).partners()));
    partners.remove(host);
    if (partners.size() != 1) {
      row.problem(
          "Id",
          ProblemKind.INCONSISTENT,
          "Campaign "
              + id.get()
              + " is left out: a campaign belongs to the relationship with one partner, taken"
              + " from its member leads and opportunities, but they involve "
              + (partners.isEmpty() ? "no partner" : "the partners " + partners));
      return Optional.empty();
    }
    try {
      return Optional.of(
          Campaign.builder()
              .id(id.get())
              .relationship(RelationshipId.of(host.value() + "-" + partners.iterator().next()))
              .name(name.get())
              .kind(SalesforceMapping.campaignKind(row.text("Type")))
              .start(start.get())
              .end(end.get())
              .cost(Money.of(cost.orElse(BigDecimal.ZERO), currency.get()))
              .leads(leadIds)
              .opportunities(opportunityIds)
              .build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      row.problem("", ProblemKind.INVALID_VALUE, "Campaign is left out: " + e.getMessage());
      return Optional.empty();
    }
  }
}
