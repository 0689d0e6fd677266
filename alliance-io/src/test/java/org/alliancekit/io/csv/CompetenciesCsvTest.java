package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.alliancekit.io.CompetencyRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompetenciesCsvTest {
  private static final String FILE = "competencies.csv";
  private static final String HEADER =
      "partner_id,competency,level,issuer,valid_from,valid_until\n";

  private static ReadResult<CompetencyRow> read(String text) {
    return CompetenciesCsv.read(new StringReader(text), FILE);
  }

  @Test
  void readsGoodRows() {
    ReadResult<CompetencyRow> result =
        read(
            HEADER
                + "acme,Cloud Migration,EXPERT,hq,,2027-06-30\n"
                + "acme,Data,foundation,globex,2025-03-01,\n"
                + "globex,Security,Advanced,hq,2024-01-01,2024-01-01\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        ImmutableList.of(
            CompetencyRow.of(
                Samples.ACME,
                Competency.of(
                    "Cloud Migration",
                    CompetencyLevel.EXPERT,
                    Samples.HOST,
                    LocalDate.of(2027, 6, 30))),
            CompetencyRow.of(
                Samples.ACME,
                Competency.of("Data", CompetencyLevel.FOUNDATION, Samples.GLOBEX)
                    .withValidFrom(LocalDate.of(2025, 3, 1))),
            CompetencyRow.of(
                Samples.GLOBEX,
                Competency.of(
                        "Security",
                        CompetencyLevel.ADVANCED,
                        Samples.HOST,
                        LocalDate.of(2024, 1, 1))
                    .withValidFrom(LocalDate.of(2024, 1, 1)))),
        result.values());
    assertEquals(ImmutableList.of(2L, 3L, 4L), result.lines());
  }

  @Test
  void theDateColumnsMustBeInTheHeader() {
    ReadResult<CompetencyRow> result =
        read("partner_id,competency,level,issuer\nacme,Data,EXPERT,hq\n");
    assertProblems(
        result,
        at(FILE, 1, "valid_from", ProblemKind.MISSING_COLUMN),
        at(FILE, 1, "valid_until", ProblemKind.MISSING_COLUMN));
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<CompetencyRow> result =
        read(
            HEADER
                + "acme,Data,EXPERT,hq,,\n" // 2
                + "acme,Data,GURU,hq,,\n" // 3
                + "acme,,EXPERT,hq,,\n" // 4
                + "acme,Data,EXPERT,,,\n" // 5
                + "acme,Data,EXPERT,hq,01/03/2025,\n" // 6
                + "acme,Data,EXPERT,hq,2025-03-01,2025-02-28\n" // 7
                + ",Data,EXPERT,hq,,\n" // 8
                + "globex,Data,EXPERT,hq,,2026-13-01\n" // 9
                + "globex,AI,ADVANCED,hq,,\n"); // 10
    assertProblems(
        result,
        at(FILE, 3, "level", ProblemKind.INVALID_VALUE),
        at(FILE, 4, "competency", ProblemKind.MISSING_VALUE),
        at(FILE, 5, "issuer", ProblemKind.MISSING_VALUE),
        at(FILE, 6, "valid_from", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "", ProblemKind.INVALID_VALUE),
        at(FILE, 8, "partner_id", ProblemKind.MISSING_VALUE),
        at(FILE, 9, "valid_until", ProblemKind.INVALID_VALUE));
    assertEquals(ImmutableList.of(2L, 10L), result.lines());
    assertEquals(
        "level 'GURU' is not one of FOUNDATION, ADVANCED, EXPERT",
        problemAt(result, 3, "level").message());
    assertEquals(
        "competency Data expires on 2025-02-28, before it is valid from 2025-03-01",
        problemAt(result, 7, "").message());
  }

  @Test
  void writesOneRowPerCompetencyAndReadsThemBack(@TempDir Path dir) throws IOException {
    Partner acme = Samples.partner();
    Partner bare = Samples.plainPartner(Samples.GLOBEX, "Globex");
    Partner other =
        bare.withCompetencies(
            Competency.of(" Odd, \"quoted\" name ", CompetencyLevel.ADVANCED, Samples.ACME)
                .withValidFrom(LocalDate.of(2020, 2, 29)));
    ImmutableList<Partner> partners = ImmutableList.of(acme, bare, other);
    ImmutableList<CompetencyRow> rows = CompetenciesCsv.rows(partners);
    assertEquals(3, rows.size());
    assertEquals(CompetencyRow.of(Samples.ACME, acme.competencies().get(1)), rows.get(1));
    StringWriter out = new StringWriter();
    CompetenciesCsv.write(out, partners);
    ReadResult<CompetencyRow> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(rows, back.values());
    Path file = dir.resolve(CompetenciesCsv.FILE_NAME);
    CompetenciesCsv.write(file, partners);
    assertEquals(rows, CompetenciesCsv.read(file).values());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(CompetenciesCsv.class);
    Samples.nullPointerTester().testAllPublicStaticMethods(CompetencyRow.class);
    Samples.nullPointerTester().testAllPublicConstructors(CompetencyRow.class);
  }
}
