package org.alliancekit.io.partnercenter;

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
import org.alliancekit.io.cosell.CoSellParties;
import org.alliancekit.io.cosell.ContactFields;
import org.alliancekit.io.cosell.FirstSeen;
import org.alliancekit.io.cosell.JsonDocument;
import org.alliancekit.io.cosell.JsonInput;
import org.alliancekit.io.cosell.JsonValue;
import org.alliancekit.io.cosell.JsonValue.Need;
import org.alliancekit.io.partnercenter.ReferralFormat.Direction;
import org.alliancekit.io.partnercenter.ReferralFormat.ReferralType;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.ReferralStatus;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.alliancekit.model.pipeline.StageKind;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads Microsoft Partner Center referrals into leads and opportunities. Each file holds one
 * referral (as the Referrals API returns it, or a creation document as {@link PartnerCenterExport}
 * writes it), a JSON array of them, or a list response {@code {"value": [...]}}. The mapping of
 * every field is in {@code docs-cosell-partner-center.md}; in short:
 *
 * <ul>
 *   <li>a {@code New} referral ({@code Pending} or {@code Received}) is a lead; an {@code Active}
 *       or {@code Closed} one an opportunity on the co-sell stage model: {@code Accepted} at
 *       Qualified, {@code Won} at Launched, {@code Lost}, {@code Declined} and {@code Expired} at
 *       Closed Lost; the sub-status is kept as the record's referral status;
 *   <li>an {@code Incoming} referral comes from the platform partner (Microsoft), an {@code
 *       Outgoing} one from the host; a {@code Shared} referral involves the platform partner, an
 *       {@code Independent} one does not;
 *   <li>the customer's people ({@code customerProfile.team}) are kept as contacts only with consent
 *       ({@code consent.consentToContact} and {@code consent.consentToToShareInfoWithOthers} both
 *       true); without it they are dropped, with a warning naming the referral, so no output can
 *       expose them.
 * </ul>
 *
 * <p>Reading never stops at a bad record: a record with a problem is left out and the problem
 * reported at its file, line and JSON pointer; an id met again, in any file, is a {@link
 * ProblemKind#DUPLICATE}. Nothing is thrown for bad input.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PartnerCenterImport {
  private static final CurrencyUnit NO_VALUE_CURRENCY = Monetary.getCurrency("USD");

  /** How {@code customerProfile.team} spells the customer's people. */
  static final ContactFields CUSTOMER_TEAM =
      new ContactFields(
          "firstName", "lastName", "email", "phoneNumber", "title", ReferralFormat.MAX_TEXT);

  private PartnerCenterImport() {}

  /**
   * Reads the files; the host and the platform partner (Microsoft) are the portfolio's partners,
   * with the ids given, the host named by its id and Microsoft as "Microsoft".
   */
  public static PortfolioData read(List<Path> files, PartnerId host, PartnerId platform) {
    checkNotNull(host, "host");
    checkNotNull(platform, "platform");
    return read(files, CoSellParties.host(host), CoSellParties.platform(platform, "Microsoft"));
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
    Reading reading = new Reading(host.id(), platform.id());
    List<Problem> problems = new ArrayList<>();
    for (JsonDocument document : documents) {
      document
          .root()
          .ifPresent(
              root -> {
                for (JsonValue record : root.records("value")) {
                  reading.referral(record);
                }
              });
      problems.addAll(document.problems());
    }
    return PortfolioData.builder()
        .addPartners(PartnerRow.of(host), PartnerRow.of(platform))
        .accounts(reading.accounts.values())
        .leads(reading.leads)
        .opportunities(reading.opportunities)
        .problems(problems)
        .build();
  }

  /** The records read so far from the documents of one import. */
  private static final class Reading {
    private final PartnerId host;
    private final PartnerId platform;
    private final FirstSeen<String> ids = new FirstSeen<>();
    private final Map<AccountId, Account> accounts = new LinkedHashMap<>();
    private final List<Lead> leads = new ArrayList<>();
    private final List<Opportunity> opportunities = new ArrayList<>();

    Reading(PartnerId host, PartnerId platform) {
      this.host = host;
      this.platform = platform;
    }

    void referral(JsonValue record) {
      if (!record.expectObject("a referral")) {
        return;
      }
      JsonDocument document = record.document();
      int errors = document.errors();
      Optional<String> id = record.text("id", Need.OPTIONAL, ReferralFormat.MAX_TEXT);
      Optional<String> external =
          record.text("externalReferenceId", Need.OPTIONAL, ReferralFormat.MAX_TEXT);
      Optional<String> name = record.text("name", Need.REQUIRED, ReferralFormat.MAX_TEXT);
      Optional<ReferralStatus> status =
          record.constant("status", Need.REQUIRED, ReferralFormat.STATUSES);
      Optional<ReferralSubStatus> sub =
          record.constant("substatus", Need.REQUIRED, ReferralFormat.SUB_STATUSES);
      Optional<String> reason = record.text("statusReason", Need.OPTIONAL, ReferralFormat.MAX_TEXT);
      ReferralType type =
          record
              .constant("type", Need.OPTIONAL, ReferralFormat.TYPES)
              .orElse(ReferralType.INDEPENDENT);
      Optional<Direction> direction =
          record.constant("direction", Need.OPTIONAL, ReferralFormat.DIRECTIONS);
      Optional<LocalDate> created = record.dateOfTimestamp("createdDateTime", Need.REQUIRED);
      Optional<JsonValue> profile = record.object("customerProfile", Need.REQUIRED);
      Optional<Account> account = profile.flatMap(this::account);
      List<Contact> people =
          profile
              .flatMap(value -> value.array("team", Need.OPTIONAL))
              .map(CUSTOMER_TEAM::read)
              .orElse(List.of());
      Optional<JsonValue> consent = record.object("consent", Need.OPTIONAL);
      boolean consentToContact =
          consent.flatMap(value -> value.bool("consentToContact", Need.OPTIONAL)).orElse(false);
      boolean consentToShare =
          consent
              .flatMap(value -> value.bool("consentToToShareInfoWithOthers", Need.OPTIONAL))
              .orElse(false);
      consent.ifPresent(
          value -> value.bool("consentToShareReferralWithMicrosoftSellers", Need.OPTIONAL));
      Optional<JsonValue> details = record.object("details", Need.OPTIONAL);
      Optional<BigDecimal> dealValue =
          details.flatMap(value -> value.decimal("dealValue", Need.OPTIONAL));
      Optional<CurrencyUnit> currency =
          details.flatMap(
              value ->
                  value.currency(
                      "currency", dealValue.isPresent() ? Need.REQUIRED : Need.OPTIONAL));
      Optional<LocalDate> closing =
          details.flatMap(value -> value.dateOfTimestamp("closingDateTime", Need.OPTIONAL));
      Optional<String> notes =
          details.flatMap(value -> value.text("notes", Need.OPTIONAL, ReferralFormat.MAX_NOTES));
      if (id.isEmpty() && external.isEmpty()) {
        record.report(
            "id",
            ProblemKind.MISSING_VALUE,
            "id is required but missing (a creation document needs externalReferenceId instead)");
      }
      if (status.isPresent() && sub.isPresent() && sub.get().status() != status.get()) {
        record.report(
            "substatus",
            ProblemKind.INCONSISTENT,
            "substatus "
                + ReferralFormat.spelling(sub.get())
                + " belongs to status "
                + ReferralFormat.spelling(sub.get().status())
                + ", not "
                + ReferralFormat.spelling(status.get())
                + "; "
                + ReferralFormat.spelling(status.get())
                + " takes "
                + String.join(
                    ", ",
                    status.get().subStatuses().stream().map(ReferralFormat::spelling).toList()));
      }
      if (document.errors() > errors) {
        return;
      }
      String key = id.orElseGet(external::orElseThrow);
      String idProperty = id.isPresent() ? "id" : "externalReferenceId";
      if (!ids.claim(key, record, idProperty)) {
        return;
      }
      boolean contactConsent = consentToContact && consentToShare;
      if (!contactConsent && !people.isEmpty()) {
        record.report(
            "customerProfile",
            ProblemKind.WITHHELD,
            "referral "
                + key
                + " has no consent to share contact details (consent.consentToContact and"
                + " consent.consentToToShareInfoWithOthers), so its "
                + people.size()
                + " contact(s) in customerProfile.team were left out");
      }
      List<Contact> contacts = contactConsent ? people : List.of();
      Direction from = direction.orElse(id.isPresent() ? Direction.INCOMING : Direction.OUTGOING);
      Optional<MonetaryAmount> value = dealValue.map(v -> Money.of(v, currency.orElseThrow()));
      Optional<String> externalId = id.isPresent() ? external : Optional.empty();
      Account customer = account.orElseThrow();
      if (status.get() == ReferralStatus.NEW) {
        record
            .build(
                "referral " + key,
                () ->
                    Lead.builder()
                        .id(LeadId.of(key))
                        .account(customer)
                        .source(from == Direction.INCOMING ? platform : host)
                        .received(created.orElseThrow())
                        .sharedWith(
                            from == Direction.INCOMING
                                ? List.of(host)
                                : type == ReferralType.SHARED ? List.of(platform) : List.of())
                        .status(LeadStatus.NEW)
                        .title(name)
                        .referralStatus(sub)
                        .customerNeed(notes)
                        .estimatedValue(value)
                        .expectedClose(closing)
                        .externalId(externalId)
                        .contacts(contacts)
                        .contactConsent(contactConsent)
                        .build())
            .ifPresent(
                lead -> {
                  leads.add(lead);
                  accounts.putIfAbsent(customer.id(), customer);
                });
        return;
      }
      LocalDate start = created.orElseThrow();
      LocalDate close = closing.orElse(start);
      if (close.isBefore(start)) {
        record.report(
            "details",
            ProblemKind.INCONSISTENT,
            "details.closingDateTime " + close + " is before createdDateTime " + start);
        return;
      }
      ReferralSubStatus subStatus = sub.get();
      boolean lost = ReferralFormat.stage(subStatus).kind() == StageKind.LOST;
      record
          .build(
              "referral " + key,
              () -> {
                Opportunity.Builder builder =
                    Opportunity.builder()
                        .id(OpportunityId.of(key))
                        .account(customer)
                        .name(name.orElseThrow())
                        .amount(value.orElseGet(() -> Money.of(BigDecimal.ZERO, NO_VALUE_CURRENCY)))
                        .stage(ReferralFormat.stage(subStatus))
                        .created(start)
                        .expectedClose(close)
                        .owner(host)
                        .referralStatus(subStatus)
                        .closedLostReason(lost ? reason : Optional.empty())
                        .customerNeed(notes)
                        .externalId(externalId)
                        .contacts(contacts)
                        .contactConsent(contactConsent);
                involve(builder, from, type);
                return builder.build();
              })
          .ifPresent(
              opportunity -> {
                opportunities.add(opportunity);
                accounts.putIfAbsent(customer.id(), customer);
              });
    }

    /**
     * Origin and involvements: an incoming referral is sourced by the platform partner; an outgoing
     * shared one referred by the host to it; an outgoing independent one the host's own.
     */
    private void involve(Opportunity.Builder builder, Direction from, ReferralType type) {
      List<Involvement> involvements = new ArrayList<>();
      Origin origin;
      if (from == Direction.INCOMING) {
        origin = Origin.PARTNER_SOURCED;
        involvements.add(Involvement.of(platform, InvolvementRole.ORIGINATOR));
        if (type == ReferralType.SHARED) {
          involvements.add(Involvement.of(platform, InvolvementRole.CO_SELLER));
        }
      } else if (type == ReferralType.SHARED) {
        origin = Origin.REFERRED_TO_PARTNER;
        involvements.add(Involvement.of(platform, InvolvementRole.CO_SELLER));
      } else {
        origin = Origin.DIRECT;
      }
      builder.origin(origin).involvements(involvements);
    }

    private Optional<Account> account(JsonValue profile) {
      int errors = profile.document().errors();
      Optional<String> name = profile.text("name", Need.REQUIRED, ReferralFormat.MAX_TEXT);
      Optional<CountryCode> country =
          profile
              .object("address", Need.OPTIONAL)
              .flatMap(
                  address ->
                      address
                          .text("country", Need.OPTIONAL, 2)
                          .flatMap(code -> country(address, code)));
      Optional<String> duns =
          profile.array("ids", Need.OPTIONAL).flatMap(PartnerCenterImport::duns);
      if (profile.document().errors() > errors) {
        return Optional.empty();
      }
      return profile.build(
          "customer",
          () ->
              Account.builder()
                  .id(AccountId.of(duns.orElse(name.orElseThrow())))
                  .name(name.orElseThrow())
                  .country(country)
                  .build());
    }
  }

  private static Optional<CountryCode> country(JsonValue address, String code) {
    try {
      return Optional.of(CountryCode.parse(code));
    } catch (IllegalArgumentException e) {
      address.report("country", ProblemKind.INVALID_VALUE, "country: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The DUNS number among a customer's ids, if one is given and not blank. */
  private static Optional<String> duns(ImmutableList<JsonValue> ids) {
    for (JsonValue id : ids) {
      if (!id.expectObject("a customer id")) {
        continue;
      }
      Optional<String> type = id.text("profileType", Need.OPTIONAL, ReferralFormat.MAX_TEXT);
      Optional<String> value = id.text("id", Need.OPTIONAL, ReferralFormat.MAX_TEXT);
      if (type.filter(ReferralFormat.DUNS::equals).isPresent() && value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }
}
