package org.alliancekit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The building blocks of the model's JSON form: objects written and read property by property,
 * sealed hierarchies with a {@value #TYPE} discriminator, and values written as text.
 *
 * <p>Every deserializer reads the object into a tree first, rejects properties it does not know
 * (unless {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is off), then builds the value.
 * A rule the model's constructor or builder enforces surfaces as a {@link
 * ValueInstantiationException} whose message holds the model's message.
 */
final class Codecs {
  /** The discriminator property of sealed hierarchies. */
  static final String TYPE = "type";

  private Codecs() {}

  /** Writes the properties of a value. */
  @FunctionalInterface
  interface Writes<T> {
    void write(T value, Out out) throws IOException;
  }

  /** Builds a value from the properties read. */
  @FunctionalInterface
  interface Reads<T> {
    T read(In in) throws IOException;
  }

  /** A serializer writing one JSON object, with a type discriminator first when named. */
  static final class ObjectSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<T, Optional<String>> typeName;
    private final transient Function<T, Writes<T>> writes;

    ObjectSerializer(
        Class<T> type, Function<T, Optional<String>> typeName, Function<T, Writes<T>> writes) {
      super(type);
      this.typeName = typeName;
      this.writes = writes;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      Optional<String> name = typeName.apply(value);
      if (name.isPresent()) {
        gen.writeStringField(TYPE, name.get());
      }
      writes.apply(value).write(value, new Out(gen, provider));
      gen.writeEndObject();
    }
  }

  /** Returns a serializer that writes the value's properties as one JSON object. */
  static <T> ObjectSerializer<T> object(Class<T> type, Writes<T> writes) {
    return new ObjectSerializer<>(type, value -> Optional.empty(), value -> writes);
  }

  /** One permitted subtype of a sealed hierarchy: its name, properties and codec. */
  record Variant<T>(
      String name,
      Class<? extends T> type,
      ImmutableSet<String> properties,
      Writes<T> writes,
      Reads<? extends T> reads) {}

  /** Returns a variant of a sealed hierarchy. */
  @SuppressWarnings("unchecked")
  static <T, S extends T> Variant<T> variant(
      String name,
      Class<S> type,
      ImmutableSet<String> properties,
      Writes<S> writes,
      Reads<S> reads) {
    return new Variant<>(
        name, type, properties, (value, out) -> writes.write((S) value, out), reads);
  }

  /** Returns a serializer for a sealed hierarchy, writing the variant's name as {@value #TYPE}. */
  static <T> ObjectSerializer<T> sealed(Class<T> base, ImmutableList<Variant<T>> variants) {
    return new ObjectSerializer<>(
        base,
        value -> Optional.of(variantOf(variants, value).name()),
        value -> variantOf(variants, value).writes());
  }

  private static <T> Variant<T> variantOf(ImmutableList<Variant<T>> variants, T value) {
    for (Variant<T> variant : variants) {
      if (variant.type().isInstance(value)) {
        return variant;
      }
    }
    throw new IllegalStateException("no JSON form for " + value.getClass().getName());
  }

  /** A deserializer reading one JSON object into a tree and building the value from it. */
  static final class ObjectDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final ImmutableSet<String> properties;
    private final transient Reads<T> reads;
    private final transient Optional<Function<String, Optional<T>>> textForm;

    ObjectDeserializer(
        Class<T> type,
        ImmutableSet<String> properties,
        Reads<T> reads,
        Optional<Function<String, Optional<T>>> textForm) {
      super(type);
      this.properties = properties;
      this.reads = reads;
      this.textForm = textForm;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
      JsonNode tree = readTree(parser, ctxt);
      Class<T> type = (Class<T>) handledType();
      if (tree.isTextual() && textForm.isPresent()) {
        Optional<T> value = textForm.get().apply(tree.textValue());
        if (value.isPresent()) {
          return value.get();
        }
        throw ctxt.weirdStringException(
            tree.textValue(), type, "not a known " + type.getSimpleName());
      }
      ObjectNode node = objectNode(parser, tree, type);
      checkProperties(parser, ctxt, node, type, properties);
      return build(parser, ctxt, type, reads, new In(parser, ctxt, node, type));
    }
  }

  /** Returns a deserializer that builds a value from the properties of one JSON object. */
  static <T> ObjectDeserializer<T> object(
      Class<T> type, ImmutableSet<String> properties, Reads<T> reads) {
    return new ObjectDeserializer<>(type, properties, reads, Optional.empty());
  }

  /**
   * Returns a deserializer that builds a value from the properties of one JSON object, or from a
   * string that {@code textForm} recognises.
   */
  static <T> ObjectDeserializer<T> objectOrText(
      Class<T> type,
      ImmutableSet<String> properties,
      Reads<T> reads,
      Function<String, Optional<T>> textForm) {
    return new ObjectDeserializer<>(type, properties, reads, Optional.of(textForm));
  }

  /**
   * A deserializer for a sealed hierarchy or one of its subtypes, dispatching on {@value #TYPE}.
   */
  static final class SealedDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<?> base;
    private final transient ImmutableMap<String, Variant<?>> variants;

    SealedDeserializer(Class<T> type, Class<?> base, ImmutableMap<String, Variant<?>> variants) {
      super(type);
      this.base = base;
      this.variants = variants;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
      JsonNode tree = readTree(parser, ctxt);
      Class<T> type = (Class<T>) handledType();
      ObjectNode node = objectNode(parser, tree, type);
      JsonNode name = node.get(TYPE);
      if (name == null || !name.isTextual()) {
        throw MismatchedInputException.from(
            parser,
            type,
            type.getSimpleName()
                + " needs the property '"
                + TYPE
                + "', one of "
                + variants.keySet());
      }
      Variant<?> variant = variants.get(name.textValue());
      if (variant == null) {
        throw ctxt.invalidTypeIdException(
            ctxt.constructType(base), name.textValue(), "known types are " + variants.keySet());
      }
      if (!type.isAssignableFrom(variant.type())) {
        throw MismatchedInputException.from(
            parser,
            type,
            "a " + type.getSimpleName() + " cannot be read from type " + name.textValue());
      }
      checkProperties(
          parser,
          ctxt,
          node,
          variant.type(),
          ImmutableSet.<String>builder().add(TYPE).addAll(variant.properties()).build());
      return (T)
          build(
              parser,
              ctxt,
              variant.type(),
              variant.reads(),
              new In(parser, ctxt, node, variant.type()));
    }
  }

  /** Returns a deserializer of a sealed hierarchy's base type. */
  static <T> SealedDeserializer<T> sealedReader(Class<T> base, ImmutableList<Variant<T>> variants) {
    return sealedReader(base, base, variants);
  }

  /** Returns a deserializer of one subtype of a sealed hierarchy, checking the type read. */
  static <T, S extends T> SealedDeserializer<S> sealedReader(
      Class<S> type, Class<T> base, ImmutableList<Variant<T>> variants) {
    ImmutableMap.Builder<String, Variant<?>> byName = ImmutableMap.builder();
    for (Variant<T> variant : variants) {
      byName.put(variant.name(), variant);
    }
    return new SealedDeserializer<>(type, base, byName.buildOrThrow());
  }

  /** A serializer writing a value as its text. */
  static final class TextSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<T, String> text;

    TextSerializer(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(text.apply(value));
    }
  }

  /** A serializer writing a value as a map key. */
  static final class KeySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<T, String> text;

    KeySerializer(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(text.apply(value));
    }
  }

  /** A deserializer reading a value from a string. */
  static final class TextDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> parse;

    TextDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
      Class<T> type = (Class<T>) handledType();
      if (!parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(type, parser);
      }
      String text = parser.getText();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(text, type, e.getMessage());
      }
    }
  }

  /** A key deserializer reading a value from a map key. */
  static final class TextKeyDeserializer<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parse;

    TextKeyDeserializer(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parse.apply(key);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdKeyException(type, key, e.getMessage());
      }
    }
  }

  /**
   * Reads the tree of a value. Jackson reads a number such as {@code 1e100000099999999} (exact
   * decimals are on) only when it builds the tree, and fails with a NumberFormatException: that is
   * turned into the parse error it is, with its location.
   */
  static JsonNode readTree(JsonParser parser, DeserializationContext ctxt) throws IOException {
    try {
      return ctxt.readTree(parser);
    } catch (NumberFormatException e) {
      throw new JsonParseException(parser, "number cannot be read: " + e.getMessage(), e);
    }
  }

  private static ObjectNode objectNode(JsonParser parser, JsonNode tree, Class<?> type)
      throws MismatchedInputException {
    if (!tree.isObject()) {
      throw MismatchedInputException.from(
          parser,
          type,
          "a " + type.getSimpleName() + " must be a JSON object, not " + tree.getNodeType());
    }
    return (ObjectNode) tree;
  }

  private static void checkProperties(
      JsonParser parser,
      DeserializationContext ctxt,
      ObjectNode node,
      Class<?> type,
      ImmutableSet<String> properties)
      throws JsonMappingException {
    if (!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      return;
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!properties.contains(name)) {
        throw UnrecognizedPropertyException.from(
            parser, type, name, ImmutableList.<Object>copyOf(properties));
      }
    }
  }

  private static <T> T build(
      JsonParser parser, DeserializationContext ctxt, Class<?> type, Reads<T> reads, In in)
      throws IOException {
    try {
      return reads.read(in);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw ValueInstantiationException.from(
          parser,
          "Cannot build " + type.getSimpleName() + ": " + e.getMessage(),
          ctxt.constructType(type),
          e);
    }
  }
}
