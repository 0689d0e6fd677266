package org.alliancekit.pipeline.registration;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;

/** Sample values and generators for the registration tests. */
final class Fixtures {
  static final RegistrationTarget O1 = RegistrationTarget.opportunity(OpportunityId.of("o-1"));
  static final RegistrationTarget A1 = RegistrationTarget.account(AccountId.of("a-1"));
  static final LocalDate AS_OF = LocalDate.of(2024, 4, 15);

  private Fixtures() {}

  static RegistrationClaim approved(
      RegistrationTarget target, String party, LocalDate submitted, LocalDate decided) {
    return RegistrationClaim.of(
        target,
        DealRegistration.builder()
            .registeringParty(PartnerId.of(party))
            .submitted(submitted)
            .decided(decided)
            .status(RegistrationStatus.APPROVED)
            .build());
  }

  static RegistrationClaim pending(RegistrationTarget target, String party, LocalDate submitted) {
    return RegistrationClaim.of(target, DealRegistration.pending(PartnerId.of(party), submitted));
  }

  /** A registration record of {@code opportunity} with the given id, by the claim's party. */
  static Registration record(String id, String opportunity, RegistrationClaim claim) {
    return Registration.of(
        RegistrationId.of(id), OpportunityId.of(opportunity), claim.registration());
  }

  static NullPointerTester nullPointerTester() {
    RegistrationClaim claim = pending(O1, "acme", AS_OF);
    return new NullPointerTester()
        .setDefault(PartnerId.class, PartnerId.of("acme"))
        .setDefault(AccountId.class, AccountId.of("a-1"))
        .setDefault(OpportunityId.class, OpportunityId.of("o-1"))
        .setDefault(LocalDate.class, AS_OF)
        .setDefault(RegistrationTarget.class, O1)
        .setDefault(DealRegistration.class, claim.registration())
        .setDefault(RegistrationClaim.class, claim)
        .setDefault(RegistrationRules.class, RegistrationRules.standard())
        .setDefault(RegistrationId.class, RegistrationId.of("r-1"))
        .setDefault(Collection.class, List.of());
  }

  // ---- generators ----

  static Arbitrary<RegistrationRules> rules() {
    return Combinators.combine(
            Arbitraries.of(30, 60, 90, 120),
            Arbitraries.integers().between(1, 30).optional(),
            Arbitraries.of(true, false))
        .as(
            (validity, protection, approval) ->
                RegistrationRules.builder()
                    .validityDays(validity)
                    .protectionDays(
                        protection
                            .map(java.util.OptionalInt::of)
                            .orElse(java.util.OptionalInt.empty()))
                    .approvalRequired(approval)
                    .build());
  }

  /**
   * Claims on three targets by five parties, submitted on a few days up to 100 days before {@link
   * #AS_OF}, with few distinct decision lags and expiries, so that ties on the same day are common.
   */
  static Arbitrary<RegistrationClaim> claims() {
    Arbitrary<RegistrationTarget> targets =
        Arbitraries.of(O1, A1, RegistrationTarget.opportunity(OpportunityId.of("o-2")));
    return Combinators.combine(
            targets,
            Arbitraries.of("acme", "globex", "initech", "hooli", "umbrella"),
            Arbitraries.of(0, 5, 10, 40, 70, 100),
            Arbitraries.of(RegistrationStatus.class),
            Arbitraries.of(0, 1),
            Arbitraries.of(30, 90).optional())
        .as(
            (target, party, daysBefore, status, decisionLag, expiresAfter) -> {
              LocalDate submitted = AS_OF.minusDays(daysBefore);
              LocalDate decided = submitted.plusDays(Math.min(decisionLag, daysBefore));
              Optional<LocalDate> decision =
                  status == RegistrationStatus.APPROVED || status == RegistrationStatus.REJECTED
                      ? Optional.of(decided)
                      : Optional.empty();
              return RegistrationClaim.of(
                  target,
                  DealRegistration.builder()
                      .registeringParty(PartnerId.of(party))
                      .submitted(submitted)
                      .decided(decision)
                      .expires(expiresAfter.map(submitted::plusDays))
                      .status(status)
                      .build());
            });
  }

  /**
   * Registration records made from {@link #claims()}: each claims the opportunity whose id is the
   * claim's target id ({@code o-1}, {@code a-1} or {@code o-2}), with ids {@code r-0}, {@code r-1}
   * and so on in list order, so that same-day ties between equal registrations are common.
   */
  static Arbitrary<List<Registration>> registrations() {
    return claims()
        .list()
        .ofMaxSize(12)
        .map(
            claims -> {
              List<Registration> records = new java.util.ArrayList<>();
              for (RegistrationClaim claim : claims) {
                records.add(record("r-" + records.size(), claim.target().idText(), claim));
              }
              return records;
            });
  }
}
