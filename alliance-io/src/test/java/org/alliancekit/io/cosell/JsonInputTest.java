package org.alliancekit.io.cosell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.alliancekit.io.cosell.JsonValue.Need;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonInputTest {
  private enum Colour {
    RED,
    GREEN
  }

  private static final ImmutableMap<String, Colour> COLOURS =
      ImmutableMap.of("Red", Colour.RED, "Green", Colour.GREEN);

  private static JsonValue root(String json) {
    return JsonInput.read("in.json", json).root().orElseThrow();
  }

  @Test
  void readsTypedValuesAndReportsNothingWhenAllAreValid() {
    JsonValue root =
        root(
            "{\"Name\": \" Acme \", \"Day\": \"2026-03-31\", \"At\": \"2026-03-31T23:30:00-02:00\","
                + " \"Amount\": \"1234.50\", \"Number\": 12.5, \"Currency\": \"EUR\","
                + " \"Flag\": true, \"Colour\": \"Green\", \"Inner\": {\"X\": \"y\"},"
                + " \"List\": [1, 2]}");
    assertEquals(Optional.of("Acme"), root.text("Name", Need.REQUIRED, 10));
    assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), root.date("Day", Need.REQUIRED));
    // 23:30 at -02:00 is 01:30 the next day in UTC.
    assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), root.dateOfTimestamp("At", Need.REQUIRED));
    assertEquals(Optional.of(new BigDecimal("1234.50")), root.decimal("Amount", Need.REQUIRED));
    assertEquals(Optional.of(new BigDecimal("12.5")), root.decimal("Number", Need.REQUIRED));
    assertEquals(
        Optional.of(Monetary.getCurrency("EUR")), root.currency("Currency", Need.REQUIRED));
    assertEquals(Optional.of(true), root.bool("Flag", Need.REQUIRED));
    assertEquals(Optional.of(Colour.GREEN), root.constant("Colour", Need.REQUIRED, COLOURS));
    assertEquals("/Inner", root.object("Inner", Need.REQUIRED).orElseThrow().pointer());
    assertEquals(
        List.of("/List/0", "/List/1"),
        root.array("List", Need.REQUIRED).orElseThrow().stream().map(JsonValue::pointer).toList());
    assertEquals(Optional.empty(), root.text("Absent", Need.OPTIONAL, 10));
    assertEquals(List.of(), root.document().problems());
    assertEquals(0, root.document().errors());
  }

  @Test
  void reportsEachBadValueAtItsLineAndPointerNamingTheRule() {
    String json =
        String.join(
            "\n",
            "{", // 1
            " \"Name\": \"far too long\",", // 2
            " \"Day\": \"31/03/2026\",", // 3
            " \"Amount\": \"1,234.50\",", // 4
            " \"Colour\": \"Blue\",", // 5
            " \"Inner\": [],", // 6
            " \"Flag\": \"yes\",", // 7
            " \"Nested\": {\"Deep\": {}}", // 8
            "}"); // 9
    JsonValue root = root(json);
    root.text("Name", Need.REQUIRED, 5);
    root.date("Day", Need.REQUIRED);
    root.decimal("Amount", Need.REQUIRED);
    root.constant("Colour", Need.REQUIRED, COLOURS);
    root.object("Inner", Need.REQUIRED);
    root.bool("Flag", Need.OPTIONAL);
    root.object("Nested", Need.REQUIRED)
        .orElseThrow()
        .object("Deep", Need.REQUIRED)
        .orElseThrow()
        .text("Missing", Need.REQUIRED, 5);
    root.text("Gone", Need.REQUIRED, 5);
    assertEquals(
        List.of(
            Problem.inFile(
                "in.json",
                2,
                "/Name",
                ProblemKind.INVALID_VALUE,
                "Name 'far too long' has 12 characters, more than the 5 allowed"),
            Problem.inFile(
                "in.json",
                3,
                "/Day",
                ProblemKind.INVALID_VALUE,
                "Day '31/03/2026' is not an ISO-8601 date such as 2026-03-31"),
            Problem.inFile(
                "in.json",
                4,
                "/Amount",
                ProblemKind.INVALID_VALUE,
                "Amount '1,234.50' is not a plain decimal number such as 1234.56: it has a"
                    + " thousands separator"),
            Problem.inFile(
                "in.json",
                5,
                "/Colour",
                ProblemKind.INVALID_VALUE,
                "Colour 'Blue' is not one of Red, Green"),
            Problem.inFile(
                "in.json",
                6,
                "/Inner",
                ProblemKind.INVALID_VALUE,
                "Inner must be a JSON object, not an array"),
            Problem.inFile(
                "in.json",
                7,
                "/Flag",
                ProblemKind.INVALID_VALUE,
                "Flag must be true or false, not a string"),
            // A missing value is at the line of the closest enclosing value.
            Problem.inFile(
                "in.json",
                8,
                "/Nested/Deep/Missing",
                ProblemKind.MISSING_VALUE,
                "Missing is required but missing"),
            Problem.inFile(
                "in.json", 1, "/Gone", ProblemKind.MISSING_VALUE, "Gone is required but missing")),
        root.document().problems());
    assertEquals(8, root.document().errors());
  }

  @Test
  void malformedJsonIsAProblemAtItsLine() {
    JsonDocument document = JsonInput.read("bad.json", "{\n\"a\": 1,\n\"b\": }\n");
    assertEquals(Optional.empty(), document.root());
    Problem problem = document.problems().get(0);
    assertEquals(ProblemKind.UNREADABLE_FILE, problem.kind());
    assertEquals(3, problem.line());
    assertTrue(problem.message().startsWith("the file is not valid JSON"), problem.message());
  }

  @Test
  void aNameGivenTwiceInOneObjectIsRefused() {
    JsonDocument document = JsonInput.read("twice.json", "{\"a\": 1,\n \"a\": 2}");
    assertEquals(Optional.empty(), document.root());
    assertEquals(2, document.problems().get(0).line());
  }

  @Test
  void aDocumentNestedTenThousandLevelsDeepIsAProblemNotAStackOverflow(@TempDir Path dir)
      throws IOException {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Path file = dir.resolve("deep.json");
    Files.writeString(file, deep);
    for (JsonDocument document : List.of(JsonInput.read(file), JsonInput.read("deep.json", deep))) {
      assertEquals(Optional.empty(), document.root());
      assertEquals(
          List.of(
              Problem.inFile(
                  "deep.json",
                  ProblemKind.UNREADABLE_FILE,
                  "the document is nested more than 200 levels deep, more than a co-sell"
                      + " document may be; it was not read")),
          document.problems());
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(JsonInput.MAX_BYTES + 1);
    }
    JsonDocument document = JsonInput.read(file);
    assertEquals(Optional.empty(), document.root());
    assertEquals(
        List.of(
            Problem.inFile(
                "huge.json",
                ProblemKind.UNREADABLE_FILE,
                "the file has 67108865 bytes, more than the 67108864 bytes (64 MiB) a co-sell"
                    + " document may have; it was not read")),
        document.problems());
  }

  @Test
  void aMissingFileOrAnEmptyOneIsAProblem(@TempDir Path dir) throws IOException {
    assertEquals(
        List.of(
            Problem.inFile("none.json", ProblemKind.UNREADABLE_FILE, "the file does not exist")),
        JsonInput.read(dir.resolve("none.json")).problems());
    Path empty = Files.writeString(dir.resolve("empty.json"), "  ");
    assertEquals(
        List.of(
            Problem.inFile(
                "empty.json", ProblemKind.UNREADABLE_FILE, "the file holds no JSON value")),
        JsonInput.read(empty).problems());
  }

  @Test
  void linesOfAFileAreFoundAgainInTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("f.json"), "[\n {\"A\": 1},\n {\"A\": \"x\"}\n]");
    JsonValue root = JsonInput.read(file).root().orElseThrow();
    for (JsonValue element : root.elements("the file").orElseThrow()) {
      element.decimal("A", Need.REQUIRED);
    }
    assertEquals(
        List.of(
            Problem.inFile(
                "f.json",
                3,
                "/1/A",
                ProblemKind.INVALID_VALUE,
                "A 'x' is not a plain decimal number such as 1234.56")),
        root.document().problems());
  }

  @Test
  void exportResultsKeepDocumentsByNameAndTheirProblems() {
    ExportResult result =
        ExportResult.of(
            ImmutableMap.of("b.json", "{}", "a.json", "[]"),
            List.of(Problem.atRow(0, "o1", ProblemKind.INVALID_VALUE, "bad")));
    assertEquals(List.of("a.json", "b.json"), List.copyOf(result.documents().keySet()));
    assertTrue(result.hasErrors());
  }
}
