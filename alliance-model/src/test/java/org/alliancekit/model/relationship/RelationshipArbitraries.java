package org.alliancekit.model.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;

/** jqwik generators for the relationship tests. */
final class RelationshipArbitraries {
  /** The first day of a generated commitment period. */
  private static final LocalDate COMMITMENT_START = LocalDate.of(2026, 1, 1);

  static final PartnerId HOST = PartnerId.of("hq");
  static final PartnerId PARTNER = PartnerId.of("acme");
  static final PartnerId STRANGER = PartnerId.of("globex");

  private RelationshipArbitraries() {}

  static Arbitrary<String> names() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(16);
  }

  static Arbitrary<PartnerId> partnerIds() {
    return names().map(PartnerId::of);
  }

  static Arbitrary<MonetaryAmount> positiveAmounts() {
    return Arbitraries.of("EUR", "USD", "GBP", "JPY")
        .flatMap(
            code ->
                Arbitraries.longs()
                    .between(1, 100_000_000)
                    .map(minor -> Money.ofMinor(Monetary.getCurrency(code), minor)));
  }

  static Arbitrary<BigDecimal> positiveQuantities() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.1"), new BigDecimal("1000"))
        .ofScale(1);
  }

  static Arbitrary<Period> positivePeriods() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 11),
            Arbitraries.integers().between(0, 30))
        .as(Period::of)
        .filter(period -> !period.isZero());
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 20_000)
        .map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
  }

  static Arbitrary<AccessFee> accessFees() {
    return Arbitraries.oneOf(
        Arbitraries.integers()
            .between(1, 100)
            .map(p -> AccessFee.marginPercent(BigDecimal.valueOf(p))),
        positiveAmounts().map(AccessFee::fixed));
  }

  static Arbitrary<Formality> formalities() {
    return Combinators.combine(Arbitraries.of(FormalityKind.class), positivePeriods().optional())
        .as((kind, cadence) -> Formality.of(kind).withReviewCadence(cadence));
  }

  static Arbitrary<Exclusivity> exclusivities() {
    return Combinators.combine(
            names().set().ofMaxSize(3), names().set().ofMaxSize(3), positiveAmounts().optional())
        .as(
            (territories, products, price) ->
                Exclusivity.builder()
                    .territories(
                        territories.isEmpty() && products.isEmpty() ? Set.of("EMEA") : territories)
                    .products(products)
                    .price(price)
                    .build());
  }

  static Arbitrary<Governance> governances() {
    return Combinators.combine(
            names().optional(), names().optional(), names().optional(), names().optional())
        .as(
            (hostSponsor, partnerSponsor, hostManager, partnerManager) ->
                Governance.builder()
                    .hostSponsor(hostSponsor)
                    .partnerSponsor(partnerSponsor)
                    .hostAllianceManager(hostManager)
                    .partnerAllianceManager(partnerManager)
                    .build());
  }

  /** Commitments made by one of the given parties. */
  static Arbitrary<Commitment> commitments(PartnerId... parties) {
    Arbitrary<Optional<BigDecimal>> quantity = positiveQuantities().optional();
    return Combinators.combine(
            Arbitraries.of(parties),
            Arbitraries.of(ResourceKind.class),
            quantity,
            positiveAmounts(),
            Arbitraries.of(CommitmentStrength.class),
            positivePeriods().optional())
        .as(
            (party, resource, q, amount, strength, period) ->
                Commitment.builder()
                    .party(party)
                    .resource(resource)
                    .quantity(q)
                    .amount(q.isPresent() ? Optional.empty() : Optional.of(amount))
                    .strength(strength)
                    .periodStart(period.map(length -> COMMITMENT_START))
                    .periodEnd(period.map(length -> COMMITMENT_START.plus(length).minusDays(1)))
                    .build());
  }

  /** Motions whose parties are {@link #HOST} and {@link #PARTNER}. */
  static Arbitrary<SalesMotion> motions() {
    return Arbitraries.oneOf(
        Combinators.combine(names(), names(), Arbitraries.of(true, false)).as(SellWith::of),
        Arbitraries.of(SellTo.of(HOST, PARTNER), SellTo.of(PARTNER, HOST)),
        accessFees()
            .optional()
            .flatMap(
                fee ->
                    Arbitraries.of(
                        new SellThrough(HOST, PARTNER, fee), new SellThrough(PARTNER, HOST, fee))));
  }

  /** Relationships between {@link #HOST} and {@link #PARTNER}. */
  static Arbitrary<Relationship> relationships() {
    return Combinators.combine(
            names().map(RelationshipId::of),
            motions(),
            Arbitraries.of(Symmetry.class),
            formalities(),
            exclusivities().optional(),
            commitments(HOST, PARTNER).list().ofMaxSize(3),
            governances(),
            dates())
        .as(
            (id, motion, symmetry, formality, exclusivity, commitments, governance, start) ->
                Relationship.builder()
                    .id(id)
                    .host(HOST)
                    .partner(PARTNER)
                    .motion(motion)
                    .symmetry(symmetry)
                    .formality(formality)
                    .exclusivity(exclusivity)
                    .commitments(commitments)
                    .governance(governance)
                    .start(start)
                    .build());
  }
}
