package org.alliancekit.io.ace;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.io.csv.Cells;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.apiguardian.api.API;

/**
 * Writes AWS Partner Central {@code CreateOpportunity} request documents (catalog {@code AWS}), one
 * per opportunity, checked against the API's documented required fields, enumerations and lengths.
 * An opportunity that cannot be expressed gets no document and a {@link Problem} of its row (its
 * index in the input and its id) naming the AWS field and the rule; no value is cut short or
 * replaced. The mapping is in {@code docs-cosell-aws.md}; {@link AceImport} reads the documents
 * back.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AceExport {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AceExport() {}

  /**
   * Writes a request document per opportunity, named {@code opportunity-<id>.json} (characters of
   * the id other than letters, digits, '.', '-' and '_' written as '_').
   *
   * @param platform the id of the platform partner (AWS): an opportunity it originated is an {@code
   *     AWS Referral}, which {@code CreateOpportunity} does not accept
   */
  public static ExportResult write(Iterable<Opportunity> opportunities, PartnerId platform) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(platform, "platform");
    Map<String, String> documents = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    long row = 0;
    for (Opportunity opportunity : opportunities) {
      List<String> broken = new ArrayList<>();
      List<ProblemKind> kinds = new ArrayList<>();
      Optional<ObjectNode> request = request(opportunity, platform, broken, kinds);
      for (int i = 0; i < broken.size(); i++) {
        problems.add(Problem.atRow(row, opportunity.id().value(), kinds.get(i), broken.get(i)));
      }
      if (request.isPresent()) {
        documents.put(fileName(opportunity, names), text(request.get()));
      }
      row++;
    }
    return ExportResult.of(documents, problems);
  }

  private static String fileName(Opportunity opportunity, Set<String> names) {
    String safe = opportunity.id().value().replaceAll("[^A-Za-z0-9._-]", "_");
    String name = "opportunity-" + safe + ".json";
    for (int n = 2; !names.add(name); n++) {
      name = "opportunity-" + safe + "-" + n + ".json";
    }
    return name;
  }

  private static String text(ObjectNode request) {
    try {
      return MAPPER.writeValueAsString(request) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of one opportunity as they are found: field, rule and kind. */
  private static final class Broken {
    private final List<String> messages;
    private final List<ProblemKind> kinds;

    Broken(List<String> messages, List<ProblemKind> kinds) {
      this.messages = messages;
      this.kinds = kinds;
    }

    void add(ProblemKind kind, String field, String rule) {
      messages.add(field + ": " + rule);
      kinds.add(kind);
    }

    boolean any() {
      return !messages.isEmpty();
    }

    /** Checks a text's length; true when it fits. */
    boolean length(String field, String text, int min, int max) {
      if (text.length() < min || text.length() > max) {
        add(
            ProblemKind.INVALID_VALUE,
            field,
            Cells.quote(text)
                + " has "
                + text.length()
                + " characters; AWS takes "
                + (min > 0 ? "from " + min + " to " + max : "at most " + max));
        return false;
      }
      return true;
    }
  }

  private static Optional<ObjectNode> request(
      Opportunity opportunity, PartnerId platform, List<String> messages, List<ProblemKind> kinds) {
    Broken broken = new Broken(messages, kinds);
    ObjectNode request = NODES.objectNode();
    request.put("Catalog", "AWS");
    String id = opportunity.id().value();
    if (broken.length("ClientToken", id, 1, AceFormat.MAX_CLIENT_TOKEN)) {
      request.put("ClientToken", id);
    }
    boolean awsReferral =
        opportunity.involvementsOf(platform).stream()
            .map(Involvement::role)
            .anyMatch(role -> role == InvolvementRole.ORIGINATOR);
    if (awsReferral) {
      broken.add(
          ProblemKind.INVALID_VALUE,
          "Origin",
          "the opportunity was originated by "
              + platform
              + ", so it is an AWS Referral, and CreateOpportunity accepts only Partner Referral"
              + " in catalog AWS");
    }
    request.put("Origin", AceFormat.AceOrigin.PARTNER_REFERRAL.spelling);
    request.put("OpportunityType", AceFormat.DEFAULT_OPPORTUNITY_TYPE);
    if (broken.length(
        "PartnerOpportunityIdentifier", id, 1, AceFormat.MAX_PARTNER_OPPORTUNITY_ID)) {
      request.put("PartnerOpportunityIdentifier", id);
    }
    ObjectNode customer = request.putObject("Customer");
    customer.set("Account", account(opportunity.account(), broken));
    if (opportunity.contactConsent() && !opportunity.contacts().isEmpty()) {
      ArrayNode contacts = customer.putArray("Contacts");
      for (Contact contact : opportunity.contacts()) {
        contacts.add(contact(contact, broken));
      }
    }
    ObjectNode lifeCycle = request.putObject("LifeCycle");
    String stage = opportunity.stage().name();
    if (AceFormat.STAGES.containsKey(stage)) {
      lifeCycle.put("Stage", stage);
    } else {
      broken.add(
          ProblemKind.INVALID_VALUE,
          "LifeCycle.Stage",
          Cells.quote(stage) + " is not one of " + String.join(", ", AceFormat.STAGES.keySet()));
    }
    lifeCycle.put("TargetCloseDate", opportunity.expectedClose().toString());
    opportunity
        .nextStep()
        .filter(step -> broken.length("LifeCycle.NextSteps", step, 0, AceFormat.MAX_NEXT_STEPS))
        .ifPresent(step -> lifeCycle.put("NextSteps", step));
    opportunity
        .closedLostReason()
        .ifPresent(
            reason -> {
              if (AceFormat.CLOSED_LOST_REASONS.contains(reason)) {
                lifeCycle.put("ClosedLostReason", reason);
              } else {
                broken.add(
                    ProblemKind.INVALID_VALUE,
                    "LifeCycle.ClosedLostReason",
                    Cells.quote(reason)
                        + " is not one of "
                        + String.join(", ", AceFormat.CLOSED_LOST_REASONS));
              }
            });
    ObjectNode project = request.putObject("Project");
    if (broken.length("Project.Title", opportunity.name(), 1, AceFormat.MAX_TITLE)) {
      project.put("Title", opportunity.name());
    }
    Optional<String> need = opportunity.customerNeed();
    if (need.isEmpty()) {
      broken.add(
          ProblemKind.MISSING_VALUE,
          "Project.CustomerBusinessProblem",
          "is required; the opportunity has no customer need");
    } else if (broken.length(
        "Project.CustomerBusinessProblem",
        need.get(),
        AceFormat.MIN_BUSINESS_PROBLEM,
        AceFormat.MAX_BUSINESS_PROBLEM)) {
      project.put("CustomerBusinessProblem", need.get());
    }
    project.set("ExpectedCustomerSpend", spends(opportunity, broken));
    return broken.any() ? Optional.empty() : Optional.of(request);
  }

  private static ObjectNode account(Account account, Broken broken) {
    ObjectNode node = NODES.objectNode();
    if (broken.length(
        "Customer.Account.CompanyName", account.name(), 1, AceFormat.MAX_COMPANY_NAME)) {
      node.put("CompanyName", account.name());
    }
    String key = account.id().value();
    if (AceFormat.isDuns(key)) {
      node.put("Duns", key);
    } else if (AceFormat.isDomain(key)
        && broken.length(
            "Customer.Account.WebsiteUrl",
            "https://" + key,
            AceFormat.MIN_WEBSITE_URL,
            AceFormat.MAX_WEBSITE_URL)) {
      node.put("WebsiteUrl", "https://" + key);
    }
    account
        .industry()
        .ifPresent(
            industry -> {
              if (AceFormat.INDUSTRIES.contains(industry)) {
                node.put("Industry", industry);
              } else if (broken.length(
                  "Customer.Account.OtherIndustry", industry, 1, AceFormat.MAX_OTHER_INDUSTRY)) {
                node.put("Industry", AceFormat.OTHER_INDUSTRY);
                node.put("OtherIndustry", industry);
              }
            });
    if (account.country().isEmpty()) {
      broken.add(
          ProblemKind.MISSING_VALUE,
          "Customer.Account.Address.CountryCode",
          "is required; account " + account.id() + " has no country");
    } else {
      node.putObject("Address").put("CountryCode", account.country().get().alpha2());
    }
    return node;
  }

  private static ObjectNode contact(Contact contact, Broken broken) {
    ObjectNode node = NODES.objectNode();
    for (String property : AceFormat.CONTACT.write(contact, node)) {
      broken.add(
          ProblemKind.INVALID_VALUE,
          "Customer.Contacts." + property,
          "the value of contact "
              + Cells.quote(contact.name())
              + " is longer than the "
              + AceFormat.MAX_CONTACT_FIELD
              + " characters AWS takes");
    }
    return node;
  }

  /**
   * The expected spend as AWS takes it: monthly amounts of at most two decimals; a quarterly or
   * annual spend divided by 3 or 12 when that is exact, and without spend the opportunity's amount
   * divided by 12 when that is exact.
   */
  private static ArrayNode spends(Opportunity opportunity, Broken broken) {
    ArrayNode array = NODES.arrayNode();
    List<ExpectedSpend> spends = opportunity.expectedSpend();
    if (spends.size() > AceFormat.MAX_SPENDS) {
      broken.add(
          ProblemKind.OUT_OF_RANGE,
          "Project.ExpectedCustomerSpend",
          spends.size() + " spends; AWS takes at most " + AceFormat.MAX_SPENDS);
      return array;
    }
    if (spends.isEmpty()) {
      monthly(opportunity.amount(), SpendFrequency.ANNUAL, "the opportunity's amount", broken)
          .ifPresent(
              amount -> array.add(spend(amount, opportunity.currency(), AceFormat.TARGET_COMPANY)));
      return array;
    }
    CurrencyUnit currency = spends.get(0).amount().getCurrency();
    for (ExpectedSpend spend : spends) {
      if (!spend.amount().getCurrency().equals(currency)) {
        broken.add(
            ProblemKind.CURRENCY_MISMATCH,
            "Project.ExpectedCustomerSpend",
            "spends in "
                + currency
                + " and "
                + spend.amount().getCurrency()
                + "; one currency is needed for the opportunity's amount when read back");
        return array;
      }
      Optional<String> target = spend.target();
      if (target.isPresent() && !target.get().equals(AceFormat.TARGET_COMPANY)) {
        broken.add(
            ProblemKind.INVALID_VALUE,
            "Project.ExpectedCustomerSpend.TargetCompany",
            Cells.quote(target.get()) + " is not AWS, the only company AWS takes");
        return array;
      }
      monthly(spend.amount(), spend.frequency(), "a " + spend.frequency() + " spend", broken)
          .ifPresent(amount -> array.add(spend(amount, currency, AceFormat.TARGET_COMPANY)));
    }
    return array;
  }

  private static Optional<BigDecimal> monthly(
      MonetaryAmount amount, SpendFrequency frequency, String what, Broken broken) {
    BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
    int months = 12 / frequency.timesAYear();
    BigDecimal monthly;
    try {
      monthly = value.divide(BigDecimal.valueOf(months)).stripTrailingZeros();
    } catch (ArithmeticException e) {
      monthly = null;
    }
    if (monthly == null || Math.max(monthly.scale(), 0) > AceFormat.MAX_AMOUNT_DECIMALS) {
      broken.add(
          ProblemKind.INVALID_VALUE,
          "Project.ExpectedCustomerSpend.Amount",
          what
              + " of "
              + Cells.format(value)
              + " "
              + amount.getCurrency()
              + " is not a whole number of hundredths a month ("
              + Cells.format(value)
              + " / "
              + months
              + "); AWS takes monthly amounts of at most two decimals");
      return Optional.empty();
    }
    if (monthly.precision() - monthly.scale() > AceFormat.MAX_AMOUNT_INTEGER_DIGITS) {
      broken.add(
          ProblemKind.OUT_OF_RANGE,
          "Project.ExpectedCustomerSpend.Amount",
          Cells.format(monthly)
              + " has more than "
              + AceFormat.MAX_AMOUNT_INTEGER_DIGITS
              + " digits before the decimal point");
      return Optional.empty();
    }
    return Optional.of(monthly);
  }

  private static ObjectNode spend(BigDecimal monthly, CurrencyUnit currency, String target) {
    ObjectNode node = NODES.objectNode();
    node.put("Amount", Cells.format(monthly));
    node.put("CurrencyCode", currency.getCurrencyCode());
    node.put("Frequency", "Monthly");
    node.put("TargetCompany", target);
    return node;
  }
}
