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
import java.time.LocalDate;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.junit.jupiter.api.Test;

class RegistrationsCsvTest {
  private static final String FILE = "registrations.csv";
  private static final String HEADER =
      "registration_id,opportunity_id,partner_id,registered_date,expiry_date,status,"
          + "decided_date\n";

  private static ReadResult<Registration> read(String text) {
    return RegistrationsCsv.read(new StringReader(text), FILE);
  }

  private static Registration approved() {
    return Registration.of(
        RegistrationId.of("reg-2"),
        OpportunityId.of("o-1"),
        Samples.opportunity().registration().orElseThrow());
  }

  @Test
  void readsRegistrationsPendingAndDecided() {
    ReadResult<Registration> result =
        read(
            HEADER
                + "reg-1,o-1,globex,2026-01-12,2026-04-12,pending,\n"
                + "reg-2,o-1,acme,2026-01-11,2026-07-15,APPROVED,2026-01-15\n"
                + "reg-3,o-2,acme,2026-01-11,,EXPIRED,\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(Samples.registration(), result.values().get(0));
    assertEquals(approved(), result.values().get(1));
    assertEquals(
        DealRegistration.builder()
            .registeringParty(Samples.ACME)
            .submitted(LocalDate.of(2026, 1, 11))
            .status(RegistrationStatus.EXPIRED)
            .build(),
        result.values().get(2).registration());
    assertEquals(ImmutableList.of(2L, 3L, 4L), result.lines());
  }

  @Test
  void readsAFileWithoutDecisionDates() {
    ReadResult<Registration> result =
        read(
            "status,expiry_date,registered_date,partner_id,opportunity_id,registration_id\n"
                + "PENDING,2026-04-12,2026-01-12,globex,o-1,reg-1\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(Samples.registration(), result.values().get(0));
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<Registration> result =
        read(
            HEADER
                + "reg-1,o-1,globex,2026-01-12,2026-04-12,PENDING,\n" // 2
                + "reg-2,o-1,acme,2026-01-12,2026-01-11,PENDING,\n" // 3
                + "reg-3,o-1,acme,2026-01-12,,APPROVED,\n" // 4
                + "reg-4,o-1,acme,2026-01-12,,PENDING,2026-01-13\n" // 5
                + "reg-5,o-1,acme,2026-01-12,,REJECTED,2026-01-11\n" // 6
                + "reg-6,o-1,acme,2026-01-12,,WITHDRAWN,\n" // 7
                + "reg-7,o-1,acme,2026-01-12,next year,PENDING,\n" // 8
                + "reg-1,o-2,acme,2026-01-12,,PENDING,\n" // 9
                + "reg-8,o-2,acme,2026-01-12,,REJECTED,2026-01-12\n"); // 10
    assertProblems(
        result,
        at(FILE, 3, "", ProblemKind.INVALID_VALUE),
        at(FILE, 4, "", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "", ProblemKind.INVALID_VALUE),
        at(FILE, 6, "", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "status", ProblemKind.INVALID_VALUE),
        at(FILE, 8, "expiry_date", ProblemKind.INVALID_VALUE),
        at(FILE, 9, "registration_id", ProblemKind.DUPLICATE));
    assertEquals(ImmutableList.of(2L, 10L), result.lines());
    assertEquals(
        "deal registration by acme expires on 2026-01-11, before it was submitted on 2026-01-12",
        problemAt(result, 3, "").message());
    assertEquals(
        "deal registration by acme is APPROVED, so it needs a decision date",
        problemAt(result, 4, "").message());
    assertEquals(
        "registration reg-1 is already listed on line 2",
        problemAt(result, 9, "registration_id").message());
  }

  @Test
  void roundTripsWhatTheFileHolds() throws IOException {
    ImmutableList<Registration> registrations =
        ImmutableList.of(
            Samples.registration(),
            approved(),
            Registration.of(
                RegistrationId.of("reg-3"),
                OpportunityId.of("o-2"),
                DealRegistration.pending(Samples.HOST, LocalDate.of(2025, 12, 31))));
    StringWriter out = new StringWriter();
    RegistrationsCsv.write(out, registrations);
    assertTrue(
        out.toString()
            .startsWith(
                "registration_id,opportunity_id,partner_id,registered_date,expiry_date,status,"
                    + "decided_date\r\nreg-1,o-1,globex,2026-01-12,2026-04-12,PENDING,\r\n"),
        out::toString);
    ReadResult<Registration> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(registrations, back.values());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(RegistrationsCsv.class);
  }
}
