package org.alliancekit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.io.csv.PartnersCsv;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.io.csv.RatesCsv;
import org.alliancekit.io.json.AllianceJson;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile input for the public entry points of the io module. The readers never throw for bad data:
 * every data row comes back as a value or as a problem at its line. The value types refuse bad
 * arguments with an {@link IllegalArgumentException} naming the field and value, and JSON fails
 * only with Jackson's {@link JsonProcessingException}. Nothing hangs. (The fuzz tests {@code
 * CsvReadersFuzzTest} and {@code JsonReadersFuzzTest} run many more malformed files.)
 */
class BadInputCatalogueTest {
  private static final Duration QUICKLY = Duration.ofSeconds(5);
  private static final String PARTNERS =
      "partner_id,name,kinds,country,employees,annual_revenue,currency\n";

  private static void rejects(Executable call, String... fragments) {
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            QUICKLY, () -> assertThrows(IllegalArgumentException.class, call));
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage().contains(fragment),
          () -> "message '" + e.getMessage() + "' does not name '" + fragment + "'");
    }
  }

  @Test
  void everyHostileRowOfAPartnersFileIsReadOrReportedAtItsLine() {
    String text =
        "\uFEFF"
            + PARTNERS
            + "ok,<script>alert(1)</script>,ISV,,,,\n" // 2: kept as text
            + "f1,\"=cmd|' /C calc'!A0\",ISV,,,,\n" // 3: kept as text
            + "c1,bell\u0007,ISV,,,,\n" // 4: control character
            + "n1,NaN Inc,ISV,DE,NaN,,\n" // 5: not a number
            + "h1,Huge,ISV,DE,1,"
            + "9".repeat(120)
            + ",EUR\n" // 6: too many digits
            + "ok,Again,ISV,,,,\n" // 7: duplicate id
            + "u1,Unknown,WIZARD,ZZ,,,\n" // 8: unknown kind and country
            + "w1,Wrong\n" // 9: wrong column count
            + "m1,Minus,ISV,DE,-5,,\n" // 10: negative
            + "e1,Empty,,,,,\n"; // 11: no kinds
    ReadResult<PartnerRow> result =
        assertTimeoutPreemptively(QUICKLY, () -> PartnersCsv.read(new StringReader(text), "p.csv"));
    assertEquals(List.of(2L, 3L), result.lines());
    assertEquals("=cmd|' /C calc'!A0", result.values().get(1).partner().name());
    assertEquals(
        List.of(4L, 5L, 6L, 7L, 8L, 8L, 9L, 10L, 11L),
        result.problems().stream().map(Problem::line).toList(),
        result.problems()::toString);
    assertTrue(result.problems().get(2).message().contains("100 digits"));
  }

  @Test
  void aHundredThousandRowsWithEveryTenthBadAreAllAccountedFor() {
    StringBuilder text = new StringBuilder(PARTNERS);
    int rows = 100_000;
    for (int i = 0; i < rows; i++) {
      text.append(
              i % 10 == 9
                  ? "bad" + i + ",Bad,NOT_A_KIND,,,,"
                  : "p" + i + ",Partner " + i + ",ISV,,,,")
          .append('\n');
    }
    ReadResult<PartnerRow> result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> PartnersCsv.read(new StringReader(text.toString()), "p.csv"));
    assertEquals(rows / 10 * 9, result.values().size());
    assertEquals(rows / 10, result.errors().size());
    assertEquals(rows, result.values().size() + result.errors().size());
  }

  @Test
  void formulaPayloadsAreEscapedOnWriteAndReadBackAsWritten() throws IOException {
    for (String cell : List.of("=1+1", "+SUM(A1)", "-2+3", "@A1", "\t=1", "\r=1", "'=1")) {
      assertEquals("'" + cell, CsvTableWriter.escapeFormula(cell));
      assertEquals(cell, CsvTableWriter.unescapeFormula(CsvTableWriter.escapeFormula(cell)));
    }
    // Plain numbers, signed ones too, stay numbers.
    for (String cell : List.of("+1", "-1.5", "plain")) {
      assertEquals(cell, CsvTableWriter.escapeFormula(cell));
    }
    Partner partner =
        Partner.builder()
            .id(org.alliancekit.model.party.PartnerId.of("x"))
            .name("=HYPERLINK(\"http://evil\")")
            .addKinds(org.alliancekit.model.party.PartnerKind.ISV)
            .build();
    StringWriter out = new StringWriter();
    PartnersCsv.write(out, List.of(PartnerRow.of(partner)));
    assertTrue(out.toString().contains("'=HYPERLINK"), out::toString);
    assertEquals(
        List.of(PartnerRow.of(partner)),
        PartnersCsv.read(new StringReader(out.toString()), "p.csv").values());
  }

  @Test
  void exchangeRatesRefuseNonPositiveSameCurrencyAndAbsurdlyLongRates() {
    rejects(() -> ExchangeRate.of(Samples.EUR, Samples.EUR, BigDecimal.ONE), "EUR");
    rejects(() -> ExchangeRate.of(Samples.EUR, Samples.GBP, BigDecimal.ZERO), "0", "EUR", "GBP");
    rejects(
        () -> ExchangeRate.of(Samples.EUR, Samples.GBP, new BigDecimal("1E-999999999")),
        "1E-999999999",
        "100 digits");
    rejects(
        () ->
            ExchangeRates.of(
                ExchangeRate.of(Samples.EUR, Samples.GBP, new BigDecimal("0.85")),
                ExchangeRate.of(Samples.EUR, Samples.GBP, new BigDecimal("0.86"))),
        "EUR",
        "GBP",
        "twice");
    ReadResult<ExchangeRate> rates =
        RatesCsv.read(
            new StringReader("from,to,rate\nEUR,GBP,0." + "0".repeat(150) + "1\nUSD,GBP,0.79\n"),
            "x.csv");
    assertEquals(List.of(3L), rates.lines());
    assertEquals(2L, rates.problems().get(0).line());
  }

  @Test
  void aSourceThatFailsToOpenAFileIsReportedNotThrown() {
    PortfolioData data =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                PortfolioReader.standard()
                    .read(
                        name -> {
                          if (name.equals("partners.csv")) {
                            throw new IOException("disk on fire");
                          }
                          return Optional.empty();
                        }));
    assertEquals(ProblemKind.UNREADABLE_FILE, data.problems().get(0).kind());
    assertTrue(data.problems().get(0).message().contains("disk on fire"));
    assertTrue(data.partners().isEmpty());
  }

  @Test
  void hostileJsonFailsOnlyWithJacksonsDocumentedException() {
    for (String json :
        List.of(
            "",
            "{",
            "[]",
            "{\"id\":\"a\",\"name\":\"A\",\"kinds\":[\"ISV\"],\"size\":{\"employees\":1e400}}",
            "{\"id\":\"a\",\"name\":\"bell\\u0007\",\"kinds\":[\"ISV\"]}",
            "{\"id\":\"a\",\"name\":\"A\",\"kinds\":[]}",
            "{\"id\":\"a\",\"name\":\"A\",\"kinds\":[\"ISV\"],\"size\":{\"employees\":1,"
                + "\"annualRevenue\":{\"amount\":\"1E+999999999\",\"currency\":\"EUR\"}}}",
            "[".repeat(5000))) {
      assertTimeoutPreemptively(
          QUICKLY,
          () ->
              assertThrows(
                  JsonProcessingException.class, () -> AllianceJson.fromJson(json, Partner.class)),
          json.length() > 80 ? json.substring(0, 80) : json);
    }
  }

  @Test
  void readResultsRefuseLinesThatDoNotMatchTheValues() {
    rejects(() -> ReadResult.of(List.of("a"), List.of(), List.of()), "1 values but 0 lines");
    rejects(() -> ReadResult.of(List.of("a"), List.of(0L), List.of()), "line 0");
    rejects(() -> Problem.inFile("f", -1, "", ProblemKind.DUPLICATE, "x"), "line -1", "negative");
  }
}
