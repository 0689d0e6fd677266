package org.alliancekit.planning;

import static org.alliancekit.planning.Fixtures.claim;
import static org.alliancekit.planning.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.alliancekit.model.marketing.ClaimStatus;
import org.alliancekit.model.marketing.FundStatus;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class FundsLedgerTest {

  @Test
  void approvedRequestsAndClaimsInDateOrderWithRefusals() {
    // Budget EUR 10,000. r1 6,000 (4,000 left); r2 5,000 refused (only 4,000 left); r3 pending;
    // r4 4,000 (0 left). Claims on r1: k1 2,500 paid, k2 3,000 (5,500 of 6,000), k3 1,000
    // refused (500 left); k4 on the refused r2 refused; k5 rejected.
    FundLedger ledger = FundsLedger.of(Fixtures.budget(), Fixtures.requests(), Fixtures.claims());
    assertEquals(Money.of(10_000, "EUR"), ledger.amount());
    assertEquals(Money.of(10_000, "EUR"), ledger.approvedRequests());
    assertEquals(Money.of(5_500, "EUR"), ledger.approvedClaims());
    assertEquals(Money.of(2_500, "EUR"), ledger.paid());
    assertEquals(Money.of(0, "EUR"), ledger.remaining());
    assertEquals(
        List.of("request r2", "claim k3", "claim k4"),
        ledger.refusals().stream().map(r -> r.kind() + " " + r.id()).toList());
    assertEquals(
        "request r2 asks EUR 5000 but only EUR 4000 of budget b1 remains",
        ledger.refusals().get(0).reason());
    assertEquals(
        "claim k3 of EUR 1000 goes beyond request r1, of which only EUR 500 is left to claim",
        ledger.refusals().get(1).reason());
  }

  @Test
  void aLaterSmallerRequestStillFitsAfterARefusal() {
    FundLedger ledger =
        FundsLedger.of(
            Fixtures.budget(),
            List.of(
                request("r1", "2026-01-01", 11_000, FundStatus.APPROVED),
                request("r2", "2026-01-02", 3_000, FundStatus.APPROVED),
                request("r3", "2026-01-03", 9_000, FundStatus.REJECTED)),
            List.of());
    assertEquals(Money.of(3_000, "EUR"), ledger.approvedRequests());
    assertEquals(Money.of(7_000, "EUR"), ledger.remaining());
    assertEquals(1, ledger.refusals().size());
  }

  @Test
  void aClaimDatedBeforeItsRequestIsRefused() {
    FundLedger ledger =
        FundsLedger.of(
            Fixtures.budget(),
            List.of(request("r1", "2026-02-01", 1_000, FundStatus.APPROVED)),
            List.of(claim("k1", "r1", "2026-01-31", 100, ClaimStatus.PAID)));
    assertEquals(Money.of(0, "EUR"), ledger.approvedClaims());
    assertEquals(
        "claim k1 of EUR 100 is made against request r1, which is not approved within budget b1"
            + " on or before 2026-01-31",
        ledger.refusals().get(0).reason());
  }

  @Test
  void aRequestInAnotherCurrencyIsRefused() {
    FundLedger ledger =
        FundsLedger.of(
            Fixtures.budget(),
            List.of(
                org.alliancekit.model.marketing.FundRequest.builder()
                    .from(request("r1", "2026-02-01", 1_000, FundStatus.APPROVED))
                    .amount(Money.of(1_000, "USD"))
                    .build()),
            List.of());
    assertEquals(Money.of(10_000, "EUR"), ledger.remaining());
    assertEquals(
        "request r1 asks USD 1000 from budget b1, which is in EUR",
        ledger.refusals().get(0).reason());
  }
}
