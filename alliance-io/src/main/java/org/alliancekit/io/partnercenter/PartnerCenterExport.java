package org.alliancekit.io.partnercenter;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.io.csv.Cells;
import org.alliancekit.io.partnercenter.ReferralFormat.ReferralType;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.ReferralStatus;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.apiguardian.api.API;

/**
 * Writes Partner Center referral creation documents (the body of {@code POST
 * /v1.0/engagements/referrals}), one per lead the host refers: a new referral ({@code New}, {@code
 * Pending} unless the lead says {@code Received}), {@code Shared} with Microsoft when the lead is
 * shared with the platform partner, {@code Independent} when it is shared with no one. A lead that
 * cannot be expressed gets no document and a {@link Problem} of its row (its index in the input and
 * its id) naming the referral field and the rule; no value is cut short or replaced. A lead without
 * consent to share contact details is written without its people and with every consent flag false.
 * The mapping is in {@code docs-cosell-partner-center.md}; {@link PartnerCenterImport} reads the
 * documents back.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PartnerCenterExport {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PartnerCenterExport() {}

  /**
   * Writes a creation document per lead, named {@code referral-<id>.json} (characters of the id
   * other than letters, digits, '.', '-' and '_' written as '_').
   *
   * @param host the id of the host, the only source of the leads it can refer
   * @param platform the id of the platform partner (Microsoft)
   */
  public static ExportResult write(Iterable<Lead> leads, PartnerId host, PartnerId platform) {
    checkNotNull(leads, "leads");
    checkNotNull(host, "host");
    checkNotNull(platform, "platform");
    Map<String, String> documents = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    long row = 0;
    for (Lead lead : leads) {
      List<Problem> found = new ArrayList<>();
      ObjectNode referral = referral(lead, host, platform, row, found);
      if (found.isEmpty()) {
        documents.put(fileName(lead, names), text(referral));
      }
      problems.addAll(found);
      row++;
    }
    return ExportResult.of(documents, problems);
  }

  private static String fileName(Lead lead, Set<String> names) {
    String safe = lead.id().value().replaceAll("[^A-Za-z0-9._-]", "_");
    String name = "referral-" + safe + ".json";
    for (int n = 2; !names.add(name); n++) {
      name = "referral-" + safe + "-" + n + ".json";
    }
    return name;
  }

  private static String text(ObjectNode referral) {
    try {
      return MAPPER.writeValueAsString(referral) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode referral(
      Lead lead, PartnerId host, PartnerId platform, long row, List<Problem> found) {
    String id = lead.id().value();
    ObjectNode referral = NODES.objectNode();
    if (!lead.source().equals(host)) {
      found.add(
          Problem.atRow(
              row,
              id,
              ProblemKind.INVALID_VALUE,
              "source: the host "
                  + host
                  + " creates referrals of its own leads only; this lead comes from "
                  + lead.source()));
    }
    if (lead.status() != LeadStatus.NEW) {
      found.add(
          Problem.atRow(
              row,
              id,
              ProblemKind.INVALID_VALUE,
              "status: a referral is created New, but the lead is " + lead.status()));
    }
    ReferralSubStatus sub = lead.referralStatus().orElse(ReferralSubStatus.PENDING);
    if (sub.status() != ReferralStatus.NEW) {
      found.add(
          Problem.atRow(
              row,
              id,
              ProblemKind.INVALID_VALUE,
              "substatus: a referral is created Pending or Received, but the lead's referral"
                  + " status is "
                  + ReferralFormat.spelling(sub)));
    }
    ReferralType type;
    if (lead.sharedWith().isEmpty()) {
      type = ReferralType.INDEPENDENT;
    } else if (lead.sharedWith().size() == 1 && lead.sharedWith().contains(platform)) {
      type = ReferralType.SHARED;
    } else {
      type = ReferralType.INDEPENDENT;
      found.add(
          Problem.atRow(
              row,
              id,
              ProblemKind.INVALID_VALUE,
              "type: a referral is shared with "
                  + platform
                  + " (Shared) or with no one (Independent), but the lead is shared with "
                  + lead.sharedWith()));
    }
    if (lead.title().isEmpty()) {
      found.add(
          Problem.atRow(
              row, id, ProblemKind.MISSING_VALUE, "name: is required; the lead has no title"));
    } else {
      referral.put("name", lead.title().get());
    }
    referral.put("externalReferenceId", id);
    referral.put("status", ReferralFormat.spelling(ReferralStatus.NEW));
    referral.put("substatus", ReferralFormat.spelling(sub));
    referral.put("type", type == ReferralType.SHARED ? "Shared" : "Independent");
    referral.put("createdDateTime", timestamp(lead.received()));
    ObjectNode profile = referral.putObject("customerProfile");
    profile.put("name", lead.account().name());
    if (lead.account().country().isEmpty()) {
      found.add(
          Problem.atRow(
              row,
              id,
              ProblemKind.MISSING_VALUE,
              "customerProfile.address.country: is required; account "
                  + lead.account().id()
                  + " has no country"));
    } else {
      profile.putObject("address").put("country", lead.account().country().get().alpha2());
    }
    String key = lead.account().id().value();
    if (key.length() == 9 && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
      ObjectNode duns = profile.putArray("ids").addObject();
      duns.put("profileType", ReferralFormat.DUNS);
      duns.put("id", key);
    }
    if (lead.contactConsent() && !lead.contacts().isEmpty()) {
      ArrayNode team = profile.putArray("team");
      for (Contact contact : lead.contacts()) {
        for (String property : PartnerCenterImport.CUSTOMER_TEAM.write(contact, team.addObject())) {
          found.add(
              Problem.atRow(
                  row,
                  id,
                  ProblemKind.INVALID_VALUE,
                  "customerProfile.team."
                      + property
                      + ": the value of contact "
                      + Cells.quote(contact.name())
                      + " is longer than "
                      + ReferralFormat.MAX_TEXT
                      + " characters"));
        }
      }
    }
    ObjectNode consent = referral.putObject("consent");
    consent.put("consentToContact", lead.contactConsent());
    consent.put("consentToToShareInfoWithOthers", lead.contactConsent());
    consent.put("consentToShareReferralWithMicrosoftSellers", type == ReferralType.SHARED);
    ObjectNode details = referral.putObject("details");
    lead.customerNeed().ifPresent(notes -> details.put("notes", notes));
    lead.estimatedValue()
        .ifPresent(
            value -> {
              // The amount padded to its currency's minor unit, as a JSON number.
              details.set("dealValue", DecimalNode.valueOf(new BigDecimal(Cells.format(value))));
              details.put("currency", value.getCurrency().getCurrencyCode());
            });
    lead.expectedClose().ifPresent(date -> details.put("closingDateTime", timestamp(date)));
    return referral;
  }

  private static String timestamp(LocalDate date) {
    return date + "T00:00:00Z";
  }
}
