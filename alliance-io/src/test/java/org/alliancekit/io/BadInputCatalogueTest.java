package org.alliancekit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModels;
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

  /** A small portfolio folder that reads without a problem; each case below changes one file. */
  private static final ImmutableMap<String, String> FOLDER =
      ImmutableMap.<String, String>builder()
          .put(
              "partners.csv",
              """
              partner_id,name,kinds
              hq,Host Ltd,SYSTEMS_INTEGRATOR
              acme,Acme,ISV
              globex,Globex,PLATFORM_VENDOR
              """)
          .put(
              "relationships.csv",
              """
              relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,\
              alliance_revenue,currency
              hq-acme,hq,acme,SELL_WITH,SYMMETRIC_ALLIANCE,QUID_PRO_QUO,2020-01-15,100000,EUR
              hq-globex,hq,globex,SELL_WITH,SYMMETRIC_ALLIANCE,QUID_PRO_QUO,2019-04-01,250000,EUR
              """)
          .put(
              "assessments.csv",
              "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating\n")
          .put(
              "opportunities.csv",
              """
              opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,\
              close_date,owner_id
              o-1,acc-1,Big Bank,Core banking,100000,EUR,Qualified,2026-01-12,2026-05-29,hq
              """)
          .put("involvements.csv", "opportunity_id,partner_id,role\n")
          .buildOrThrow();

  private static final String LEADS =
      "lead_id,account_id,account_name,source_id,received_date,shared_with,status,opportunity_id\n";

  /** Reads the folder with the given files replaced or added, as a portfolio folder is read. */
  private static PortfolioData readFolder(String file, String text) {
    Map<String, String> files = new HashMap<>(FOLDER);
    files.put(file, text);
    return assertTimeoutPreemptively(
        QUICKLY,
        () ->
            PortfolioReader.standard()
                .read(
                    name ->
                        Optional.ofNullable(files.get(name))
                            .map(content -> (Reader) new StringReader(content))));
  }

  /** Asserts that the folder had exactly one problem, there, and returns it. */
  private static Problem onlyProblem(
      PortfolioData data, String file, long line, String column, ProblemKind kind) {
    assertEquals(
        List.of(file + ":" + line + ":" + column + ":" + kind),
        data.problems().stream()
            .map(p -> p.file() + ":" + p.line() + ":" + p.column() + ":" + p.kind())
            .toList(),
        data.problems()::toString);
    return data.problems().get(0);
  }

  @Test
  void theFolderOfTheCasesBelowReadsWithoutAProblem() {
    PortfolioData data = readFolder("leads.csv", LEADS);
    assertEquals(List.of(), data.problems());
    assertEquals(3, data.partners().size());
    assertEquals(2, data.relationships().size());
    assertEquals(1, data.opportunities().size());
  }

  @Test
  void aLeadFromAPartnerMissingFromPartnersCsvIsReportedAtItsSourceCell() {
    PortfolioData data =
        readFolder(
            "leads.csv",
            LEADS
                + "l-1,acc-1,Big Bank,acme,2026-01-05,hq,NEW,\n" // 2
                + "l-2,acc-2,Big Shop,initech,2026-01-06,hq,NEW,\n" // 3: no partner initech
                + "l-3,acc-3,Big Farm,globex,2026-01-07,hq,ACCEPTED,\n"); // 4
    Problem problem = onlyProblem(data, "leads.csv", 3, "source_id", ProblemKind.UNKNOWN_REFERENCE);
    assertEquals(
        "lead l-2 names party initech, which is not among the partners", problem.message());
    assertEquals(List.of("l-1", "l-3"), leadIds(data));
  }

  @Test
  void aLeadIdGivenTwiceIsReportedAtTheLaterRow() {
    PortfolioData data =
        readFolder(
            "leads.csv",
            LEADS
                + "l-1,acc-1,Big Bank,acme,2026-01-05,hq,NEW,\n" // 2
                + "l-2,acc-2,Big Shop,acme,2026-01-06,hq,NEW,\n" // 3
                + "l-1,acc-3,Big Farm,globex,2026-01-07,hq,NEW,\n"); // 4: l-1 again
    Problem problem = onlyProblem(data, "leads.csv", 4, "lead_id", ProblemKind.DUPLICATE);
    assertEquals("lead l-1 is already listed on line 2", problem.message());
    assertEquals(List.of("l-1", "l-2"), leadIds(data));
    assertEquals("Big Bank", data.leads().get(0).account().name());
  }

  @Test
  void aStageHistoryRowOfAnUnknownOpportunityIsReportedAtItsLine() {
    PortfolioData data =
        readFolder(
            "stage_history.csv",
            "opportunity_id,stage,date\n"
                + "o-1,Qualified,2026-02-20\n" // 2
                + "o-9,Prospect,2026-01-12\n" // 3: no such opportunity
                + "o-1,Prospect,2026-01-12\n"); // 4: before line 2 in time
    Problem problem =
        onlyProblem(data, "stage_history.csv", 3, "opportunity_id", ProblemKind.UNKNOWN_REFERENCE);
    assertEquals(
        "opportunity o-9 is not among the opportunities read from opportunities.csv",
        problem.message());
    assertEquals(
        List.of(
            StageChange.of(LocalDate.of(2026, 1, 12), StageModels.coSell().get("Prospect")),
            StageChange.of(LocalDate.of(2026, 2, 20), StageModels.coSell().get("Qualified"))),
        data.opportunities().get(0).stageHistory());
  }

  @Test
  void aHistoryTheOpportunityRefusesIsReportedAtItsFirstLineAndLeftOut() {
    PortfolioData data =
        readFolder(
            "stage_history.csv",
            "opportunity_id,stage,date\n"
                + "o-1,Prospect,2026-01-02\n" // 2: before the opportunity was created
                + "o-1,Qualified,2026-02-20\n"); // 3
    Problem problem = onlyProblem(data, "stage_history.csv", 2, "", ProblemKind.INVALID_VALUE);
    assertEquals(
        "opportunity o-1 entered stage Prospect on 2026-01-02, before it was created on"
            + " 2026-01-12; the history of opportunity o-1 is left out",
        problem.message());
    assertEquals(1, data.opportunities().size());
    assertEquals(List.of(), data.opportunities().get(0).stageHistory());
  }

  @Test
  void aStageTheStageModelDoesNotHaveIsReportedAtItsCell() {
    PortfolioData data =
        readFolder(
            "stage_history.csv",
            "opportunity_id,stage,date\n"
                + "o-1,Prospect,2026-01-12\n" // 2
                + "o-1,Won,2026-02-01\n" // 3: no such stage
                + "o-1,Qualified,2026-02-20\n"); // 4
    Problem problem =
        onlyProblem(data, "stage_history.csv", 3, "stage", ProblemKind.UNKNOWN_REFERENCE);
    assertTrue(
        problem.message().startsWith("stage 'Won' is not a stage of stage model"),
        problem::message);
    assertEquals(
        List.of(
            StageChange.of(LocalDate.of(2026, 1, 12), StageModels.coSell().get("Prospect")),
            StageChange.of(LocalDate.of(2026, 2, 20), StageModels.coSell().get("Qualified"))),
        data.opportunities().get(0).stageHistory());
  }

  @Test
  void aLeadConvertedToAnOpportunityNotReadIsReportedAtItsOpportunityCell() {
    PortfolioData data =
        readFolder(
            "leads.csv",
            LEADS
                + "l-1,acc-1,Big Bank,acme,2026-01-05,hq,CONVERTED,o-1\n" // 2
                + "l-2,acc-2,Big Shop,acme,2026-01-06,hq,CONVERTED,o-9\n" // 3: no o-9
                + "l-3,acc-3,Big Farm,globex,2026-01-07,hq,NEW,\n"); // 4
    Problem problem =
        onlyProblem(data, "leads.csv", 3, "opportunity_id", ProblemKind.UNKNOWN_REFERENCE);
    assertEquals(
        "lead l-2 was converted to opportunity o-9, which is not in the portfolio",
        problem.message());
    assertEquals(List.of("l-1", "l-3"), leadIds(data));
    assertEquals(Optional.of(OpportunityId.of("o-1")), data.leads().get(0).convertedOpportunity());
  }

  @Test
  void aRegistrationThatExpiresBeforeItWasRegisteredIsReportedAtItsLine() {
    PortfolioData data =
        readFolder(
            "registrations.csv",
            "registration_id,opportunity_id,partner_id,registered_date,expiry_date,status,"
                + "decided_date\n"
                + "r-1,o-1,acme,2026-01-15,2026-07-15,APPROVED,2026-01-20\n" // 2
                + "r-2,o-1,globex,2026-03-01,2026-02-01,PENDING,\n" // 3: expires first
                + "r-3,o-1,globex,2026-03-01,2026-09-01,PENDING,\n"); // 4
    // A rule between two cells of the row: the model's message, no column (see README).
    Problem problem = onlyProblem(data, "registrations.csv", 3, "", ProblemKind.INVALID_VALUE);
    assertEquals(
        "deal registration by globex expires on 2026-02-01, before it was submitted on"
            + " 2026-03-01",
        problem.message());
    assertEquals(
        List.of("r-1", "r-3"),
        data.registrations().stream().map(registration -> registration.id().value()).toList());
  }

  @Test
  void revenueOfAQuarterInsideAHalfYearAlreadyBookedIsReportedAtItsPeriodCell() {
    PortfolioData data =
        readFolder(
            "revenues.csv",
            "relationship_id,period,amount,currency\n"
                + "hq-acme,2026-H1,50000,EUR\n" // 2
                + "hq-globex,2026-Q2,10000,EUR\n" // 3: another relationship
                + "hq-acme,2026-Q2,20000,EUR\n" // 4: inside 2026-H1 of line 2
                + "hq-acme,2026-H2,60000,EUR\n"); // 5
    Problem problem = onlyProblem(data, "revenues.csv", 4, "period", ProblemKind.INCONSISTENT);
    assertEquals("revenue of hq-acme in 2026-Q2 overlaps 2026-H1 on line 2", problem.message());
    assertEquals(
        List.of("hq-acme 2026-H1", "hq-globex 2026-Q2", "hq-acme 2026-H2"),
        data.revenues().stream()
            .map(revenue -> revenue.relationship() + " " + revenue.period())
            .toList());
  }

  @Test
  void aFiscalYearStartingInMonthThirteenIsReportedAtItsCell() {
    PortfolioData data =
        readFolder(
            "partners.csv",
            "partner_id,name,kinds,fiscal_year_start_month\n"
                + "hq,Host Ltd,SYSTEMS_INTEGRATOR,4\n" // 2
                + "acme,Acme,ISV,\n" // 3
                + "globex,Globex,PLATFORM_VENDOR,12\n" // 4
                + "initech,Initech,ISV,13\n"); // 5: no month 13
    Problem problem =
        onlyProblem(data, "partners.csv", 5, "fiscal_year_start_month", ProblemKind.OUT_OF_RANGE);
    assertEquals(
        "fiscal_year_start_month '13' is not a month number from 1 to 12", problem.message());
    assertEquals(
        List.of("hq APRIL", "acme JANUARY", "globex DECEMBER"),
        data.partners().stream()
            .map(row -> row.id() + " " + row.partner().fiscalYearStartMonth())
            .toList());
  }

  private static List<String> leadIds(PortfolioData data) {
    return data.leads().stream().map(lead -> lead.id().value()).toList();
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
