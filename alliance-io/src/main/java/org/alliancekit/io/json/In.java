package org.alliancekit.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancekit.model.money.DecimalLimit;

/**
 * Reads the properties of one JSON object, already parsed into a tree. A property that is missing
 * or JSON {@code null} is absent; nested values go through the context's deserializers, and their
 * errors carry the path of the property.
 */
final class In {
  private final JsonParser parser;
  private final DeserializationContext ctxt;
  private final ObjectNode node;
  private final Class<?> type;

  In(JsonParser parser, DeserializationContext ctxt, ObjectNode node, Class<?> type) {
    this.parser = parser;
    this.ctxt = ctxt;
    this.node = node;
    this.type = type;
  }

  ObjectNode node() {
    return node;
  }

  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  private JsonNode required(String name) throws MismatchedInputException {
    if (!has(name)) {
      throw MismatchedInputException.from(
          parser, type, type.getSimpleName() + " is missing the required property '" + name + "'");
    }
    return node.get(name);
  }

  private MismatchedInputException wrongType(String name, String expected, JsonNode value) {
    return MismatchedInputException.from(
        parser,
        type,
        "property '"
            + name
            + "' of "
            + type.getSimpleName()
            + " must be "
            + expected
            + ", not "
            + value.getNodeType());
  }

  String string(String name) throws IOException {
    JsonNode value = required(name);
    if (!value.isTextual()) {
      throw wrongType(name, "a string", value);
    }
    return value.textValue();
  }

  Optional<String> optionalString(String name) throws IOException {
    return has(name) ? Optional.of(string(name)) : Optional.empty();
  }

  double number(String name) throws IOException {
    JsonNode value = required(name);
    if (!value.isNumber()) {
      throw wrongType(name, "a number", value);
    }
    return value.doubleValue();
  }

  long wholeNumber(String name) throws IOException {
    JsonNode value = required(name);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw wrongType(name, "a whole number", value);
    }
    return value.longValue();
  }

  boolean bool(String name) throws IOException {
    JsonNode value = required(name);
    if (!value.isBoolean()) {
      throw wrongType(name, "true or false", value);
    }
    return value.booleanValue();
  }

  /** Reads a decimal written as a string (exact) or, leniently, as a number. */
  BigDecimal decimal(String name) throws IOException {
    JsonNode value = required(name);
    if (value.isNumber()) {
      return bounded(name, value.decimalValue());
    }
    if (!value.isTextual()) {
      throw wrongType(name, "a decimal number in a string", value);
    }
    String text = value.textValue().strip();
    if (text.length() > 3 * DecimalLimit.MAX_DIGITS) {
      // Longer than any decimal within the bound could be written: not worth parsing.
      throw MismatchedInputException.from(
          parser,
          type,
          "property '"
              + name
              + "' of "
              + type.getSimpleName()
              + ": a decimal of "
              + text.length()
              + " characters has more than "
              + DecimalLimit.MAX_DIGITS
              + " digits before or after the decimal point");
    }
    try {
      return bounded(name, new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw MismatchedInputException.from(
          parser,
          type,
          "property '"
              + name
              + "' of "
              + type.getSimpleName()
              + " must be a decimal number, not \""
              + value.textValue()
              + "\"");
    }
  }

  private BigDecimal bounded(String name, BigDecimal value) throws MismatchedInputException {
    Optional<String> problem = Decimals.problem(value);
    if (problem.isPresent()) {
      throw MismatchedInputException.from(
          parser,
          type,
          "property '" + name + "' of " + type.getSimpleName() + ": " + problem.get());
    }
    return value;
  }

  Optional<BigDecimal> optionalDecimal(String name) throws IOException {
    return has(name) ? Optional.of(decimal(name)) : Optional.empty();
  }

  <T> T value(String name, Class<T> valueType) throws IOException {
    JsonNode value = required(name);
    try {
      return convert(value, ctxt.constructType(valueType), name);
    } catch (JsonMappingException e) {
      throw JsonMappingException.wrapWithPath(e, type, name);
    }
  }

  <T> Optional<T> optional(String name, Class<T> valueType) throws IOException {
    return has(name) ? Optional.of(value(name, valueType)) : Optional.empty();
  }

  /** Reads an array of values; a missing property is an empty list. */
  <T> ImmutableList<T> list(String name, Class<T> valueType) throws IOException {
    return list(name, ctxt.constructType(valueType));
  }

  /** Reads an array of values of the given type; a missing property is an empty list. */
  <T> ImmutableList<T> list(String name, JavaType valueType) throws IOException {
    if (!has(name)) {
      return ImmutableList.of();
    }
    JsonNode array = node.get(name);
    if (!array.isArray()) {
      throw wrongType(name, "an array", array);
    }
    List<T> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      try {
        values.add(this.<T>convert(array.get(i), valueType, name + "[" + i + "]"));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.wrapWithPath(e, values, i), type, name);
      }
    }
    return ImmutableList.copyOf(values);
  }

  private <T> T convert(JsonNode value, JavaType valueType, String name) throws IOException {
    if (value.isNull()) {
      throw MismatchedInputException.from(
          parser, type, "property '" + name + "' of " + type.getSimpleName() + " must not be null");
    }
    return ctxt.readTreeAsValue(value, valueType);
  }
}
