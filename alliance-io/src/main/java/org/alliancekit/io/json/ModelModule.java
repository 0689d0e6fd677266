package org.alliancekit.io.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Function;

/**
 * The serializers and deserializers of every model type (and of the portfolio values of {@code
 * org.alliancekit.io}), assembled from one codec class per package: {@link ModelCodecs}, {@link
 * PartyCodecs}, {@link RelationshipCodecs}, {@link VentureCodecs}, {@link NetworkCodecs}, {@link
 * FactorCodecs}, {@link AssessmentCodecs}, {@link PipelineCodecs}, {@link BatchCodecs} and {@link
 * IoCodecs}. See {@link AllianceJson} for the JSON form.
 */
final class ModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  ModelModule() {
    super("AllianceKitModel", Version.unknownVersion());
    ModelCodecs.register(this);
    MoneyCodecs.register(this);
    PartyCodecs.register(this);
    RelationshipCodecs.register(this);
    VentureCodecs.register(this);
    NetworkCodecs.register(this);
    FactorCodecs.register(this);
    AssessmentCodecs.register(this);
    PipelineCodecs.register(this);
    ProgrammeCodecs.register(this);
    PlanningCodecs.register(this);
    MarketingCodecs.register(this);
    PortfolioCodecs.register(this);
    BatchCodecs.register(this);
    IoCodecs.register(this);
    setDeserializerModifier(new Decimals.MoneyBound());
  }

  /** Registers a value written as text, also as a map key. */
  <T> void text(Class<T> type, Function<T, String> text, Function<String, T> parse) {
    addSerializer(type, new Codecs.TextSerializer<>(type, text));
    addDeserializer(type, new Codecs.TextDeserializer<>(type, parse));
    addKeySerializer(type, new Codecs.KeySerializer<>(type, text));
    addKeyDeserializer(type, new Codecs.TextKeyDeserializer<>(type, parse));
  }

  /** Registers a value written as a JSON object of the properties of its table. */
  <T> void object(Class<T> type, PropertyTable<T> properties, Codecs.Reads<T> reads) {
    addSerializer(type, Codecs.object(type, properties::write));
    addDeserializer(type, Codecs.object(type, properties.names(), reads));
  }

  /**
   * Registers a value written as a JSON object of the properties of its table, and read from such
   * an object or from a string that {@code textForm} recognises.
   */
  <T> void objectOrText(
      Class<T> type,
      PropertyTable<T> properties,
      Codecs.Reads<T> reads,
      Function<String, Optional<T>> textForm) {
    addSerializer(type, Codecs.object(type, properties::write));
    addDeserializer(type, Codecs.objectOrText(type, properties.names(), reads, textForm));
  }

  /**
   * Registers a sealed hierarchy: its base type, written with the variant's name, and each variant
   * type, read from its own name only.
   */
  <T> void sealed(Class<T> base, ImmutableList<Codecs.Variant<T>> variants) {
    addSerializer(base, Codecs.sealed(base, variants));
    addDeserializer(base, Codecs.sealedReader(base, variants));
    for (Codecs.Variant<T> variant : variants) {
      subtype(variant.type(), base, variants);
    }
  }

  private <T, S extends T> void subtype(
      Class<S> type, Class<T> base, ImmutableList<Codecs.Variant<T>> variants) {
    addDeserializer(type, Codecs.sealedReader(type, base, variants));
  }

  /** Returns a variant of a sealed hierarchy, written and read by its property table. */
  static <T, S extends T> Codecs.Variant<T> variant(
      String name, Class<S> type, PropertyTable<S> properties, Codecs.Reads<S> reads) {
    return Codecs.variant(name, type, properties.names(), properties::write, reads);
  }
}
