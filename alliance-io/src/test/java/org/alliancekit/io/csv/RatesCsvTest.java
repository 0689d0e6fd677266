package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.junit.jupiter.api.Test;

class RatesCsvTest {
  private static final String FILE = "rates.csv";

  private static ReadResult<ExchangeRate> read(String text) {
    return RatesCsv.read(new StringReader(text), FILE);
  }

  @Test
  void readsRatesAsOneUnitOfFromInUnitsOfTo() {
    ReadResult<ExchangeRate> result = read("from,to,rate\nEUR,GBP,0.85\nusd,gbp,0.79\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(Samples.rates(), ExchangeRates.of(result.values()));
  }

  @Test
  void reportsEveryBadRow() {
    ReadResult<ExchangeRate> result =
        read(
            "rate,from,to\n"
                + "0.85,EUR,GBP\n" // 2
                + "0,USD,GBP\n" // 3
                + "abc,USD,GBP\n" // 4
                + "1,EUR,EUR\n" // 5
                + "0.86,EUR,GBP\n" // 6
                + "2,QQQ,GBP\n" // 7
                + "1.2,GBP,EUR\n"); // 8
    assertProblems(
        result,
        at(FILE, 3, "rate", ProblemKind.OUT_OF_RANGE),
        at(FILE, 4, "rate", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "", ProblemKind.INVALID_VALUE),
        at(FILE, 6, "to", ProblemKind.DUPLICATE),
        at(FILE, 7, "from", ProblemKind.INVALID_VALUE));
    assertEquals("rate '0' must be positive", problemAt(result, 3, "rate").message());
    assertEquals(
        "rate from EUR to GBP is already given on line 2", problemAt(result, 6, "to").message());
    assertEquals(
        "exchange rate from EUR to EUR must be between two different currencies",
        problemAt(result, 5, "").message());
    assertEquals(2, result.values().size());
  }

  @Test
  void roundTripsThroughWriteAndRead() throws IOException {
    ExchangeRates rates =
        ExchangeRates.of(
            ExchangeRate.of(Samples.EUR, Samples.GBP, new BigDecimal("0.8512345678901234")),
            ExchangeRate.of(Samples.USD, Samples.EUR, new BigDecimal("1E+2")));
    StringWriter out = new StringWriter();
    RatesCsv.write(out, rates);
    assertEquals("from,to,rate\r\nEUR,GBP,0.8512345678901234\r\nUSD,EUR,100\r\n", out.toString());
    assertEquals(rates, ExchangeRates.of(read(out.toString()).values()));
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(RatesCsv.class);
  }
}
