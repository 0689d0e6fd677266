package org.alliancekit.io.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.cosell.JsonDocument;
import org.alliancekit.io.cosell.JsonValue;
import org.alliancekit.io.cosell.JsonValue.Need;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.DecimalLimit;

/**
 * The records of a Salesforce REST query result: {@code
 * {"totalSize":2,"done":true,"records":[...]}} (or a JSON array of such results, or one record),
 * each record an object whose {@code attributes.type} names its object. A record's scalar fields
 * become text; a parent relationship object gives dotted fields ({@code Account.Name}); a child
 * relationship's nested query result is read as records of their own.
 */
final class RestRecords {
  private static final String ATTRIBUTES = "attributes";
  private static final String RECORDS = "records";

  private RestRecords() {}

  /** Adds the records of a parsed document; its problems are reported to the document. */
  static void read(JsonDocument document, List<Record> records) {
    Optional<JsonValue> root = document.root();
    if (root.isEmpty()) {
      return;
    }
    if (root.get().isArray()) {
      root.get()
          .elements("the document")
          .ifPresent(results -> results.forEach(result -> result(result, records)));
    } else {
      result(root.get(), records);
    }
  }

  private static void result(JsonValue result, List<Record> records) {
    if (!result.isObject()) {
      result.report(
          ProblemKind.INVALID_VALUE,
          "a query result must be a JSON object with \"records\", not "
              + result.node().getNodeType());
      return;
    }
    if (!result.has(RECORDS) && result.has(ATTRIBUTES)) {
      record(result, records);
      return;
    }
    result
        .array(RECORDS, Need.REQUIRED)
        .ifPresent(elements -> elements.forEach(element -> record(element, records)));
  }

  private static void record(JsonValue record, List<Record> records) {
    if (!record.isObject()) {
      record.report(
          ProblemKind.INVALID_VALUE,
          "a record must be a JSON object, not " + record.node().getNodeType());
      return;
    }
    Optional<String> type =
        record.object(ATTRIBUTES, Need.REQUIRED).flatMap(a -> a.text("type", Need.REQUIRED, 255));
    if (type.isEmpty()) {
      return;
    }
    Optional<SalesforceObject> object = SalesforceObject.named(type.get());
    if (object.isEmpty()) {
      record
          .document()
          .report(
              record.pointer(ATTRIBUTES) + "/type",
              ProblemKind.INVALID_VALUE,
              "attributes.type '"
                  + type.get()
                  + "' is not one of the objects read: "
                  + SalesforceObject.names());
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> wrongTypes = new LinkedHashMap<>();
    flatten(record, "", object.get(), fields, wrongTypes, records);
    JsonDocument document = record.document();
    Record read =
        new Record(
            object.get(),
            document.file(),
            0,
            Optional.of(record.pointer()),
            ImmutableMap.copyOf(fields),
            (column, kind, message) -> document.report(column, kind, message));
    wrongTypes.forEach(
        (field, jsonType) ->
            read.problem(
                field,
                ProblemKind.INVALID_VALUE,
                object.get().apiName()
                    + "."
                    + field
                    + " must be a string, number or boolean, not "
                    + jsonType));
    records.add(read);
  }

  private static void flatten(
      JsonValue value,
      String prefix,
      SalesforceObject object,
      Map<String, String> fields,
      Map<String, String> wrongTypes,
      List<Record> records) {
    ImmutableList<String> known = object.fields();
    for (Map.Entry<String, JsonNode> property : value.node().properties()) {
      String name = property.getKey();
      JsonNode node = property.getValue();
      String field = prefix + name;
      if (name.equals(ATTRIBUTES) || node.isNull()) {
        continue;
      }
      if (node.isObject()) {
        Optional<JsonValue> child = value.object(name, Need.OPTIONAL);
        if (child.isEmpty()) {
          continue;
        }
        if (child.get().has(RECORDS)) {
          result(child.get(), records);
        } else if (known.contains(field)) {
          wrongTypes.put(field, "an object");
        } else {
          flatten(child.get(), field + ".", object, fields, wrongTypes, records);
        }
      } else if (node.isArray()) {
        if (known.contains(field)) {
          wrongTypes.put(field, "an array");
        }
      } else {
        fields.put(field.toLowerCase(Locale.ROOT), scalar(node));
      }
    }
  }

  /** The text of a scalar: a string stripped, a number as a plain decimal when it is one. */
  private static String scalar(JsonNode node) {
    if (node.isNumber()) {
      java.math.BigDecimal number = node.decimalValue();
      return DecimalLimit.fits(number) ? number.toPlainString() : node.asText();
    }
    return node.asText().strip();
  }
}
