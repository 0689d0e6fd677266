package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.Optional;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnersCsvTest {
  private static final String FILE = "partners.csv";
  private static final String HEADER =
      "partner_id,name,kinds,country,employees,annual_revenue,currency\n";

  private static ReadResult<PartnerRow> read(String text) {
    return PartnersCsv.read(new StringReader(text), FILE);
  }

  private static final PartnerRow ACME =
      PartnerRow.of(
          Partner.builder()
              .id(PartnerId.of("acme"))
              .name("Acme Integration")
              .addKinds(PartnerKind.SYSTEMS_INTEGRATOR, PartnerKind.RESELLER)
              .headquarters(CountryCode.of("GB"))
              .size(CompanySize.of(1200, Money.of(new java.math.BigDecimal("85000000.00"), "GBP")))
              .build());

  @Test
  void readsGoodRows() {
    ReadResult<PartnerRow> result =
        read(
            HEADER
                + "acme,Acme Integration,SYSTEMS_INTEGRATOR;RESELLER,GB,1200,85000000.00,GBP\n"
                + "hq,Host Ltd,platform_vendor,,,,EUR\n"
                + "tiny,Tiny,ISV,,8,,\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(ACME, result.values().get(0));
    assertEquals(
        PartnerRow.of(
            Samples.plainPartner(PartnerId.of("hq"), "Host Ltd")
                .withKinds(PartnerKind.PLATFORM_VENDOR),
            Samples.EUR),
        result.values().get(1));
    assertEquals(Optional.of(CompanySize.of(8)), result.values().get(2).partner().size());
    assertEquals(Optional.empty(), result.values().get(2).currency());
    assertEquals(ImmutableList.of(2L, 3L, 4L), result.lines());
  }

  @Test
  void readsColumnsInAnyOrderAndWithoutOptionalOnes() {
    ReadResult<PartnerRow> result =
        read(" Kinds ,PARTNER_ID,name\nSYSTEMS_INTEGRATOR ; RESELLER,acme,Acme Integration\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        ACME.partner().withHeadquarters(Optional.empty()).withSize(Optional.empty()),
        result.values().get(0).partner());
  }

  @Test
  void warnsOfAnUnknownColumnAndReadsTheRest() {
    ReadResult<PartnerRow> result =
        read("partner_id,name,kinds,notes\nacme,Acme,ISV,remember the milk\n");
    assertProblems(result, at(FILE, 1, "notes", ProblemKind.UNKNOWN_COLUMN));
    assertEquals("unknown column 'notes' is ignored", result.problems().get(0).message());
    assertEquals(1, result.values().size());
    assertEquals(false, result.hasErrors());
  }

  @Test
  void skipsAByteOrderMark() {
    ReadResult<PartnerRow> result = read("\uFEFF" + HEADER + "acme,Acme,ISV,,,,\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(PartnerId.of("acme"), result.values().get(0).id());
  }

  @Test
  void reportsAMissingRequiredColumnAndReadsNoRow() {
    ReadResult<PartnerRow> result = read("partner_id,name\nacme,Acme\n");
    assertProblems(result, at(FILE, 1, "kinds", ProblemKind.MISSING_COLUMN));
    assertEquals(
        "required column kinds is missing from the header", result.problems().get(0).message());
    assertEquals(ImmutableList.of(), result.values());
  }

  @Test
  void reportsAColumnNamedTwice() {
    ReadResult<PartnerRow> result = read("partner_id,name,kinds,Name\nacme,Acme,ISV,Other\n");
    assertProblems(result, at(FILE, 1, "name", ProblemKind.DUPLICATE_COLUMN));
    assertEquals(ImmutableList.of(), result.values());
  }

  @Test
  void reportsAFileWithoutHeader() {
    ReadResult<PartnerRow> result = read("");
    assertProblems(result, at(FILE, 1, "", ProblemKind.MISSING_COLUMN));
    assertEquals(
        "file has no header row; expected the columns partner_id,name,kinds,country,employees,"
            + "annual_revenue,currency,segments,regions,fiscal_year_start_month",
        result.problems().get(0).message());
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReasonAndKeepsTheGoodOnes() {
    ReadResult<PartnerRow> result =
        read(
            HEADER
                + "acme,Acme Integration,SYSTEMS_INTEGRATOR;RESELLER,GB,1200,85000000.00,GBP\n" // 2
                + "b1,,ISV,,,,\n" // 3: missing name
                + "b2,B2,FOO;ISV,,,,\n" // 4: unknown kind
                + "b3,B3,ISV,XX,,,\n" // 5: unknown country
                + "b4,B4,ISV,,twelve,,\n" // 6: employees not a number
                + "b5,B5,ISV,,-3,,\n" // 7: negative employees
                + "b6,B6,ISV,,10,1e6,EUR\n" // 8: revenue not a plain decimal
                + "b7,B7,ISV,,10,100,\n" // 9: revenue without currency
                + "b8,B8,ISV,,,100,EUR\n" // 10: revenue without employees
                + "b9,B9,ISV,,10,100,EURO\n" // 11: unknown currency
                + "acme,Acme again,ISV,,,,\n" // 12: duplicate id
                + "b10,B10,ISV,,\n" // 13: too few fields
                + ",B11,;,,,,\n" // 14: missing id and kinds
                + "ok,Still read,ISV,,,,\n"); // 15
    assertProblems(
        result,
        at(FILE, 3, "name", ProblemKind.MISSING_VALUE),
        at(FILE, 4, "kinds", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "country", ProblemKind.INVALID_VALUE),
        at(FILE, 6, "employees", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "employees", ProblemKind.OUT_OF_RANGE),
        at(FILE, 8, "annual_revenue", ProblemKind.INVALID_VALUE),
        at(FILE, 9, "currency", ProblemKind.MISSING_VALUE),
        at(FILE, 10, "employees", ProblemKind.MISSING_VALUE),
        at(FILE, 11, "currency", ProblemKind.INVALID_VALUE),
        at(FILE, 12, "partner_id", ProblemKind.DUPLICATE),
        at(FILE, 13, "", ProblemKind.MALFORMED_ROW),
        at(FILE, 14, "partner_id", ProblemKind.MISSING_VALUE),
        at(FILE, 14, "kinds", ProblemKind.MISSING_VALUE));
    assertEquals(
        ImmutableList.of(PartnerId.of("acme"), PartnerId.of("ok")),
        result.values().stream().map(PartnerRow::id).toList());
    assertEquals(ImmutableList.of(2L, 15L), result.lines());
    assertEquals("name must not be empty", problemAt(result, 3, "name").message());
    assertTrue(
        problemAt(result, 4, "kinds")
            .message()
            .startsWith("kinds 'FOO' is not one of PLATFORM_VENDOR, ISV,"),
        () -> problemAt(result, 4, "kinds").message());
    assertEquals(
        "country code 'XX' is not an upper-case ISO 3166-1 alpha-2 code",
        problemAt(result, 5, "country").message());
    assertEquals(
        "employees 'twelve' is not a whole number such as 1200",
        problemAt(result, 6, "employees").message());
    assertEquals(
        "employees '-3' must not be negative", problemAt(result, 7, "employees").message());
    assertEquals(
        "annual_revenue '1e6' is not a plain decimal number such as 1234.56",
        problemAt(result, 8, "annual_revenue").message());
    assertEquals(
        "currency must not be empty when annual_revenue is given",
        problemAt(result, 9, "currency").message());
    assertEquals(
        "currency 'EURO' is not an ISO 4217 currency code such as EUR",
        problemAt(result, 11, "currency").message());
    assertEquals(
        "partner acme is already listed on line 2", problemAt(result, 12, "partner_id").message());
    assertEquals("row has 5 fields, but the header has 7", problemAt(result, 13, "").message());
    assertEquals(
        "kinds must name at least one partner kind", problemAt(result, 14, "kinds").message());
  }

  @Test
  void skipsBlankRows() {
    ReadResult<PartnerRow> result = read(HEADER + "\n,,,,,,\n  ,, ,,,,\nacme,Acme,ISV,,,,\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(ImmutableList.of(5L), result.lines());
  }

  @Test
  void reportsQuotedValuesSpanningLinesAtTheirFirstLine() {
    ReadResult<PartnerRow> result =
        read("partner_id,name,kinds,notes\na,A,ISV,\"two\nlines\"\nb,B,NOPE,\n");
    assertEquals(ImmutableList.of(2L), result.lines());
    assertProblems(
        result,
        at(FILE, 1, "notes", ProblemKind.UNKNOWN_COLUMN),
        at(FILE, 4, "kinds", ProblemKind.INVALID_VALUE));
  }

  @Test
  void stopsAtABrokenQuoteAndKeepsTheRowsBefore() {
    ReadResult<PartnerRow> result = read(HEADER + "a,A,ISV,,,,\nb,\"B,ISV,,,,\nc,C,ISV,,,,\n");
    assertEquals(
        ImmutableList.of(PartnerId.of("a")), result.values().stream().map(PartnerRow::id).toList());
    assertProblems(result, at(FILE, 3, "", ProblemKind.UNREADABLE_FILE));
  }

  @Test
  void reportsBytesThatAreNotUtf8AndReadsTheOtherRows() {
    byte[] bytes =
        (HEADER + "a,Caf\u00e9,ISV,,,,\nb,B\u0000,ISV,,,,\nc,C,ISV,,,,\n")
            .getBytes(StandardCharsets.UTF_8);
    // Turn the NUL of row b into a lone continuation byte, which is not UTF-8.
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        bytes[i] = (byte) 0x80;
      }
    }
    ReadResult<PartnerRow> result =
        PartnersCsv.read(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), FILE);
    assertEquals("Café", result.values().get(0).partner().name());
    assertEquals(2, result.values().size());
    assertProblems(result, at(FILE, 3, "name", ProblemKind.MALFORMED_ROW));
  }

  @Test
  void reportsControlCharactersInANameWithoutEchoingThem() {
    ReadResult<PartnerRow> result = read(HEADER + "a,\"Bad\u0007Name\",ISV,,,,\n");
    assertProblems(result, at(FILE, 2, "name", ProblemKind.INVALID_VALUE));
    assertEquals(
        "name 'Bad?Name' must not contain control characters", result.problems().get(0).message());
  }

  @Test
  void roundTripsThroughWriteAndRead() throws IOException {
    ImmutableList<PartnerRow> rows =
        ImmutableList.of(
            ACME,
            PartnerRow.of(Samples.plainPartner(PartnerId.of("hq"), "Host Ltd"), Samples.GBP),
            PartnerRow.of(
                Samples.partner()
                    .withId(PartnerId.of("acme-de"))
                    .withRegions()
                    .withCompetencies()
                    .withSegments()));
    StringWriter out = new StringWriter();
    PartnersCsv.write(out, rows);
    ReadResult<PartnerRow> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(rows, back.values());
  }

  @Test
  void readsSegmentsRegionsAndTheFiscalYearStart() {
    ReadResult<PartnerRow> result =
        read(
            "partner_id,name,kinds,segments,regions,fiscal_year_start_month\n"
                + "acme,Acme,ISV, mid-market ; public sector ,EMEA;DACH,7\n" // 2
                + "globex,Globex,ISV,,,\n" // 3: defaults
                + "initech,Initech,ISV,,,13\n"); // 4: no such month
    assertEquals(
        ImmutableSet.of("mid-market", "public sector"),
        result.values().get(0).partner().segments());
    assertEquals(ImmutableSet.of("EMEA", "DACH"), result.values().get(0).partner().regions());
    assertEquals(Month.JULY, result.values().get(0).partner().fiscalYearStartMonth());
    assertEquals(Month.JANUARY, result.values().get(1).partner().fiscalYearStartMonth());
    assertEquals(ImmutableSet.of(), result.values().get(1).partner().segments());
    assertProblems(result, at(FILE, 4, "fiscal_year_start_month", ProblemKind.OUT_OF_RANGE));
    assertEquals(
        "fiscal_year_start_month '13' is not a month number from 1 to 12",
        result.problems().get(0).message());
  }

  @Test
  void refusesToWriteAListValueThatCannotBeReadBack() {
    PartnerRow row =
        PartnerRow.of(Samples.plainPartner(PartnerId.of("p"), "P").withSegments("a;b"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PartnersCsv.write(new StringWriter(), ImmutableList.of(row)));
    assertEquals(
        "segments value 'a;b' cannot be written to a list cell: it holds ';' or surrounding"
            + " whitespace",
        e.getMessage());
  }

  @Test
  void writesAndReadsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(PartnersCsv.FILE_NAME);
    PartnersCsv.write(file, ImmutableList.of(ACME));
    assertEquals(
        "partner_id,name,kinds,country,employees,annual_revenue,currency,segments,regions,"
            + "fiscal_year_start_month\r\n"
            + "acme,Acme Integration,SYSTEMS_INTEGRATOR;RESELLER,GB,1200,85000000.00,GBP,,,1\r\n",
        Files.readString(file));
    assertEquals(ImmutableList.of(ACME), PartnersCsv.read(file).values());
  }

  @Test
  void reportsAMissingFile(@TempDir Path dir) {
    ReadResult<PartnerRow> result = PartnersCsv.read(dir.resolve("partners.csv"));
    assertProblems(result, at(FILE, 0, "", ProblemKind.UNREADABLE_FILE));
    assertEquals("file partners.csv is missing", result.problems().get(0).message());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(PartnersCsv.class);
  }
}
