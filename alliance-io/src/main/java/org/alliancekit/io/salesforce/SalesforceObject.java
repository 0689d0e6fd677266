package org.alliancekit.io.salesforce;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Salesforce objects the importer reads, with the API field names it uses. A file is recognised
 * by its name ({@code Opportunity.csv}), else by its header; a REST record by its {@code
 * attributes.type}.
 */
enum SalesforceObject {
  OPPORTUNITY_HISTORY(
      "OpportunityHistory",
      ImmutableList.of("OpportunityId", "StageName", "CreatedDate"),
      ImmutableList.of("Id", "Amount", "CloseDate", "Probability")),
  PARTNER(
      "Partner",
      ImmutableList.of("AccountToId", "AccountFromId"),
      ImmutableList.of("Id", "OpportunityId", "Role", "IsPrimary")),
  OPPORTUNITY_CONTACT_ROLE(
      "OpportunityContactRole",
      ImmutableList.of("OpportunityId", "ContactId"),
      ImmutableList.of("Id", "Role", "IsPrimary")),
  OPPORTUNITY_PARTNER(
      "OpportunityPartner",
      ImmutableList.of("OpportunityId", "AccountToId"),
      ImmutableList.of("Id", "Role", "IsPrimary", "ReversePartnerId")),
  CAMPAIGN_MEMBER(
      "CampaignMember",
      ImmutableList.of("CampaignId", "LeadId"),
      ImmutableList.of("Id", "ContactId", "Status")),
  LEAD(
      "Lead",
      ImmutableList.of("Id", "Company", "CreatedDate"),
      ImmutableList.of(
          "FirstName",
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
          "Country",
          "Industry")),
  CONTACT(
      "Contact",
      ImmutableList.of("Id", "LastName"),
      ImmutableList.of("FirstName", "Name", "Email", "Phone", "Title", "AccountId")),
  CAMPAIGN(
      "Campaign",
      ImmutableList.of("Id", "Name", "StartDate", "EndDate"),
      ImmutableList.of("Type", "Status", "ActualCost", "BudgetedCost", "CurrencyIsoCode")),
  OPPORTUNITY(
      "Opportunity",
      ImmutableList.of("Id", "Name", "AccountId", "StageName", "CloseDate", "CreatedDate"),
      ImmutableList.of(
          "Account.Name",
          "Amount",
          "CurrencyIsoCode",
          "LeadSource",
          "NextStep",
          "Description",
          "CampaignId",
          "OwnerId",
          "Type",
          "Probability")),
  ACCOUNT(
      "Account",
      ImmutableList.of("Id", "Name"),
      ImmutableList.of("BillingCountryCode", "BillingCountry", "Industry", "Type", "IsPartner"));

  private final String apiName;
  private final ImmutableList<String> required;
  private final ImmutableList<String> optional;

  SalesforceObject(String apiName, ImmutableList<String> required, ImmutableList<String> optional) {
    this.apiName = apiName;
    this.required = required;
    this.optional = optional;
  }

  /** The object's API name, such as {@code OpportunityPartner}. */
  String apiName() {
    return apiName;
  }

  /** The fields a CSV export must have as columns. */
  ImmutableList<String> required() {
    return required;
  }

  /** Every field read: the required ones, then the optional ones. */
  ImmutableList<String> fields() {
    return ImmutableList.<String>builder().addAll(required).addAll(optional).build();
  }

  /** The object of the given API name, ignoring case. */
  static Optional<SalesforceObject> named(String name) {
    for (SalesforceObject object : values()) {
      if (object.apiName.equalsIgnoreCase(name)) {
        return Optional.of(object);
      }
    }
    return Optional.empty();
  }

  /**
   * The object of a file: by its name without extension ({@code Lead.csv}, {@code lead.json}), else
   * the first whose required fields the header (lower case) all names, most specific first.
   */
  static Optional<SalesforceObject> recognise(String fileName, Collection<String> header) {
    int dot = fileName.lastIndexOf('.');
    Optional<SalesforceObject> byName = named(dot < 0 ? fileName : fileName.substring(0, dot));
    if (byName.isPresent()) {
      return byName;
    }
    Set<String> columns = Set.copyOf(header);
    for (SalesforceObject object : values()) {
      if (object.required.stream()
          .allMatch(field -> columns.contains(field.toLowerCase(Locale.ROOT)))) {
        return Optional.of(object);
      }
    }
    return Optional.empty();
  }

  /** The API names of all objects, for messages. */
  static String names() {
    StringBuilder names = new StringBuilder();
    for (SalesforceObject object : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(object.apiName);
    }
    return names.toString();
  }
}
