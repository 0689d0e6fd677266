package org.alliancekit.io.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.javax.money.JavaxMoneyModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * JSON for every AllianceKit model type through Jackson, without annotations on the model and
 * without polymorphic default typing.
 *
 * <pre>{@code
 * String json = AllianceJson.toJson(relationship);
 * Relationship back = AllianceJson.fromJson(json, Relationship.class);
 *
 * JsonMapper mapper = AllianceJson.mapper();               // a configured mapper of your own
 * List<Partner> partners = mapper.readValue(text, new TypeReference<List<Partner>>() {});
 * }</pre>
 *
 * <p><b>The JSON form.</b>
 *
 * <ul>
 *   <li>A value type is a JSON object whose property names are the model's accessor names ({@code
 *       "hostRole"}, {@code "expectedClose"}). Derived values (such as a size class) are not
 *       written.
 *   <li>An absent optional value is left out; a property that is missing or {@code null} reads as
 *       absent. Lists and sets are always written, in their order; a missing one reads as empty.
 *   <li>Ids ({@code PartnerId} and the others), country codes and currencies are strings, and also
 *       work as map keys. Enumerated values are their constant names.
 *   <li>Money is {@code {"amount": "1250.00", "currency": "EUR"}}, written by the JSR-354 module of
 *       Jackson (jackson-datatype-javax-money, creating Moneta {@code Money}), the amount as a
 *       string so no digit is lost.
 *   <li>Exact decimals (ownership shares, margin percentages, commitment quantities, exchange
 *       rates) are strings such as {@code "0.60"}, keeping their scale, since the model compares
 *       them with {@link java.math.BigDecimal#equals}. They are also read from JSON numbers, which
 *       keep their scale with the mapper of this class. Scores, ratings and probabilities are JSON
 *       numbers.
 *   <li>Dates are ISO-8601 strings ({@code "2026-03-31"}), periods too ({@code "P2Y"}).
 *   <li>Each sealed hierarchy carries a {@code "type"} property naming the variant: {@code
 *       SalesMotion} is {@code SELL_WITH}, {@code SELL_TO} or {@code SELL_THROUGH}; {@code
 *       AccessFee} is {@code MARGIN} or {@code FIXED}; {@code RatingScale} is {@code NUMERIC} or
 *       {@code ANCHORED}; {@code PipelineOwner} is {@code PARTY}, {@code RELATIONSHIP} or {@code
 *       JOINT_VENTURE}. Only these names are accepted: no class name is ever read from the input.
 *   <li>The catalog of an assessment is written as its name when it is one of the two standard
 *       catalogs ({@code "SALES_SCORECARD"}), and in full otherwise; a factor catalog reads from
 *       either form.
 *   <li>A {@code BatchResult} is {@code {"results": [...], "problems": [...]}}; its results are
 *       read as the declared element type.
 * </ul>
 *
 * <p><b>Errors.</b> A property the type does not know is rejected (as Jackson does by default), and
 * so is a missing required one. A value that breaks a rule of the model fails with a Jackson {@link
 * com.fasterxml.jackson.databind.JsonMappingException} whose message includes the model's own
 * message, such as {@code Cannot build JointVenture: owner shares of joint venture jv-1 sum to 0.9,
 * not 1}, plus the path to the value. Exact decimals and money amounts may have at most 100 digits
 * before and 100 after the decimal point: a short number such as {@code 1E+999999999} is rejected
 * rather than turned into a billion digits when it is written or added up.
 *
 * <p>A {@code Problem} is {@code {"kind": ..., "message": ...}} plus its location: {@code "file",
 * "line", "column"} for a problem in a file, {@code "row", "key"} for a problem at a row, neither
 * for a problem without a location.
 *
 * <p>The mapper also reads and writes the portfolio values of {@code org.alliancekit.io} ({@code
 * PortfolioData}, {@code PartnerRow}, {@code RelationshipRow}, {@code ExchangeRates}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllianceJson {
  private static final JsonMapper SHARED = builder().build();

  private AllianceJson() {}

  /**
   * Returns a new builder of a {@link JsonMapper} set up for the model: the model's serializers,
   * Java time (ISO-8601 text, no timestamps), {@code Optional}, Guava collections and JSR-354 money
   * (quoted decimal amounts, no locale-dependent formatting), trailing tokens rejected, and
   * floating-point numbers read as exact decimals with their trailing zeros, so that a decimal
   * given as a JSON number ({@code 0.60}) keeps its scale (in untyped values such as a {@code
   * Map<String, Object>} they come out as {@code BigDecimal}). Add your own modules and features
   * before building.
   */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .addModules(modules())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .deactivateDefaultTyping();
  }

  /**
   * Returns a new mapper set up as {@link #builder()} describes. Mappers can be reconfigured, so
   * each call gives a fresh one.
   */
  public static JsonMapper mapper() {
    return builder().build();
  }

  /**
   * Returns the module with the serializers and deserializers of the model types only. A mapper
   * that uses it also needs the other {@link #modules()} and dates written as text.
   */
  public static Module module() {
    return new ModelModule();
  }

  /**
   * Returns every module a mapper needs for the model: Java 8 types, Guava, Java time, JSR-354
   * money and the model's own, for registering with a mapper built elsewhere.
   */
  public static ImmutableList<Module> modules() {
    return ImmutableList.of(
        new Jdk8Module(),
        new GuavaModule(),
        new JavaTimeModule(),
        new JavaxMoneyModule()
            .withMonetaryAmountFactory(Money::of)
            .withQuotedDecimalNumbers()
            .withoutFormatting(),
        new ModelModule());
  }

  /** Returns a writer of compact JSON; immutable and thread-safe. */
  public static ObjectWriter writer() {
    return SHARED.writer();
  }

  /** Returns a reader of values of the given type; immutable and thread-safe. */
  public static ObjectReader reader(Class<?> type) {
    return SHARED.readerFor(checkNotNull(type, "type"));
  }

  /** Returns a reader of values of the given generic type, such as a list of partners. */
  public static ObjectReader reader(TypeReference<?> type) {
    return SHARED.readerFor(checkNotNull(type, "type"));
  }

  /**
   * Returns the value as compact JSON.
   *
   * @throws JsonProcessingException if the value cannot be written
   */
  public static String toJson(Object value) throws JsonProcessingException {
    return SHARED.writeValueAsString(checkNotNull(value, "value"));
  }

  /**
   * Reads a value of the given type from JSON text.
   *
   * @throws JsonProcessingException if the text is not JSON of that type, or the value breaks a
   *     rule of the model (the message then includes the model's message)
   */
  public static <T> T fromJson(String json, Class<T> type) throws JsonProcessingException {
    return SHARED.readValue(checkNotNull(json, "json"), checkNotNull(type, "type"));
  }
}
