package org.alliancekit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/** Writes the properties of one JSON object; nested values go through the provider. */
final class Out {
  private final JsonGenerator gen;
  private final SerializerProvider provider;

  Out(JsonGenerator gen, SerializerProvider provider) {
    this.gen = gen;
    this.provider = provider;
  }

  void string(String name, String value) throws IOException {
    gen.writeStringField(name, value);
  }

  void optionalString(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(name, value.get());
    }
  }

  void number(String name, double value) throws IOException {
    gen.writeNumberField(name, value);
  }

  void wholeNumber(String name, long value) throws IOException {
    gen.writeNumberField(name, value);
  }

  void bool(String name, boolean value) throws IOException {
    gen.writeBooleanField(name, value);
  }

  /** Writes a decimal as a string, exactly as {@link BigDecimal#toString()} gives it. */
  void decimal(String name, BigDecimal value) throws IOException {
    gen.writeStringField(name, value.toString());
  }

  void constant(String name, Enum<?> value) throws IOException {
    gen.writeStringField(name, value.name());
  }

  void constants(String name, Collection<? extends Enum<?>> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (Enum<?> value : values) {
      gen.writeString(value.name());
    }
    gen.writeEndArray();
  }

  /** Writes any value through the serializer the provider finds for it. */
  void value(String name, Object value) throws IOException {
    provider.defaultSerializeField(name, value, gen);
  }

  void optional(String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      value(name, value.get());
    }
  }

  void list(String name, Collection<?> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (Object value : values) {
      provider.defaultSerializeValue(value, gen);
    }
    gen.writeEndArray();
  }
}
