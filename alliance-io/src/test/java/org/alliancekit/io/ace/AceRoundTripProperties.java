package org.alliancekit.io.ace;

import static org.alliancekit.io.ace.AceImportTest.AWS;
import static org.alliancekit.io.ace.AceImportTest.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.alliancekit.model.pipeline.StageModels;
import org.junit.jupiter.api.Test;

/**
 * Ours to a {@code CreateOpportunity} request and back gives every field the request carries; an
 * opportunity gets a document exactly when it breaks none of the rules checked here independently
 * of the exporter.
 */
class AceRoundTripProperties {
  private static final Partner HOST_PARTNER =
      Partner.builder().id(HOST).name("host").addKinds(PartnerKind.ISV).build();
  private static final Partner AWS_PARTNER =
      Partner.builder().id(AWS).name("AWS").addKinds(PartnerKind.PLATFORM_VENDOR).build();

  @Provide
  Arbitrary<Opportunity> opportunities() {
    return Combinators.combine(
            ModelArbitraries.opportunities()
                .owner(HOST)
                .parties(AWS)
                .stageModel(StageModels.coSell()),
            Arbitraries.of("Price", "Partner Gap", "Budget cut").optional(),
            Arbitraries.of("Workshop", "Send the proposal").optional(),
            Arbitraries.of("GB", "US").optional(),
            Arbitraries.of(false, true))
        .as(
            (opportunity, reason, step, country, tidy) -> {
              Opportunity generated =
                  opportunity
                      .withClosedLostReason(reason)
                      .withNextStep(step)
                      .withAccount(
                          opportunity
                              .account()
                              .withCountry(
                                  opportunity
                                      .account()
                                      .country()
                                      .or(() -> country.map(CountryCode::of))));
              return tidy ? tidy(generated) : generated;
            });
  }

  /**
   * The opportunity with a customer need long enough, monthly spends to AWS in one currency and a
   * known closed-lost reason, so that half the generated opportunities are close to exportable.
   */
  private static Opportunity tidy(Opportunity opportunity) {
    List<ExpectedSpend> spends =
        opportunity.expectedSpend().stream()
            .filter(
                spend ->
                    spend
                        .amount()
                        .getCurrency()
                        .equals(opportunity.expectedSpend().get(0).amount().getCurrency()))
            .map(
                spend ->
                    ExpectedSpend.builder()
                        .amount(spend.amount())
                        .frequency(SpendFrequency.MONTHLY)
                        .target("AWS")
                        .build())
            .toList();
    return opportunity
        .withCustomerNeed(
            opportunity.customerNeed().orElse("The customer needs a faster claims process"))
        .withExpectedSpend(
            spends.isEmpty()
                ? List.of(ExpectedSpend.of(opportunity.amount(), SpendFrequency.MONTHLY))
                : spends)
        .withClosedLostReason(opportunity.closedLostReason().map(any -> "Price"));
  }

  @Property(tries = 300)
  void exportedOpportunitiesReadBackWithTheFieldsAwsCarries(
      @ForAll("opportunities") Opportunity opportunity) {
    ExportResult result = AceExport.write(List.of(opportunity), AWS);
    assertEquals(
        expressible(opportunity), result.problems().isEmpty(), result.problems()::toString);
    if (result.documents().isEmpty()) {
      return;
    }
    Map.Entry<String, String> document = result.documents().firstEntry();
    PortfolioData back =
        AceImport.readDocuments(
            List.of(JsonInput.read(document.getKey(), document.getValue())),
            HOST_PARTNER,
            AWS_PARTNER);
    assertEquals(List.of(), back.problems());
    Opportunity read = back.opportunities().get(0);
    assertEquals(opportunity.id(), read.id());
    assertEquals(opportunity.name(), read.name());
    assertEquals(opportunity.account().name(), read.account().name());
    assertEquals(opportunity.account().country(), read.account().country());
    assertEquals(opportunity.account().industry(), read.account().industry());
    assertEquals(opportunity.stage(), read.stage());
    assertEquals(opportunity.expectedClose(), read.expectedClose());
    assertEquals(opportunity.closedLostReason(), read.closedLostReason());
    assertEquals(opportunity.nextStep(), read.nextStep());
    assertEquals(opportunity.customerNeed(), read.customerNeed());
    assertEquals(Origin.REFERRED_TO_PARTNER, read.origin());
    assertEquals(HOST, read.owner());
    List<MonetaryAmount> annual = new ArrayList<>();
    for (ExpectedSpend spend : opportunity.expectedSpend()) {
      annual.add(spend.annualAmount());
    }
    if (annual.isEmpty()) {
      annual.add(opportunity.amount());
    }
    assertEquals(
        annual.stream().map(AceRoundTripProperties::plain).toList(),
        read.expectedSpend().stream().map(s -> plain(s.annualAmount())).toList());
    assertEquals(
        plain(annual.stream().reduce(MonetaryAmount::add).orElseThrow()), plain(read.amount()));
    List<Contact> contacts =
        opportunity.contactConsent()
            ? opportunity.contacts().stream()
                .map(c -> Contact.builder().from(c).role(Optional.empty()).build())
                .toList()
            : List.of();
    assertEquals(contacts, read.contacts());
  }

  private static String plain(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().toPlainString()
        + " "
        + amount.getCurrency();
  }

  /** The rules of a {@code CreateOpportunity} request that generated opportunities can break. */
  private static boolean expressible(Opportunity opportunity) {
    boolean awsOriginated =
        opportunity.involvementsOf(AWS).stream()
            .anyMatch(i -> i.role() == InvolvementRole.ORIGINATOR);
    boolean need =
        opportunity.customerNeed().filter(n -> n.length() >= 20 && n.length() <= 2000).isPresent();
    boolean reason =
        opportunity.closedLostReason().map(AceFormat.CLOSED_LOST_REASONS::contains).orElse(true);
    boolean spends;
    if (opportunity.expectedSpend().isEmpty()) {
      spends = hundredths(opportunity.amount(), 12);
    } else {
      spends =
          opportunity.expectedSpend().stream().map(s -> s.amount().getCurrency()).distinct().count()
              == 1;
      for (ExpectedSpend spend : opportunity.expectedSpend()) {
        spends &= spend.target().map("AWS"::equals).orElse(true);
        spends &= hundredths(spend.amount(), 12 / spend.frequency().timesAYear());
      }
    }
    return !awsOriginated
        && need
        && reason
        && spends
        && opportunity.account().country().isPresent();
  }

  /** Whether the amount divided by the months is a whole number of hundredths. */
  private static boolean hundredths(MonetaryAmount amount, int months) {
    BigDecimal cents = amount.getNumber().numberValue(BigDecimal.class).movePointRight(2);
    return cents.stripTrailingZeros().scale() <= 0
        && cents.toBigIntegerExact().mod(BigInteger.valueOf(months)).signum() == 0;
  }

  @Test
  void theGeneratedOpportunitiesExerciseBothBranchesOfTheLaw() {
    Map<Boolean, Long> counts =
        opportunities()
            .sampleStream()
            .limit(300)
            .collect(
                Collectors.partitioningBy(
                    AceRoundTripProperties::expressible, Collectors.counting()));
    assertTrue(counts.get(true) >= 30 && counts.get(false) >= 30, counts::toString);
  }

  @Property(tries = 50)
  void theProblemsNameTheOpportunityAndTheDocumentsAreOnePerExpressibleOne(
      @ForAll("opportunities") Opportunity first, @ForAll("opportunities") Opportunity second) {
    Opportunity other = second.withId(OpportunityId.of("x" + second.id().value()));
    ExportResult result = AceExport.write(List.of(first, other), AWS);
    long expressible =
        List.of(first, other).stream().filter(AceRoundTripProperties::expressible).count();
    assertEquals(expressible, result.documents().size());
    assertTrue(
        result.problems().stream()
            .allMatch(
                p -> p.key().equals(first.id().value()) || p.key().equals(other.id().value())));
  }
}
