package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.relationship.AccessFee;

class ModelArbitrariesTest {
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  @Property(tries = 200)
  void idsAreShortNumberedTexts(
      @ForAll("partnerIds") String partner,
      @ForAll("relationshipIds") String relationship,
      @ForAll("assessmentIds") String assessment,
      @ForAll("opportunityIds") String opportunity) {
    assertTrue(partner.matches("p[1-9][0-9]?"), partner);
    assertTrue(relationship.matches("r[1-9][0-9]?"), relationship);
    assertTrue(assessment.matches("a[1-9][0-9]?"), assessment);
    assertTrue(opportunity.matches("o[1-9][0-9]?"), opportunity);
  }

  @Provide
  Arbitrary<String> partnerIds() {
    return ModelArbitraries.partnerIds().map(Object::toString);
  }

  @Provide
  Arbitrary<String> relationshipIds() {
    return ModelArbitraries.relationshipIds().map(Object::toString);
  }

  @Provide
  Arbitrary<String> assessmentIds() {
    return ModelArbitraries.assessmentIds().map(Object::toString);
  }

  @Provide
  Arbitrary<String> opportunityIds() {
    return ModelArbitraries.opportunityIds().map(Object::toString);
  }

  @Provide
  Arbitrary<MonetaryAmount> yen() {
    return ModelArbitraries.amounts(JPY);
  }

  @Provide
  Arbitrary<MonetaryAmount> positiveEuros() {
    return ModelArbitraries.positiveAmounts(EUR);
  }

  @Property(tries = 300)
  void amountsStayInTheirCurrencyAndRange(
      @ForAll("yen") MonetaryAmount yen, @ForAll("positiveEuros") MonetaryAmount euros) {
    assertEquals(JPY, yen.getCurrency());
    assertFalse(yen.isNegative());
    assertTrue(
        yen.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().scale() <= 0,
        "yen have no minor unit: " + yen);
    assertEquals(EUR, euros.getCurrency());
    assertTrue(euros.isPositive());
    assertTrue(
        euros.getNumber().numberValue(BigDecimal.class).compareTo(BigDecimal.valueOf(10_000_000))
            <= 0);
  }

  @Provide
  Arbitrary<RatingScale> scales() {
    return ModelArbitraries.ratingScales();
  }

  @Property(tries = 300)
  void ratingValuesLieOnTheirScale(@ForAll("scales") RatingScale scale) {
    Statistics.label("scale").collect(scale instanceof AnchoredScale ? "anchored" : "numeric");
    Statistics.label("scale")
        .coverage(
            coverage -> {
              coverage.check("anchored").count(n -> n > 0);
              coverage.check("numeric").count(n -> n > 0);
            });
    List<Double> values = ModelArbitraries.ratingValues(scale).sampleStream().limit(20).toList();
    for (double value : values) {
      assertTrue(scale.contains(value), value + " on " + scale);
    }
  }

  @Provide
  Arbitrary<StageModel> stageModels() {
    return ModelArbitraries.stageModels();
  }

  @Property(tries = 200)
  void stageModelsArePresetsOrCustom(@ForAll("stageModels") StageModel model) {
    Statistics.label("model").collect(model.name());
    Statistics.label("model")
        .coverage(
            coverage -> {
              coverage.check("Generic").count(n -> n > 0);
              coverage.check("Co-sell").count(n -> n > 0);
              coverage.check("Custom").count(n -> n > 0);
            });
    assertFalse(model.openStages().isEmpty());
    assertFalse(model.closedStages().isEmpty());
  }

  @Provide
  Arbitrary<Lead> leads() {
    return ModelArbitraries.leads();
  }

  @Property(tries = 200)
  void leadsAreNeverSharedWithTheirSource(@ForAll("leads") Lead lead) {
    assertFalse(lead.sharedWith().contains(lead.source()));
    assertEquals(lead.status() == LeadStatus.CONVERTED, lead.convertedOpportunity().isPresent());
    Statistics.label("status").collect(lead.status());
    Statistics.label("status")
        .coverage(
            coverage -> {
              for (LeadStatus status : LeadStatus.values()) {
                coverage.check(status).count(n -> n > 0);
              }
            });
  }

  @Provide
  Arbitrary<AccessFee> fees() {
    return ModelArbitraries.accessFees(EUR);
  }

  @Property(tries = 100)
  void accessFeesAreMarginsOrFixedAmountsInTheCurrency(@ForAll("fees") AccessFee fee) {
    if (fee instanceof AccessFee.Fixed) {
      assertEquals(EUR, ((AccessFee.Fixed) fee).amount().getCurrency());
    } else {
      BigDecimal percent = ((AccessFee.Margin) fee).percent();
      assertTrue(
          percent.compareTo(BigDecimal.ONE) >= 0 && percent.compareTo(BigDecimal.valueOf(50)) <= 0,
          percent.toPlainString());
    }
  }

  @Example
  void staticFactoriesRejectNulls() {
    new NullPointerTester()
        .setDefault(PartnerId.class, PartnerId.of("p1"))
        .testAllPublicStaticMethods(ModelArbitraries.class);
  }

  @Example
  void currenciesStartWithEuro() {
    assertEquals(EUR, ModelArbitraries.currencies().edgeCases().iterator().next().value());
    assertThrows(NullPointerException.class, () -> ModelArbitraries.ratingValues(null));
  }
}
