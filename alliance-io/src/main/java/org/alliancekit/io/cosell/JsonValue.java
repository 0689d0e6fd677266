package org.alliancekit.io.cosell;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import org.alliancekit.io.csv.BadCell;
import org.alliancekit.io.csv.Cells;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.DecimalLimit;
import org.apiguardian.api.API;

/**
 * A value of a {@link JsonDocument} at its JSON pointer, with typed reads of its properties. A read
 * returns the value when it is present and valid; when it is absent (missing or JSON {@code null})
 * it returns empty, and reports {@link ProblemKind#MISSING_VALUE} if the property is {@link
 * Need#REQUIRED}; when it is present but not valid it returns empty and reports the problem, at the
 * property's pointer, naming the property, the value and the rule. Text, dates, decimals and
 * currencies follow the rules of the portfolio folder's CSV cells ({@link Cells}).
 *
 * <p>Not thread-safe: it reports to its document.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JsonValue {
  /** Whether a property must be present. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Need {
    /** Absent is a {@link ProblemKind#MISSING_VALUE} problem. */
    REQUIRED,
    /** Absent is fine. */
    OPTIONAL
  }

  private final JsonDocument document;
  private final JsonNode node;
  private final String pointer;

  JsonValue(JsonDocument document, JsonNode node, String pointer) {
    this.document = document;
    this.node = node;
    this.pointer = pointer;
  }

  /** The document this value belongs to. */
  public JsonDocument document() {
    return document;
  }

  /** The parsed value. */
  public JsonNode node() {
    return node;
  }

  /** The JSON pointer of this value in its document; the empty string for the top value. */
  public String pointer() {
    return pointer;
  }

  /** The pointer of a property of this value. */
  public String pointer(String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** Whether this value is an object. */
  public boolean isObject() {
    return node.isObject();
  }

  /** Whether this value is an array. */
  public boolean isArray() {
    return node.isArray();
  }

  /** Whether the property is present and not JSON {@code null}. */
  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** Reports a problem at a property of this value. */
  public void report(String name, ProblemKind kind, String message) {
    document.report(pointer(name), kind, message);
  }

  /** Reports a problem at this value. */
  public void report(ProblemKind kind, String message) {
    document.report(pointer, kind, message);
  }

  /**
   * The elements of this value when it is an array; otherwise empty, reporting that {@code what}
   * must be an array.
   */
  public Optional<ImmutableList<JsonValue>> elements(String what) {
    if (!node.isArray()) {
      report(ProblemKind.INVALID_VALUE, what + " must be a JSON array, not " + type(node));
      return Optional.empty();
    }
    ImmutableList.Builder<JsonValue> elements = ImmutableList.builder();
    for (int i = 0; i < node.size(); i++) {
      elements.add(new JsonValue(document, node.get(i), pointer + "/" + i));
    }
    return Optional.of(elements.build());
  }

  /** Reads a property that must be a JSON object. */
  public Optional<JsonValue> object(String name, Need need) {
    return present(name, need)
        .filter(value -> expect(name, value, value.isObject(), "a JSON object"))
        .map(value -> new JsonValue(document, value, pointer(name)));
  }

  /** Reads a property that must be a JSON array; its elements may be of any type. */
  public Optional<ImmutableList<JsonValue>> array(String name, Need need) {
    return present(name, need)
        .filter(value -> expect(name, value, value.isArray(), "a JSON array"))
        .flatMap(value -> new JsonValue(document, value, pointer(name)).elements(name));
  }

  /**
   * Reads a string property of at most {@code maxLength} characters. Surrounding whitespace is
   * stripped; a blank string counts as absent. A longer string is refused, never cut short.
   */
  public Optional<String> text(String name, Need need, int maxLength) {
    checkArgument(maxLength > 0, "maxLength %s must be positive", maxLength);
    Optional<JsonNode> present = present(name, need);
    if (present.isEmpty() || !expect(name, present.get(), present.get().isTextual(), "a string")) {
      return Optional.empty();
    }
    String text = present.get().textValue().strip();
    if (text.isEmpty()) {
      if (need == Need.REQUIRED) {
        report(name, ProblemKind.MISSING_VALUE, name + " must not be blank");
      }
      return Optional.empty();
    }
    if (text.length() > maxLength) {
      report(
          name,
          ProblemKind.INVALID_VALUE,
          name
              + " "
              + Cells.quote(text)
              + " has "
              + text.length()
              + " characters, more than the "
              + maxLength
              + " allowed");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** Reads a date written as an ISO-8601 date such as {@code 2026-03-31}. */
  public Optional<LocalDate> date(String name, Need need) {
    return string(name, need).flatMap(text -> cell(name, () -> Cells.date(text)));
  }

  /**
   * Reads the date of a timestamp written as ISO-8601 with an offset, such as {@code
   * 2026-03-31T00:00:00Z}, taking the day in UTC; a plain ISO date is read as well.
   */
  public Optional<LocalDate> dateOfTimestamp(String name, Need need) {
    Optional<String> text = string(name, need);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    if (value.indexOf('T') < 0) {
      return cell(name, () -> Cells.date(value));
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeException e) {
      report(
          name,
          ProblemKind.INVALID_VALUE,
          name
              + " "
              + Cells.quote(value)
              + " is not an ISO-8601 timestamp such as 2026-03-31T00:00:00Z");
      return Optional.empty();
    }
  }

  /**
   * Reads a decimal written as a JSON number or as a string holding a plain decimal such as {@code
   * 1234.50}; thousands separators and exponents are refused, as are numbers beyond the model's
   * {@link DecimalLimit}.
   */
  public Optional<BigDecimal> decimal(String name, Need need) {
    Optional<JsonNode> present = present(name, need);
    if (present.isEmpty()) {
      return Optional.empty();
    }
    JsonNode value = present.get();
    if (value.isNumber()) {
      BigDecimal number = value.decimalValue();
      Optional<String> problem = DecimalLimit.problem(name, number);
      if (problem.isPresent()) {
        report(name, ProblemKind.OUT_OF_RANGE, problem.get());
        return Optional.empty();
      }
      return Optional.of(number);
    }
    if (!expect(name, value, value.isTextual(), "a number or a string holding a decimal")) {
      return Optional.empty();
    }
    return cell(name, () -> Cells.decimal(value.textValue().strip()));
  }

  /** Reads a currency code such as {@code EUR}. */
  public Optional<CurrencyUnit> currency(String name, Need need) {
    return string(name, need).flatMap(text -> cell(name, () -> Cells.currency(text)));
  }

  /** Reads a JSON {@code true} or {@code false}. */
  public Optional<Boolean> bool(String name, Need need) {
    return present(name, need)
        .filter(value -> expect(name, value, value.isBoolean(), "true or false"))
        .map(JsonNode::booleanValue);
  }

  /**
   * Reads a value of an enumeration as the vendor spells it, exactly (case-sensitive), mapped to
   * our constant by {@code spellings}; an unknown value is reported with the allowed ones.
   */
  public <E> Optional<E> constant(String name, Need need, Map<String, E> spellings) {
    checkNotNull(spellings, "spellings");
    Optional<String> text = string(name, need);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    E constant = spellings.get(text.get());
    if (constant == null) {
      report(
          name,
          ProblemKind.INVALID_VALUE,
          name
              + " "
              + Cells.quote(text.get())
              + " is not one of "
              + spellings.keySet().stream().collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    return Optional.of(constant);
  }

  /** A string property as given (stripped), blank being absent; no length limit beyond 64 KiB. */
  private Optional<String> string(String name, Need need) {
    return text(name, need, 65_536);
  }

  private Optional<JsonNode> present(String name, Need need) {
    if (!node.isObject()) {
      return Optional.empty();
    }
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (need == Need.REQUIRED) {
        report(name, ProblemKind.MISSING_VALUE, name + " is required but missing");
      }
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private boolean expect(String name, JsonNode value, boolean ok, String expected) {
    if (!ok) {
      report(
          name, ProblemKind.INVALID_VALUE, name + " must be " + expected + ", not " + type(value));
    }
    return ok;
  }

  private <T> Optional<T> cell(String name, Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (BadCell e) {
      report(name, e.kind(), name + " " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String type(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  @Override
  public String toString() {
    return document.file() + "#" + pointer;
  }
}
