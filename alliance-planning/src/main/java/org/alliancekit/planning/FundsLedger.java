package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.alliancekit.model.marketing.ClaimStatus;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.FundRequestId;
import org.alliancekit.model.marketing.FundStatus;
import org.alliancekit.model.marketing.MarketingBudget;
import org.apiguardian.api.API;

/**
 * Draws up the ledger of a marketing budget from its fund requests and claims.
 *
 * <p>The ledger takes the budget's requests and the claims against them in date order (on the same
 * day requests before claims, then by id, so that the order of the input changes nothing):
 *
 * <ul>
 *   <li>an {@linkplain FundStatus#APPROVED approved} request is counted when it is in the budget's
 *       currency and no more than the remaining budget; it then lowers the remaining budget.
 *       Otherwise it is refused with the reason. Pending and rejected requests are not counted;
 *   <li>an approved or paid claim is counted when its request was counted before it, it is in the
 *       request's currency, and it and the claims already counted against the request add up to no
 *       more than the request. Otherwise it is refused with the reason. A paid claim counts both as
 *       approved and as paid. Pending and rejected claims are not counted.
 * </ul>
 *
 * <p>Amounts are added exactly; the remaining budget is the budget minus the counted requests and
 * so never goes below zero. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FundsLedger {
  private FundsLedger() {}

  /**
   * Returns the ledger of {@code budget}. Requests against other budgets, and claims against
   * requests other than this budget's, are left out.
   */
  public static FundLedger of(
      MarketingBudget budget, Iterable<FundRequest> requests, Iterable<FundClaim> claims) {
    checkNotNull(budget, "budget");
    checkNotNull(requests, "requests");
    checkNotNull(claims, "claims");
    Map<FundRequestId, FundRequest> ours = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (FundRequest request : requests) {
      if (request.budget().equals(budget.id())) {
        ours.putIfAbsent(request.id(), request);
        entries.add(new Entry(request.date(), 0, request.id().value(), request, null));
      }
    }
    for (FundClaim claim : claims) {
      if (ours.containsKey(claim.request())) {
        entries.add(new Entry(claim.date(), 1, claim.id().value(), null, claim));
      }
    }
    entries.sort(
        Comparator.comparing(Entry::date).thenComparingInt(Entry::order).thenComparing(Entry::id));
    MonetaryAmount zero = budget.amount().multiply(0);
    MonetaryAmount remaining = budget.amount();
    MonetaryAmount approvedRequests = zero;
    MonetaryAmount approvedClaims = zero;
    MonetaryAmount paid = zero;
    Map<FundRequestId, MonetaryAmount> claimable = new HashMap<>();
    ImmutableList.Builder<FundRefusal> refusals = ImmutableList.builder();
    for (Entry entry : entries) {
      if (entry.request() != null) {
        FundRequest request = entry.request();
        if (request.status() != FundStatus.APPROVED) {
          continue;
        }
        String refusal = null;
        if (!request.amount().getCurrency().equals(budget.amount().getCurrency())) {
          refusal =
              "request "
                  + request.id()
                  + " asks "
                  + request.amount()
                  + " from budget "
                  + budget.id()
                  + ", which is in "
                  + budget.amount().getCurrency().getCurrencyCode();
        } else if (request.amount().isGreaterThan(remaining)) {
          refusal =
              "request "
                  + request.id()
                  + " asks "
                  + request.amount()
                  + " but only "
                  + remaining
                  + " of budget "
                  + budget.id()
                  + " remains";
        }
        if (refusal != null) {
          refusals.add(
              refusal(
                  budget,
                  "request",
                  request.id().value(),
                  request.date(),
                  request.amount(),
                  refusal));
          continue;
        }
        remaining = remaining.subtract(request.amount());
        approvedRequests = approvedRequests.add(request.amount());
        claimable.put(request.id(), request.amount());
      } else {
        FundClaim claim = entry.claim();
        if (!claim.status().isApproved()) {
          continue;
        }
        MonetaryAmount left = claimable.get(claim.request());
        String refusal = null;
        if (left == null) {
          refusal =
              "claim "
                  + claim.id()
                  + " of "
                  + claim.amount()
                  + " is made against request "
                  + claim.request()
                  + ", which is not approved within budget "
                  + budget.id()
                  + " on or before "
                  + claim.date();
        } else if (!claim.amount().getCurrency().equals(left.getCurrency())) {
          refusal =
              "claim "
                  + claim.id()
                  + " of "
                  + claim.amount()
                  + " is not in the currency of request "
                  + claim.request()
                  + ", "
                  + left.getCurrency().getCurrencyCode();
        } else if (claim.amount().isGreaterThan(left)) {
          refusal =
              "claim "
                  + claim.id()
                  + " of "
                  + claim.amount()
                  + " goes beyond request "
                  + claim.request()
                  + ", of which only "
                  + left
                  + " is left to claim";
        }
        if (refusal != null) {
          refusals.add(
              refusal(budget, "claim", claim.id().value(), claim.date(), claim.amount(), refusal));
          continue;
        }
        claimable.put(claim.request(), left.subtract(claim.amount()));
        approvedClaims = approvedClaims.add(claim.amount());
        if (claim.status() == ClaimStatus.PAID) {
          paid = paid.add(claim.amount());
        }
      }
    }
    return new FundLedger(
        budget.id(),
        budget.relationship(),
        budget.party(),
        budget.amount(),
        approvedRequests,
        approvedClaims,
        paid,
        remaining,
        refusals.build());
  }

  private static FundRefusal refusal(
      MarketingBudget budget,
      String kind,
      String id,
      LocalDate date,
      MonetaryAmount amount,
      String reason) {
    return new FundRefusal(budget.id(), kind, id, date, amount, reason);
  }

  /** A request or a claim, in the ledger's order. */
  private record Entry(
      LocalDate date, int order, String id, FundRequest request, FundClaim claim) {}
}
