package org.alliancekit.arbitraries;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.alliancekit.model.pipeline.SpendFrequency;

/**
 * The fields a co-sell programme adds to an opportunity or a lead: review and referral status, the
 * customer's need, expected spend, an external id and contacts with or without consent. Each is
 * absent in some generated records and present in others.
 */
final class CoSellDetails {
  private static final ImmutableList<String> NEEDS =
      ImmutableList.of(
          "Claims take 40 days to settle",
          "Move the data centre before the lease ends",
          "Two lines:\nfaster onboarding\nfewer manual checks");
  private static final ImmutableList<String> PEOPLE =
      ImmutableList.of("Ada Byron", "Grace Hopper", "Alan Turing");
  private static final ImmutableList<String> ROLES =
      ImmutableList.of("Decision Maker", "Technical Evaluator", "Champion");

  final Optional<ReviewStatus> reviewStatus;
  final Optional<ReferralSubStatus> referralStatus;
  final Optional<String> customerNeed;
  final List<ExpectedSpend> expectedSpend;
  final Optional<String> externalId;
  final List<Contact> contacts;
  final boolean consent;

  private CoSellDetails(
      Optional<ReviewStatus> reviewStatus,
      Optional<ReferralSubStatus> referralStatus,
      Optional<String> customerNeed,
      List<ExpectedSpend> expectedSpend,
      Optional<String> externalId,
      List<Contact> contacts,
      boolean consent) {
    this.reviewStatus = reviewStatus;
    this.referralStatus = referralStatus;
    this.customerNeed = customerNeed;
    this.expectedSpend = expectedSpend;
    this.externalId = externalId;
    this.contacts = consent ? contacts : List.of();
    this.consent = consent;
  }

  /** Details whose amounts are in the given currencies. */
  static Arbitrary<CoSellDetails> details(List<CurrencyUnit> currencies) {
    Arbitrary<ExpectedSpend> spend =
        Combinators.combine(
                Values.amounts(Values.oneOfValues(currencies), 0, 1_000_000L),
                Arbitraries.of(SpendFrequency.class),
                Arbitraries.of("AWS", "Microsoft").optional())
            .as(
                (amount, frequency, target) ->
                    ExpectedSpend.builder()
                        .amount(amount)
                        .frequency(frequency)
                        .target(target)
                        .build());
    Arbitrary<Contact> contact =
        Combinators.combine(
                Values.oneOfValues(PEOPLE),
                Arbitraries.of("buyer@example.com", "it@example.org").optional(),
                Arbitraries.of("+1 206 555 0100").optional(),
                Arbitraries.of("CIO", "Head of Claims").optional(),
                Values.oneOfValues(ROLES).optional())
            .as(
                (name, email, phone, title, role) ->
                    Contact.builder()
                        .name(name)
                        .email(email)
                        .phone(phone)
                        .title(title)
                        .role(role)
                        .build());
    return Combinators.combine(
            Arbitraries.of(ReviewStatus.class).optional(),
            Arbitraries.of(ReferralSubStatus.class).optional(),
            Values.oneOfValues(NEEDS).optional(),
            spend.list().ofMaxSize(2),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).optional(),
            contact.list().ofMaxSize(2),
            Arbitraries.of(true, false))
        .as(CoSellDetails::new);
  }

  /** The opportunity being built with these details. */
  Opportunity.Builder applyTo(Opportunity.Builder builder) {
    return builder
        .reviewStatus(reviewStatus)
        .referralStatus(referralStatus)
        .customerNeed(customerNeed)
        .expectedSpend(expectedSpend)
        .externalId(externalId)
        .contacts(contacts)
        .contactConsent(consent);
  }

  /** The lead being built with these details (a lead has no review status or expected spend). */
  Lead.Builder applyTo(Lead.Builder builder) {
    return builder
        .referralStatus(referralStatus)
        .customerNeed(customerNeed)
        .externalId(externalId)
        .contacts(contacts)
        .contactConsent(consent);
  }
}
