package org.alliancekit.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.io.Samples;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.relationship.AccessFee;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.model.venture.Ownership;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AllianceJsonTest {
  @Test
  void writesTheDocumentedForm() throws Exception {
    assertEquals(
        "{\"id\":\"rel-globex\",\"host\":\"hq\",\"partner\":\"globex\","
            + "\"motion\":{\"type\":\"SELL_THROUGH\",\"supplier\":\"globex\",\"channel\":\"hq\","
            + "\"accessFee\":{\"type\":\"MARGIN\",\"percent\":\"20.0\"}},"
            + "\"symmetry\":\"ASYMMETRIC_CHANNEL\",\"formality\":{\"kind\":\"CONTRACT\","
            + "\"reviewCadence\":\"P1Y\"},\"commitments\":[],\"governance\":{},"
            + "\"start\":\"2023-07-01\"}",
        AllianceJson.toJson(Samples.sellThrough()));
    assertEquals(
        "{\"employees\":40,\"annualRevenue\":{\"amount\":\"1250.50\",\"currency\":\"EUR\"}}",
        AllianceJson.toJson(CompanySize.of(40, Samples.eur("1250.5"))));
    assertEquals(
        "{\"owner\":\"acme\",\"share\":\"0.60\"}",
        AllianceJson.toJson(Samples.jointVenture().owners().get(0)));
    assertEquals("{\"code\":\"O45\"}", AllianceJson.toJson(Rating.unknown("O45")));
  }

  @Test
  void writesAStandardCatalogOfAnAssessmentByNameAndACustomOneInFull() throws Exception {
    String standard = AllianceJson.toJson(Samples.assessment());
    assertTrue(standard.contains("\"catalog\":\"SALES_SCORECARD\""), standard);
    String custom = AllianceJson.toJson(Samples.anchoredAssessment());
    assertTrue(
        custom.contains("\"catalog\":{\"name\":\"PARTNER_HEALTH\",\"factors\":[{\"code\":\"H1\""),
        custom);
    assertTrue(
        custom.contains(
            "\"scale\":{\"type\":\"ANCHORED\",\"anchors\":[{\"label\":\"No\",\"fraction\":0.0}"),
        custom);
    assertEquals(
        FactorCatalogs.bestPractices(),
        AllianceJson.fromJson("\"BEST_PRACTICES\"", FactorCatalog.class));
  }

  @Test
  void keepsTheScaleOfExactDecimals() throws Exception {
    AccessFee fee = AccessFee.marginPercent(new BigDecimal("20.00"));
    AccessFee back = AllianceJson.fromJson(AllianceJson.toJson(fee), AccessFee.class);
    assertEquals(fee, back);
    assertEquals(new BigDecimal("20.00"), ((AccessFee.Margin) back).percent());
  }

  @Test
  void readsExactDecimalsGivenAsNumbersToo() throws Exception {
    assertEquals(
        Ownership.of(Samples.ACME, new BigDecimal("0.60")),
        AllianceJson.fromJson("{\"owner\":\"acme\",\"share\":0.60}", Ownership.class));
  }

  @Test
  void aRuleOfTheModelFailsWithTheModelsMessage() {
    String json =
        "{\"id\":\"jv-1\",\"name\":\"JV\",\"owners\":[{\"owner\":\"a\",\"share\":\"0.5\"},"
            + "{\"owner\":\"b\",\"share\":\"0.4\"}]}";
    ValueInstantiationException e =
        assertThrows(
            ValueInstantiationException.class,
            () -> AllianceJson.fromJson(json, JointVenture.class));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Cannot build JointVenture: owner shares of joint venture jv-1 sum to 0.9, not 1"),
        e::getMessage);
  }

  @Test
  void aRuleBrokenDeepInsideNamesThePath() {
    String json =
        "{\"id\":\"jv-1\",\"name\":\"JV\",\"owners\":[{\"owner\":\"a\",\"share\":\"0.5\"},"
            + "{\"owner\":\"b\",\"share\":\"1.5\"}]}";
    JsonMappingException e =
        assertThrows(
            JsonMappingException.class, () -> AllianceJson.fromJson(json, JointVenture.class));
    assertTrue(
        e.getMessage().contains("share 1.5 of owner b must be greater than 0 and at most 1"),
        e::getMessage);
    assertEquals("owners", e.getPath().get(0).getFieldName());
    assertEquals(1, e.getPath().get(1).getIndex());
  }

  @Test
  void anInvalidIdFailsWithTheModelsMessage() {
    InvalidFormatException e =
        assertThrows(
            InvalidFormatException.class,
            () -> AllianceJson.fromJson("\" acme\"", PartnerId.class));
    assertTrue(
        e.getMessage().contains("partner id ' acme' must not start or end with whitespace"),
        e::getMessage);
  }

  @Test
  void readsOnlyTheNamedVariantsOfASealedType() {
    InvalidTypeIdException unknown =
        assertThrows(
            InvalidTypeIdException.class,
            () -> AllianceJson.fromJson("{\"type\":\"CO_SELL\"}", SalesMotion.class));
    assertTrue(
        unknown.getMessage().contains("known types are [SELL_WITH, SELL_TO, SELL_THROUGH]"),
        unknown::getMessage);
    assertThrows(
        InvalidTypeIdException.class,
        () ->
            AllianceJson.fromJson(
                "{\"type\":\"org.alliancekit.model.relationship.SellWith\",\"hostRole\":\"a\","
                    + "\"partnerRole\":\"b\",\"sharesProspectData\":true}",
                SalesMotion.class));
    MismatchedInputException missing =
        assertThrows(
            MismatchedInputException.class,
            () -> AllianceJson.fromJson("{\"seller\":\"a\",\"buyer\":\"b\"}", SalesMotion.class));
    assertTrue(
        missing.getMessage().startsWith("SalesMotion needs the property 'type'"),
        missing::getMessage);
    MismatchedInputException wrong =
        assertThrows(
            MismatchedInputException.class,
            () ->
                AllianceJson.fromJson(
                    "{\"type\":\"SELL_TO\",\"seller\":\"a\",\"buyer\":\"b\"}", SellWith.class));
    assertTrue(
        wrong.getMessage().startsWith("a SellWith cannot be read from type SELL_TO"),
        wrong::getMessage);
  }

  @Test
  void rejectsUnknownAndMissingProperties() throws Exception {
    UnrecognizedPropertyException unknown =
        assertThrows(
            UnrecognizedPropertyException.class,
            () ->
                AllianceJson.fromJson(
                    "{\"seller\":\"a\",\"buyer\":\"b\",\"type\":\"SELL_TO\",\"price\":1}",
                    SellTo.class));
    assertEquals("price", unknown.getPropertyName());
    MismatchedInputException missing =
        assertThrows(
            MismatchedInputException.class,
            () -> AllianceJson.fromJson("{\"name\":\"Acme\",\"kinds\":[\"ISV\"]}", Partner.class));
    assertTrue(
        missing.getMessage().startsWith("Partner is missing the required property 'id'"),
        missing::getMessage);
    JsonMapper lenient =
        AllianceJson.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertEquals(
        SellTo.of(PartnerId.of("a"), PartnerId.of("b")),
        lenient.readValue(
            "{\"type\":\"SELL_TO\",\"seller\":\"a\",\"buyer\":\"b\",\"price\":1}", SellTo.class));
  }

  @Test
  void readsNullAsAbsent() throws Exception {
    assertEquals(
        Samples.plainPartner(Samples.ACME, "Acme"),
        AllianceJson.fromJson(
            "{\"id\":\"acme\",\"name\":\"Acme\",\"kinds\":[\"ISV\"],\"headquarters\":null,"
                + "\"regions\":null}",
            Partner.class));
  }

  @Test
  void readsAndWritesGenericContainersAndIdKeys() throws Exception {
    List<Partner> partners =
        ImmutableList.of(Samples.partner(), Samples.plainPartner(Samples.GLOBEX, "Globex"));
    String json = AllianceJson.toJson(partners);
    assertEquals(
        partners, AllianceJson.reader(new TypeReference<List<Partner>>() {}).readValue(json));
    Map<PartnerId, CountryCode> byPartner = ImmutableMap.of(Samples.ACME, CountryCode.of("DE"));
    String map = AllianceJson.toJson(byPartner);
    assertEquals("{\"acme\":\"DE\"}", map);
    assertEquals(
        byPartner,
        AllianceJson.reader(new TypeReference<ImmutableMap<PartnerId, CountryCode>>() {})
            .readValue(map));
    BatchResult<Partner> batch = Samples.batch();
    assertEquals(
        batch,
        AllianceJson.reader(new TypeReference<BatchResult<Partner>>() {})
            .readValue(AllianceJson.writer().writeValueAsString(batch)));
  }

  @Test
  void usesNoDefaultTyping() throws Exception {
    JsonMapper mapper = AllianceJson.mapper();
    assertNull(
        mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(SalesMotion.class)));
    assertNull(
        mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    String json = mapper.writeValueAsString(ImmutableList.of(Samples.sellWith().motion()));
    assertEquals(
        "[{\"type\":\"SELL_WITH\",\"hostRole\":\"platform\",\"partnerRole\":\"implementation\","
            + "\"sharesProspectData\":false}]",
        json);
  }

  @Test
  void worksWithTheModulesInAMapperBuiltElsewhere() throws Exception {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModules(AllianceJson.modules())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    Relationship relationship = Samples.sellWith();
    assertEquals(
        relationship,
        mapper.readValue(mapper.writeValueAsString(relationship), Relationship.class));
    JsonMapper moduleOnly =
        JsonMapper.builder()
            .addModules(AllianceJson.modules().subList(0, 4))
            .addModule(AllianceJson.module())
            .build();
    assertEquals(
        Samples.assessment(),
        moduleOnly.readValue(
            moduleOnly.writeValueAsString(Samples.assessment()), Assessment.class));
  }

  @Test
  void hostileNamesStayText() throws Exception {
    for (String name : Samples.HOSTILE_NAMES) {
      Partner partner = Samples.plainPartner(Samples.ACME, name);
      String json = AllianceJson.toJson(partner);
      assertEquals(partner, AllianceJson.fromJson(json, Partner.class), json);
    }
    assertThrows(
        ValueInstantiationException.class,
        () ->
            AllianceJson.fromJson(
                "{\"id\":\"a\",\"name\":\"bell\\u0007\",\"kinds\":[\"ISV\"]}", Partner.class));
  }

  @Test
  void rejectsDecimalsTooLongToWriteOutInsteadOfExpandingThem() throws Exception {
    for (String amount : List.of("\"1E+999999999\"", "\"1E-999999999\"", "1e101")) {
      JsonProcessingException e =
          assertThrows(
              JsonProcessingException.class,
              () ->
                  AllianceJson.fromJson(
                      "{\"employees\":1,\"annualRevenue\":{\"amount\":"
                          + amount
                          + ",\"currency\":\"EUR\"}}",
                      CompanySize.class));
      assertTrue(
          e.getMessage().contains("digits before or after the decimal point"), e::getMessage);
    }
    JsonProcessingException rate =
        assertThrows(
            JsonProcessingException.class,
            () ->
                AllianceJson.fromJson(
                    "{\"from\":\"EUR\",\"to\":\"GBP\",\"rate\":1e-999999999}", ExchangeRate.class));
    assertTrue(
        rate.getMessage()
            .startsWith(
                "property 'rate' of ExchangeRate: decimal 1E-999999999 has more than 100 digits"
                    + " before or after the decimal point"),
        rate::getMessage);
    JsonProcessingException share =
        assertThrows(
            JsonProcessingException.class,
            () ->
                AllianceJson.fromJson(
                    "{\"owner\":\"a\",\"share\":\"0." + "0".repeat(400) + "1\"}", Ownership.class));
    assertTrue(share.getMessage().contains("a decimal of 403 characters"), share::getMessage);
    // 100 digits on each side are fine and round-trip.
    BigDecimal wide = new BigDecimal("9".repeat(100) + "." + "9".repeat(100));
    ExchangeRate read =
        AllianceJson.fromJson(
            AllianceJson.toJson(ExchangeRate.of(Samples.EUR, Samples.GBP, wide)),
            ExchangeRate.class);
    assertEquals(wide, read.rate());
  }

  @Test
  void aNumberWhoseExponentIsBeyondAnIntFailsAsAParseErrorNotANumberFormatException() {
    for (String json :
        List.of(
            "{\"id\":\"a\",\"name\":\"A\",\"kinds\":[\"ISV\"],"
                + "\"size\":{\"employees\":1e100000099999999}}",
            "{\"id\":\"a\",\"name\":\"A\",\"kinds\":[\"ISV\"],\"size\":{\"employees\":1,"
                + "\"annualRevenue\":{\"amount\":1e100000099999999,\"currency\":\"EUR\"}}}")) {
      JsonProcessingException e =
          assertThrows(
              JsonProcessingException.class, () -> AllianceJson.fromJson(json, Partner.class));
      assertTrue(e.getMessage().contains("cannot be read"), e::getMessage);
      assertTrue(e.getLocation().getLineNr() == 1, e::getMessage);
    }
  }

  @Test
  void aCurrencyCodeIsNeverReadAsAPattern() {
    // Moneta matches codes as regular expressions: "E.R" would be EUR, "U[D" logs an error.
    for (String code : List.of("E.R", "U[D", ".*", "eur", "EURO")) {
      JsonProcessingException e =
          assertThrows(
              JsonProcessingException.class,
              () ->
                  AllianceJson.fromJson(
                      "{\"amount\":\"1.00\",\"currency\":\"" + code + "\"}",
                      javax.money.MonetaryAmount.class));
      assertTrue(e.getMessage().contains("'" + code + "'"), e::getMessage);
    }
  }

  @Test
  void rejectsTrailingTokens() {
    assertThrows(
        MismatchedInputException.class,
        () -> AllianceJson.fromJson("\"acme\" \"more\"", PartnerId.class));
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester()
        .setDefault(TypeReference.class, new TypeReference<List<Partner>>() {})
        .testAllPublicStaticMethods(AllianceJson.class);
  }

  @Property
  void roundTripsArbitraryPartners(@ForAll("partners") Partner partner)
      throws JsonProcessingException {
    assertEquals(partner, AllianceJson.fromJson(AllianceJson.toJson(partner), Partner.class));
  }

  @Property
  void roundTripsArbitraryJointVentureShares(@ForAll("ventures") JointVenture venture)
      throws JsonProcessingException {
    assertEquals(venture, AllianceJson.fromJson(AllianceJson.toJson(venture), JointVenture.class));
  }

  @Property
  void roundTripsArbitraryRatings(@ForAll("ratings") Rating rating) throws JsonProcessingException {
    assertEquals(rating, AllianceJson.fromJson(AllianceJson.toJson(rating), Rating.class));
  }

  @Provide
  Arbitrary<Partner> partners() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of(Samples.HOSTILE_NAMES),
            Arbitraries.strings()
                .all()
                .ofMinLength(1)
                .ofMaxLength(40)
                .filter(s -> s.chars().noneMatch(Character::isISOControl) && !s.isBlank()));
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
            names,
            Arbitraries.of(PartnerKind.class).set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.longs().between(0, 1_000_000).optional(),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1E12")).ofScale(2))
        .as(
            (id, name, kinds, employees, revenue) ->
                Partner.builder()
                    .id(PartnerId.of(id))
                    .name(name)
                    .kinds(kinds)
                    .size(employees.map(n -> CompanySize.of(n, Money.of(revenue, "GBP"))))
                    .build());
  }

  @Provide
  Arbitrary<JointVenture> ventures() {
    return Arbitraries.integers()
        .between(1, 9999)
        .flatMap(
            first ->
                Arbitraries.integers()
                    .between(0, 3)
                    .map(
                        extraScale -> {
                          BigDecimal a = BigDecimal.valueOf(first, 4).setScale(4 + extraScale);
                          return JointVenture.builder()
                              .id(JointVentureId.of("jv"))
                              .name("JV")
                              .addOwners(
                                  Ownership.of(Samples.ACME, a),
                                  Ownership.of(Samples.GLOBEX, BigDecimal.ONE.subtract(a)))
                              .build();
                        }));
  }

  @Provide
  Arbitrary<Rating> ratings() {
    return Combinators.combine(
            Arbitraries.of("Co1", "S25", "O45"),
            Arbitraries.doubles().between(-1e9, 1e9).ofScale(9).optional(),
            Arbitraries.of("Shared plan", "<b>seen</b>").optional())
        .as(
            (code, value, evidence) ->
                Rating.builder()
                    .code(code)
                    .value(
                        value
                            .map(java.util.OptionalDouble::of)
                            .orElse(java.util.OptionalDouble.empty()))
                    .evidence(evidence)
                    .build());
  }
}
