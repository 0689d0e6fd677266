package org.alliancekit.io.ace;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.ace.AceFormat.AceOrigin;
import org.alliancekit.io.cosell.CoSellParties;
import org.alliancekit.io.cosell.FirstSeen;
import org.alliancekit.io.cosell.JsonDocument;
import org.alliancekit.io.cosell.JsonInput;
import org.alliancekit.io.cosell.JsonValue;
import org.alliancekit.io.cosell.JsonValue.Need;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.alliancekit.model.pipeline.Stage;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads AWS Partner Central opportunities into ours. Each file holds one {@code GetOpportunity}
 * response (or a {@code CreateOpportunity} request, as {@link AceExport} writes them), a JSON array
 * of them, or a {@code ListOpportunities} response whose {@code OpportunitySummaries} are read. The
 * mapping of every field is in {@code docs-cosell-aws.md}; in short:
 *
 * <ul>
 *   <li>the id is AWS's {@code Id} with {@code PartnerOpportunityIdentifier} as the external id; a
 *       request without {@code Id} takes {@code PartnerOpportunityIdentifier} as the id;
 *   <li>the account is keyed by its DUNS number, else its website's domain, else its company name;
 *   <li>{@code LifeCycle.Stage} is the stage of {@link
 *       org.alliancekit.model.pipeline.StageModels#coSell()}, which has AWS's stage names;
 *   <li>the amount is the expected customer spend annualised (twelve times the monthly amounts), in
 *       their currency, zero US dollars when there is none;
 *   <li>{@code AWS Referral} is sourced by the platform partner, {@code Partner Referral} referred
 *       by the host to it; the host owns every opportunity.
 * </ul>
 *
 * <p>Reading never stops at a bad record: a record with a problem is left out and the problem
 * reported at its file, line and JSON pointer; an id met again, in any file, is a {@link
 * ProblemKind#DUPLICATE}. Nothing is thrown for bad input.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AceImport {
  private static final CurrencyUnit NO_SPEND_CURRENCY = Monetary.getCurrency("USD");

  private AceImport() {}

  /**
   * Reads the files; the host and the platform partner (AWS) are the portfolio's partners, with the
   * ids given, the host named by its id and AWS as "Amazon Web Services".
   */
  public static PortfolioData read(List<Path> files, PartnerId host, PartnerId platform) {
    checkNotNull(host, "host");
    checkNotNull(platform, "platform");
    return read(
        files, CoSellParties.host(host), CoSellParties.platform(platform, "Amazon Web Services"));
  }

  /** Reads the files; the host and the platform partner are the portfolio's partners. */
  public static PortfolioData read(List<Path> files, Partner host, Partner platform) {
    checkNotNull(files, "files");
    return readDocuments(JsonInput.readAll(files), host, platform);
  }

  /** Reads parsed documents (see {@link JsonInput}); for callers that hold the text in memory. */
  public static PortfolioData readDocuments(
      List<JsonDocument> documents, Partner host, Partner platform) {
    checkNotNull(documents, "documents");
    checkNotNull(host, "host");
    checkNotNull(platform, "platform");
    FirstSeen<OpportunityId> ids = new FirstSeen<>();
    Map<AccountId, Account> accounts = new LinkedHashMap<>();
    List<Opportunity> opportunities = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (JsonDocument document : documents) {
      document
          .root()
          .ifPresent(
              root -> {
                for (JsonValue record : root.records("OpportunitySummaries")) {
                  opportunity(record, host.id(), platform.id(), ids)
                      .ifPresent(
                          opportunity -> {
                            opportunities.add(opportunity);
                            accounts.putIfAbsent(opportunity.account().id(), opportunity.account());
                          });
                }
              });
      problems.addAll(document.problems());
    }
    return PortfolioData.builder()
        .addPartners(PartnerRow.of(host), PartnerRow.of(platform))
        .accounts(accounts.values())
        .opportunities(opportunities)
        .problems(problems)
        .build();
  }

  /** Reads one opportunity record; empty (with the problems reported) if it cannot be read. */
  static Optional<Opportunity> opportunity(
      JsonValue record, PartnerId host, PartnerId platform, FirstSeen<OpportunityId> ids) {
    if (!record.expectObject("an opportunity")) {
      return Optional.empty();
    }
    JsonDocument document = record.document();
    int errors = document.errors();
    Optional<String> awsId = record.text("Id", Need.OPTIONAL, AceFormat.MAX_ID);
    Optional<String> partnerId =
        record.text(
            "PartnerOpportunityIdentifier", Need.OPTIONAL, AceFormat.MAX_PARTNER_OPPORTUNITY_ID);
    record.constant("Catalog", Need.OPTIONAL, AceFormat.CATALOGS);
    record.constant("OpportunityType", Need.OPTIONAL, AceFormat.OPPORTUNITY_TYPES);
    record.constant("NationalSecurity", Need.OPTIONAL, AceFormat.NATIONAL_SECURITY);
    Optional<AceOrigin> origin = record.constant("Origin", Need.OPTIONAL, AceFormat.ORIGINS);
    Optional<LocalDate> created = record.dateOfTimestamp("CreatedDate", Need.OPTIONAL);
    Optional<JsonValue> customer = record.object("Customer", Need.REQUIRED);
    Optional<Account> account =
        customer
            .flatMap(value -> value.object("Account", Need.REQUIRED))
            .flatMap(AceImport::account);
    List<Contact> contacts =
        customer
            .flatMap(value -> value.array("Contacts", Need.OPTIONAL))
            .map(AceFormat.CONTACT::read)
            .orElse(List.of());
    Optional<JsonValue> lifeCycle = record.object("LifeCycle", Need.REQUIRED);
    Optional<Stage> stage =
        lifeCycle.flatMap(life -> life.constant("Stage", Need.REQUIRED, AceFormat.STAGES));
    Optional<ReviewStatus> review =
        lifeCycle.flatMap(
            life -> life.constant("ReviewStatus", Need.OPTIONAL, AceFormat.REVIEW_STATUSES));
    Optional<String> lostReason =
        lifeCycle.flatMap(
            life ->
                life.constant(
                    "ClosedLostReason", Need.OPTIONAL, AceFormat.CLOSED_LOST_REASON_SPELLINGS));
    Optional<String> nextSteps =
        lifeCycle.flatMap(life -> life.text("NextSteps", Need.OPTIONAL, AceFormat.MAX_NEXT_STEPS));
    Optional<LocalDate> targetClose =
        lifeCycle.flatMap(life -> life.date("TargetCloseDate", Need.REQUIRED));
    Optional<JsonValue> project = record.object("Project", Need.OPTIONAL);
    Optional<String> title =
        project.flatMap(p -> p.text("Title", Need.OPTIONAL, AceFormat.MAX_TITLE));
    Optional<String> problem =
        project.flatMap(
            p -> p.text("CustomerBusinessProblem", Need.OPTIONAL, AceFormat.MAX_BUSINESS_PROBLEM));
    List<ExpectedSpend> spends =
        project
            .flatMap(p -> p.array("ExpectedCustomerSpend", Need.OPTIONAL))
            .map(AceImport::spends)
            .orElse(List.of());
    if (awsId.isEmpty() && partnerId.isEmpty()) {
      record.report(
          "Id",
          ProblemKind.MISSING_VALUE,
          "Id is required but missing (a CreateOpportunity request needs"
              + " PartnerOpportunityIdentifier instead)");
    }
    if (document.errors() > errors) {
      return Optional.empty();
    }
    Optional<MonetaryAmount> amount = amount(spends, record);
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    LocalDate close = targetClose.orElseThrow();
    LocalDate start = created.orElse(close);
    if (close.isBefore(start)) {
      record.report(
          "CreatedDate",
          ProblemKind.INCONSISTENT,
          "CreatedDate " + start + " is after LifeCycle.TargetCloseDate " + close);
      return Optional.empty();
    }
    OpportunityId id = OpportunityId.of(awsId.orElseGet(partnerId::orElseThrow));
    if (!ids.claim(id, record, awsId.isPresent() ? "Id" : "PartnerOpportunityIdentifier")) {
      return Optional.empty();
    }
    AceOrigin from = origin.orElse(AceOrigin.PARTNER_REFERRAL);
    return record.build(
        "opportunity " + id,
        () -> {
          Opportunity.Builder builder =
              Opportunity.builder()
                  .id(id)
                  .externalId(awsId.isPresent() ? partnerId : Optional.empty())
                  .account(account.orElseThrow())
                  .name(title.orElse(id.value()))
                  .amount(amount.get())
                  .stage(stage.orElseThrow())
                  .created(start)
                  .expectedClose(close)
                  .owner(host)
                  .reviewStatus(review)
                  .closedLostReason(lostReason)
                  .nextStep(nextSteps)
                  .customerNeed(problem)
                  .expectedSpend(spends)
                  .contacts(contacts);
          if (from == AceOrigin.AWS_REFERRAL) {
            builder
                .origin(Origin.PARTNER_SOURCED)
                .addInvolvements(Involvement.of(platform, InvolvementRole.ORIGINATOR));
          } else {
            builder
                .origin(Origin.REFERRED_TO_PARTNER)
                .addInvolvements(
                    Involvement.of(host, InvolvementRole.ORIGINATOR),
                    Involvement.of(platform, InvolvementRole.CO_SELLER));
          }
          return builder.build();
        });
  }

  private static Optional<Account> account(JsonValue account) {
    JsonDocument document = account.document();
    int errors = document.errors();
    Optional<String> name = account.text("CompanyName", Need.REQUIRED, AceFormat.MAX_COMPANY_NAME);
    Optional<String> industry =
        account.constant("Industry", Need.OPTIONAL, AceFormat.INDUSTRY_SPELLINGS);
    Optional<String> otherIndustry =
        account.text("OtherIndustry", Need.OPTIONAL, AceFormat.MAX_OTHER_INDUSTRY);
    Optional<String> website = account.text("WebsiteUrl", Need.OPTIONAL, AceFormat.MAX_WEBSITE_URL);
    Optional<String> duns = account.text("Duns", Need.OPTIONAL, 9);
    duns.filter(number -> !AceFormat.isDuns(number))
        .ifPresent(
            number ->
                account.report(
                    "Duns",
                    ProblemKind.INVALID_VALUE,
                    "Duns '" + number + "' is not a DUNS number of nine digits"));
    Optional<CountryCode> country =
        account
            .object("Address", Need.OPTIONAL)
            .flatMap(address -> country(address, "CountryCode"));
    if (document.errors() > errors) {
      return Optional.empty();
    }
    String key =
        duns.or(() -> website.map(AceFormat::domainOf).filter(domain -> !domain.isEmpty()))
            .orElse(name.orElseThrow());
    Optional<String> sector =
        industry.flatMap(
            value ->
                value.equals(AceFormat.OTHER_INDUSTRY)
                    ? otherIndustry.or(() -> industry)
                    : Optional.of(value));
    return account.build(
        "account",
        () ->
            Account.builder()
                .id(AccountId.of(key))
                .name(name.orElseThrow())
                .country(country)
                .industry(sector)
                .build());
  }

  private static Optional<CountryCode> country(JsonValue value, String property) {
    return value
        .text(property, Need.OPTIONAL, 2)
        .flatMap(
            code -> {
              try {
                return Optional.of(CountryCode.parse(code));
              } catch (IllegalArgumentException e) {
                value.report(property, ProblemKind.INVALID_VALUE, property + ": " + e.getMessage());
                return Optional.empty();
              }
            });
  }

  private static List<ExpectedSpend> spends(ImmutableList<JsonValue> values) {
    List<ExpectedSpend> spends = new ArrayList<>();
    for (JsonValue value : values) {
      if (!value.expectObject("an expected customer spend")) {
        continue;
      }
      int errors = value.document().errors();
      Optional<BigDecimal> amount = value.decimal("Amount", Need.REQUIRED);
      Optional<CurrencyUnit> currency = value.currency("CurrencyCode", Need.REQUIRED);
      Optional<SpendFrequency> frequency =
          value.constant("Frequency", Need.REQUIRED, AceFormat.FREQUENCIES);
      Optional<String> target =
          value.text("TargetCompany", Need.OPTIONAL, AceFormat.MAX_TARGET_COMPANY);
      if (value.document().errors() > errors) {
        continue;
      }
      value
          .build(
              "expected customer spend",
              () ->
                  ExpectedSpend.builder()
                      .amount(Money.of(amount.orElseThrow(), currency.orElseThrow()))
                      .frequency(frequency.orElseThrow())
                      .target(target)
                      .build())
          .ifPresent(spends::add);
    }
    return spends;
  }

  /**
   * The opportunity's amount: the spends annualised and added up, all in one currency; zero US
   * dollars without spends.
   */
  private static Optional<MonetaryAmount> amount(List<ExpectedSpend> spends, JsonValue record) {
    if (spends.isEmpty()) {
      return Optional.of(Money.of(BigDecimal.ZERO, NO_SPEND_CURRENCY));
    }
    CurrencyUnit currency = spends.get(0).amount().getCurrency();
    MonetaryAmount total = Money.of(BigDecimal.ZERO, currency);
    for (ExpectedSpend spend : spends) {
      if (!spend.amount().getCurrency().equals(currency)) {
        record.report(
            "Project",
            ProblemKind.CURRENCY_MISMATCH,
            "ExpectedCustomerSpend is in "
                + currency
                + " and "
                + spend.amount().getCurrency()
                + "; the opportunity's amount needs one currency");
        return Optional.empty();
      }
      total = total.add(spend.annualAmount());
    }
    return Optional.of(total);
  }
}
