package org.alliancekit.io.salesforce;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.io.csv.Cells;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.StageChange;
import org.apiguardian.api.API;

/**
 * Writes records as Salesforce Data Loader CSV files, one per object, with API field names as the
 * header: {@code Account.csv}, {@code Opportunity.csv}, {@code OpportunityPartner.csv}, {@code
 * OpportunityHistory.csv}, {@code Contact.csv} and {@code OpportunityContactRole.csv} (an
 * opportunity's contacts, with the ids {@code <opportunity id>-C1}, {@code -C2}, ...), {@code
 * Lead.csv}, {@code Campaign.csv} and {@code CampaignMember.csv}. {@link SalesforceImport} reads
 * them back into the same values for every field Salesforce carries (see the README's mapping
 * tables); stage names are those of the record's stage, picklist values the first of the default
 * tables of {@link SalesforceMapping}.
 *
 * <p>A record that Salesforce cannot hold as it is, such as an opportunity of another owner or a
 * lead passed between two partners, is left out and reported; a part of a record that is not
 * carried, such as a second contact, is reported and the rest written. Pure: nothing is written to
 * disk. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SalesforceExport {
  private static final ImmutableList<String> ACCOUNT =
      ImmutableList.of("Id", "Name", "BillingCountryCode", "Industry", "Type", "IsPartner");
  private static final ImmutableList<String> OPPORTUNITY =
      ImmutableList.of(
          "Id",
          "Name",
          "AccountId",
          "StageName",
          "Amount",
          "CurrencyIsoCode",
          "CloseDate",
          "CreatedDate",
          "LeadSource",
          "NextStep",
          "Description",
          "CampaignId");
  private static final ImmutableList<String> OPPORTUNITY_PARTNER =
      ImmutableList.of("OpportunityId", "AccountToId", "Role", "IsPrimary");
  private static final ImmutableList<String> CONTACT =
      ImmutableList.of("Id", "LastName", "Title", "Email", "Phone");
  private static final ImmutableList<String> OPPORTUNITY_CONTACT_ROLE =
      ImmutableList.of("OpportunityId", "ContactId", "Role");
  private static final ImmutableList<String> OPPORTUNITY_HISTORY =
      ImmutableList.of("OpportunityId", "StageName", "CreatedDate");
  private static final ImmutableList<String> LEAD =
      ImmutableList.of(
          "Id",
          "Company",
          "LastName",
          "Title",
          "Email",
          "Phone",
          "Status",
          "IsConverted",
          "ConvertedOpportunityId",
          "ConvertedAccountId",
          "PartnerAccountId",
          "LeadSource",
          "Description",
          "CountryCode",
          "Industry",
          "CreatedDate");
  private static final ImmutableList<String> CAMPAIGN =
      ImmutableList.of(
          "Id", "Name", "Type", "StartDate", "EndDate", "ActualCost", "CurrencyIsoCode");
  private static final ImmutableList<String> CAMPAIGN_MEMBER =
      ImmutableList.of("CampaignId", "LeadId");

  private SalesforceExport() {}

  /**
   * Writes the host's records as Data Loader CSV files.
   *
   * @param data the records: partners, accounts, opportunities, leads and campaigns
   * @param host the company whose Salesforce organisation the files are for, the owner of the
   *     opportunities
   * @return the CSV text of each file by file name, and the problems
   */
  public static ExportResult write(PortfolioData data, PartnerId host) {
    checkNotNull(data, "data");
    checkNotNull(host, "host");
    List<Problem> problems = new ArrayList<>();
    Map<OpportunityId, String> campaignOf = new HashMap<>();
    for (Campaign campaign : data.campaigns()) {
      for (OpportunityId opportunity : campaign.opportunities()) {
        String first = campaignOf.putIfAbsent(opportunity, campaign.id().value());
        if (first != null) {
          problems.add(
              problem(
                  "opportunity " + opportunity,
                  "CampaignId",
                  "Salesforce holds one primary campaign per opportunity; "
                      + opportunity
                      + " is a member of "
                      + first
                      + " and "
                      + campaign.id()
                      + ", and only "
                      + first
                      + " is written"));
        }
      }
    }

    Table accounts = new Table(ACCOUNT);
    Set<String> accountIds = new LinkedHashSet<>();
    for (PartnerRow row : data.partners()) {
      Partner partner = row.partner();
      if (partner.id().equals(host)) {
        continue;
      }
      accountIds.add(partner.id().value());
      accounts.row(
          partner.id().value(),
          partner.name(),
          partner.headquarters().map(CountryCode::toString).orElse(""),
          "",
          partnerType(partner),
          "true");
    }
    List<Account> customers = new ArrayList<>(data.accounts());
    data.opportunities().forEach(opportunity -> customers.add(opportunity.account()));
    for (Account account : customers) {
      if (accountIds.add(account.id().value())) {
        accounts.row(
            account.id().value(),
            account.name(),
            account.country().map(CountryCode::toString).orElse(""),
            account.industry().orElse(""),
            "",
            "false");
      }
    }

    Table opportunities = new Table(OPPORTUNITY);
    Table partners = new Table(OPPORTUNITY_PARTNER);
    Table history = new Table(OPPORTUNITY_HISTORY);
    Table contacts = new Table(CONTACT);
    Table contactRoles = new Table(OPPORTUNITY_CONTACT_ROLE);
    for (Opportunity opportunity : data.opportunities()) {
      if (opportunity(opportunity, host, campaignOf, opportunities, partners, history, problems)) {
        for (int i = 0; i < opportunity.contacts().size(); i++) {
          Contact contact = opportunity.contacts().get(i);
          String id = opportunity.id().value() + "-C" + (i + 1);
          contacts.row(
              id,
              contact.name(),
              contact.title().orElse(""),
              contact.email().orElse(""),
              contact.phone().orElse(""));
          contactRoles.row(opportunity.id().value(), id, contact.role().orElse(""));
        }
      }
    }

    Table leads = new Table(LEAD);
    for (Lead lead : data.leads()) {
      lead(lead, host, leads, problems);
    }

    Table campaigns = new Table(CAMPAIGN);
    Table members = new Table(CAMPAIGN_MEMBER);
    for (Campaign campaign : data.campaigns()) {
      campaigns.row(
          campaign.id().value(),
          campaign.name(),
          campaign.kind() == CampaignKind.PUSH
              ? SalesforceMapping.PUSH_CAMPAIGN_TYPES.get(0)
              : "Other",
          campaign.start().toString(),
          campaign.end().toString(),
          Cells.format(campaign.cost()),
          campaign.cost().getCurrency().getCurrencyCode());
      campaign.leads().forEach(lead -> members.row(campaign.id().value(), lead.value()));
    }

    Map<String, String> files = new LinkedHashMap<>();
    files.put("Account.csv", accounts.text());
    files.put("Opportunity.csv", opportunities.text());
    files.put("OpportunityPartner.csv", partners.text());
    files.put("OpportunityHistory.csv", history.text());
    files.put("Contact.csv", contacts.text());
    files.put("OpportunityContactRole.csv", contactRoles.text());
    files.put("Lead.csv", leads.text());
    files.put("Campaign.csv", campaigns.text());
    files.put("CampaignMember.csv", members.text());
    return ExportResult.of(files, problems);
  }

  /** Writes an opportunity's rows; whether it was written. */
  private static boolean opportunity(
      Opportunity opportunity,
      PartnerId host,
      Map<OpportunityId, String> campaignOf,
      Table opportunities,
      Table partners,
      Table history,
      List<Problem> problems) {
    String what = "opportunity " + opportunity.id();
    if (!opportunity.owner().equals(host)) {
      problems.add(
          problem(
              what,
              "OwnerId",
              "is owned by "
                  + opportunity.owner()
                  + ", not by the host "
                  + host
                  + " whose Salesforce organisation the files are for; left out"));
      return false;
    }
    List<PartnerId> originators = new ArrayList<>();
    for (Involvement involvement : opportunity.involvements()) {
      if (involvement.party().equals(host)) {
        problems.add(
            problem(
                what,
                "OpportunityPartner",
                "the owner's own role "
                    + involvement.role()
                    + " has no OpportunityPartner row and is not written"));
      } else if (involvement.role() == InvolvementRole.ORIGINATOR) {
        originators.add(involvement.party());
      }
    }
    if (opportunity.origin() == Origin.PARTNER_SOURCED && originators.size() != 1) {
      problems.add(
          problem(
              what,
              "IsPrimary",
              "a partner-sourced opportunity is written with its originator as the one primary"
                  + " partner, but it has "
                  + originators.size()
                  + " originators; left out"));
      return false;
    }
    if (opportunity.origin() != Origin.PARTNER_SOURCED && !originators.isEmpty()) {
      problems.add(
          problem(
              what,
              "IsPrimary",
              "only a partner-sourced opportunity records an originator (its primary partner);"
                  + " the ORIGINATOR role of "
                  + originators
                  + " is not written"));
    }
    List<List<String>> partnerRows = new ArrayList<>();
    for (PartnerId partner : opportunity.partners()) {
      boolean primary =
          opportunity.origin() == Origin.PARTNER_SOURCED && originators.contains(partner);
      List<InvolvementRole> roles =
          opportunity.involvementsOf(partner).stream()
              .map(Involvement::role)
              .filter(role -> role != InvolvementRole.ORIGINATOR)
              .toList();
      if (roles.isEmpty() && primary) {
        problems.add(
            problem(
                what,
                "Role",
                "originator "
                    + partner
                    + " has no other role, and an OpportunityPartner row needs one; left out"));
        return false;
      }
      for (InvolvementRole role : roles) {
        partnerRows.add(
            List.of(
                opportunity.id().value(),
                partner.value(),
                roleName(role),
                Boolean.toString(primary && role == roles.get(0))));
      }
    }
    if (!opportunity.expectedSpend().isEmpty()) {
      problems.add(problem(what, "", "expected spend has no Opportunity field and is not written"));
    }
    opportunities.row(
        opportunity.id().value(),
        opportunity.name(),
        opportunity.account().id().value(),
        opportunity.stage().name(),
        Cells.format(opportunity.amount()),
        opportunity.currency().getCurrencyCode(),
        opportunity.expectedClose().toString(),
        dateTime(opportunity.created()),
        leadSource(opportunity.origin()),
        opportunity.nextStep().orElse(""),
        opportunity.customerNeed().orElse(""),
        campaignOf.getOrDefault(opportunity.id(), ""));
    partnerRows.forEach(partners::row);
    for (StageChange change : opportunity.stageHistory()) {
      history.row(opportunity.id().value(), change.stage().name(), dateTime(change.date()));
    }
    return true;
  }

  private static void lead(Lead lead, PartnerId host, Table leads, List<Problem> problems) {
    String what = "lead " + lead.id();
    Optional<PartnerId> partner;
    String leadSource;
    if (lead.source().equals(host) && lead.sharedWith().size() <= 1) {
      partner = lead.sharedWith().stream().findFirst();
      leadSource = "";
    } else if (!lead.source().equals(host) && lead.sharedWith().equals(Set.of(host))) {
      partner = Optional.of(lead.source());
      leadSource = leadSource(Origin.PARTNER_SOURCED);
    } else {
      problems.add(
          problem(
              what,
              "PartnerAccountId",
              "a Salesforce lead is the host's with at most one partner account, but this one is"
                  + " from "
                  + lead.source()
                  + " shared with "
                  + lead.sharedWith()
                  + "; left out"));
      return;
    }
    Optional<Contact> contact = lead.contacts().stream().findFirst();
    if (lead.contacts().size() > 1) {
      problems.add(
          problem(
              what,
              "LastName",
              "a Salesforce lead is one person; only the first of "
                  + lead.contacts().size()
                  + " contacts is written"));
    }
    leads.row(
        lead.id().value(),
        lead.account().name(),
        contact.map(Contact::name).orElse(""),
        contact.flatMap(Contact::title).orElse(""),
        contact.flatMap(Contact::email).orElse(""),
        contact.flatMap(Contact::phone).orElse(""),
        leadStatus(lead.status()),
        Boolean.toString(lead.status() == LeadStatus.CONVERTED),
        lead.convertedOpportunity().map(OpportunityId::value).orElse(""),
        lead.account().id().value().equals(lead.id().value()) ? "" : lead.account().id().value(),
        partner.map(PartnerId::value).orElse(""),
        leadSource,
        lead.customerNeed().orElse(""),
        lead.account().country().map(CountryCode::toString).orElse(""),
        lead.account().industry().orElse(""),
        dateTime(lead.received()));
  }

  private static Problem problem(String what, String field, String message) {
    return Problem.of(
        ProblemKind.INVALID_VALUE, what + (field.isEmpty() ? "" : ", " + field) + ": " + message);
  }

  private static String dateTime(LocalDate date) {
    return date + "T00:00:00.000+0000";
  }

  private static String leadSource(Origin origin) {
    return SalesforceMapping.DEFAULT_LEAD_SOURCES.entrySet().stream()
        .filter(entry -> entry.getValue() == origin)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  private static String roleName(InvolvementRole role) {
    return SalesforceMapping.DEFAULT_ROLES.entrySet().stream()
        .filter(entry -> entry.getValue() == role)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no Salesforce role for " + role));
  }

  private static String leadStatus(LeadStatus status) {
    return SalesforceMapping.DEFAULT_LEAD_STATUSES.entrySet().stream()
        .filter(entry -> entry.getValue() == status)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no Salesforce lead status for " + status));
  }

  private static String partnerType(Partner partner) {
    for (Map.Entry<String, PartnerKind> type : Assembler.PARTNER_TYPES.entrySet()) {
      if (partner.kinds().contains(type.getValue())) {
        return type.getKey();
      }
    }
    return "";
  }

  /** A CSV table being written to a string. */
  private static final class Table {
    private final StringWriter out = new StringWriter();
    private final CsvTableWriter csv;

    Table(List<String> header) {
      csv = CsvTableWriter.of(out, header);
    }

    void row(String... cells) {
      csv.row(cells);
    }

    void row(List<String> cells) {
      csv.row(cells);
    }

    String text() {
      try {
        csv.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toString();
    }
  }
}
