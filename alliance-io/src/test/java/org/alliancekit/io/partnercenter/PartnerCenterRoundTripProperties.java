package org.alliancekit.io.partnercenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.io.cosell.JsonInput;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.ReferralStatus;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.junit.jupiter.api.Test;

/**
 * Ours to a referral creation document and back gives every field the document carries; a lead gets
 * a document exactly when it breaks none of the rules checked here independently of the exporter.
 */
class PartnerCenterRoundTripProperties {
  /** The generated leads pass between host, p1, p2 and p3; p1 plays Microsoft. */
  private static final PartnerId HOST = PartnerId.of("host");

  private static final PartnerId PLATFORM = PartnerId.of("p1");

  private static final Partner HOST_PARTNER =
      Partner.builder().id(HOST).name("host").addKinds(PartnerKind.ISV).build();
  private static final Partner PLATFORM_PARTNER =
      Partner.builder()
          .id(PLATFORM)
          .name("Microsoft")
          .addKinds(PartnerKind.PLATFORM_VENDOR)
          .build();

  @Provide
  Arbitrary<Lead> leads() {
    return Combinators.combine(
            ModelArbitraries.leads(),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true),
            Arbitraries.of("GB", "US").optional())
        .as(
            (lead, tidy, shared, country) -> {
              Lead generated =
                  lead.withAccount(
                      lead.account()
                          .withCountry(
                              lead.account().country().or(() -> country.map(CountryCode::of))));
              if (!tidy) {
                return generated;
              }
              return Lead.builder()
                  .from(generated)
                  .source(HOST)
                  .sharedWith(shared ? List.of(PLATFORM) : List.of())
                  .status(LeadStatus.NEW)
                  .convertedOpportunity(Optional.empty())
                  .referralStatus(
                      generated.referralStatus().filter(s -> s.status() == ReferralStatus.NEW))
                  .title(generated.title().or(() -> Optional.of("Referred lead")))
                  .build();
            });
  }

  private static boolean expressible(Lead lead) {
    return lead.source().equals(HOST)
        && lead.status() == LeadStatus.NEW
        && lead.referralStatus().map(s -> s.status() == ReferralStatus.NEW).orElse(true)
        && (lead.sharedWith().isEmpty() || lead.sharedWith().equals(Set.of(PLATFORM)))
        && lead.title().isPresent()
        && lead.account().country().isPresent();
  }

  @Test
  void theGeneratedLeadsExerciseBothBranchesOfTheLaw() {
    Map<Boolean, Long> counts =
        leads()
            .sampleStream()
            .limit(300)
            .collect(
                Collectors.partitioningBy(
                    PartnerCenterRoundTripProperties::expressible, Collectors.counting()));
    assertTrue(counts.get(true) >= 30 && counts.get(false) >= 30, counts::toString);
  }

  @Property(tries = 300)
  void exportedLeadsReadBackWithTheFieldsAReferralCarries(@ForAll("leads") Lead lead) {
    ExportResult result = PartnerCenterExport.write(List.of(lead), HOST, PLATFORM);
    assertEquals(expressible(lead), result.problems().isEmpty(), result.problems()::toString);
    if (result.documents().isEmpty()) {
      return;
    }
    Map.Entry<String, String> document = result.documents().firstEntry();
    PortfolioData back =
        PartnerCenterImport.readDocuments(
            List.of(JsonInput.read(document.getKey(), document.getValue())),
            HOST_PARTNER,
            PLATFORM_PARTNER);
    assertEquals(List.of(), back.problems());
    Lead read = back.leads().get(0);
    assertEquals(lead.id(), read.id());
    assertEquals(lead.account().name(), read.account().name());
    assertEquals(lead.account().country(), read.account().country());
    assertEquals(HOST, read.source());
    assertEquals(lead.sharedWith(), read.sharedWith());
    assertEquals(lead.received(), read.received());
    assertEquals(LeadStatus.NEW, read.status());
    assertEquals(lead.title(), read.title());
    assertEquals(
        Optional.of(lead.referralStatus().orElse(ReferralSubStatus.PENDING)),
        read.referralStatus());
    assertEquals(lead.customerNeed(), read.customerNeed());
    assertEquals(
        lead.estimatedValue().map(PartnerCenterRoundTripProperties::plain),
        read.estimatedValue().map(PartnerCenterRoundTripProperties::plain));
    assertEquals(lead.expectedClose(), read.expectedClose());
    assertEquals(lead.contactConsent(), read.contactConsent());
    assertEquals(
        lead.contacts().stream()
            .map(c -> Contact.builder().from(c).role(Optional.empty()).build())
            .toList(),
        read.contacts());
  }

  private static String plain(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().toPlainString()
        + " "
        + amount.getCurrency();
  }
}
