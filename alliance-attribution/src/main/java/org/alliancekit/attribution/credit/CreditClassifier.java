package org.alliancekit.attribution.credit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import javax.money.MonetaryOperator;
import org.alliancekit.attribution.AttributionModel;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.internal.Arguments;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Tells partner-sourced, partner-influenced and direct business apart, one opportunity at a time
 * and over a portfolio.
 *
 * <p><b>Precedence</b>, first match wins:
 *
 * <ol>
 *   <li><b>Partner-sourced</b> when the deal's origin says a partner brought it ({@link
 *       DealFacts#partnerSourced()}). The source is the one party other than the owner that holds
 *       the earliest of the {@linkplain #sourcingRoles() sourcing roles} held by anyone (by default
 *       {@code ORIGINATOR}, then {@code REFERRER}). It is an error when no party other than the
 *       owner holds a sourcing role, or when two parties hold the deciding one: sourced credit goes
 *       to exactly one partner.
 *   <li><b>Partner-influenced</b> when the origin says a partner influenced it ({@link
 *       DealFacts#partnerInfluenced()}), or when any party other than the owner takes part in it,
 *       whatever its role.
 *   <li><b>Direct</b> otherwise.
 * </ol>
 *
 * <p>The origin alone decides whether a deal is sourced: roles only decide who the source is, so a
 * deal whose origin is direct is never sourced, even if a partner is recorded as its originator
 * (that partner is then an influencer). The influencers of a deal are all parties other than the
 * owner and the source that take part in it; a sourced deal can have influencers too.
 *
 * <p><b>Credit.</b> Sourced credit is the full amount, to one partner; influenced credit is the
 * full amount, to each influencer. Neither is a split: to divide an amount among partners, use an
 * {@link AttributionModel}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class CreditClassifier {
  private static final CreditClassifier STANDARD =
      new CreditClassifier(ImmutableList.of("ORIGINATOR", "REFERRER"));

  private final ImmutableList<String> sourcingRoles;

  private CreditClassifier(ImmutableList<String> sourcingRoles) {
    this.sourcingRoles = sourcingRoles;
  }

  /** The classifier whose sourcing roles are {@code ORIGINATOR}, then {@code REFERRER}. */
  public static CreditClassifier standard() {
    return STANDARD;
  }

  /**
   * The classifier with the given sourcing roles, earliest deciding first.
   *
   * @throws IllegalArgumentException if there are none, one is invalid, or one is listed twice
   */
  public static CreditClassifier of(List<String> sourcingRoles) {
    checkNotNull(sourcingRoles, "sourcingRoles");
    checkArgument(!sourcingRoles.isEmpty(), "sourcing roles must name at least one role");
    Set<String> seen = new HashSet<>();
    for (String role : sourcingRoles) {
      checkArgument(
          seen.add(Arguments.key("sourcing role", role)),
          "sourcing role %s is listed more than once",
          role);
    }
    return new CreditClassifier(ImmutableList.copyOf(sourcingRoles));
  }

  /** The roles that mark the source of a partner-sourced deal, earliest deciding first. */
  public ImmutableList<String> sourcingRoles() {
    return sourcingRoles;
  }

  /**
   * Classifies one opportunity.
   *
   * @throws IllegalArgumentException if it is partner-sourced but no partner, or more than one,
   *     holds the deciding sourcing role
   */
  public DealCredit classify(DealFacts deal) {
    checkNotNull(deal, "deal");
    return credit(deal);
  }

  /**
   * Classifies a portfolio of opportunities in one currency and totals the credit. Each deal is
   * read through {@code facts}; a deal that is null, whose facts cannot be read, whose amount is in
   * another currency, or that cannot be classified becomes a {@link Problem} of its row, and the
   * rest are still credited.
   *
   * @param deals the opportunities, of any type
   * @param facts reads what crediting needs from one opportunity
   * @param currency the reporting currency, which every amount must be in
   */
  public <D> CreditReport report(
      List<? extends D> deals, Function<? super D, DealFacts> facts, CurrencyUnit currency) {
    checkNotNull(currency, "currency");
    return report(deals, facts, currency, amount -> amount);
  }

  /**
   * Classifies a portfolio of opportunities and totals the credit in the reporting currency,
   * converting each amount with {@code conversion} (a {@link
   * javax.money.convert.CurrencyConversion} to the reporting currency, or any operator that returns
   * the amount in it). Problems are reported per row as for {@link #report(List, Function,
   * CurrencyUnit)}; a conversion that fails or returns another currency is a currency mismatch of
   * that row.
   */
  public <D> CreditReport report(
      List<? extends D> deals,
      Function<? super D, DealFacts> facts,
      CurrencyUnit currency,
      MonetaryOperator conversion) {
    checkNotNull(deals, "deals");
    checkNotNull(facts, "facts");
    checkNotNull(currency, "currency");
    checkNotNull(conversion, "conversion");
    List<DealCredit> credits = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Tally portfolio = new Tally();
    Map<CreditMotion, Tally> byMotion = new EnumMap<>(CreditMotion.class);
    for (CreditMotion motion : CreditMotion.values()) {
      byMotion.put(motion, new Tally());
    }
    Map<PartnerId, Tally[]> byPartner = new TreeMap<>();
    for (int row = 0; row < deals.size(); row++) {
      D deal = deals.get(row);
      if (deal == null) {
        problems.add(Problem.atRow(row, "", ProblemKind.MISSING_VALUE, "deal is missing"));
        continue;
      }
      DealFacts read;
      try {
        read = checkNotNull(facts.apply(deal), "facts of the deal are missing");
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.atRow(row, "", ProblemKind.INVALID_VALUE, String.valueOf(e.getMessage())));
        continue;
      } catch (IllegalStateException | NullPointerException e) {
        problems.add(
            Problem.atRow(row, "", ProblemKind.MISSING_VALUE, String.valueOf(e.getMessage())));
        continue;
      }
      String key = read.id().value();
      BigDecimal amount;
      try {
        MonetaryAmount converted = read.amount().with(conversion);
        checkArgument(
            converted.getCurrency().equals(currency),
            "amount %s of deal %s is in %s, not in the reporting currency %s",
            converted,
            key,
            converted.getCurrency(),
            currency);
        checkArgument(
            !converted.isNegative(),
            "amount %s of deal %s converts to a negative amount %s",
            read.amount(),
            key,
            converted);
        amount = DecimalLimit.number("amount", converted);
      } catch (IllegalArgumentException | MonetaryException e) {
        problems.add(
            Problem.atRow(row, key, ProblemKind.CURRENCY_MISMATCH, String.valueOf(e.getMessage())));
        continue;
      }
      DealCredit credit;
      try {
        credit = credit(read);
      } catch (Unclassifiable e) {
        problems.add(Problem.atRow(row, key, e.kind, e.getMessage()));
        continue;
      }
      credits.add(credit);
      portfolio.add(amount, credit.won());
      byMotion.get(credit.motion()).add(amount, credit.won());
      credit.source().ifPresent(source -> tallies(byPartner, source)[0].add(amount, credit.won()));
      for (PartnerId influencer : credit.influencers()) {
        tallies(byPartner, influencer)[1].add(amount, credit.won());
      }
    }
    ImmutableMap.Builder<CreditMotion, CreditTotals> motions = ImmutableMap.builder();
    byMotion.forEach((motion, tally) -> motions.put(motion, tally.totals(currency)));
    ImmutableMap.Builder<PartnerId, PartnerCredit> partners = ImmutableMap.builder();
    byPartner.forEach(
        (partner, tally) ->
            partners.put(
                partner,
                new PartnerCredit(partner, tally[0].totals(currency), tally[1].totals(currency))));
    return new CreditReport(
        BatchResult.of(credits, problems),
        currency,
        portfolio.totals(currency),
        motions.buildOrThrow(),
        partners.buildOrThrow());
  }

  private static Tally[] tallies(Map<PartnerId, Tally[]> byPartner, PartnerId partner) {
    return byPartner.computeIfAbsent(partner, p -> new Tally[] {new Tally(), new Tally()});
  }

  private DealCredit credit(DealFacts deal) {
    Set<PartnerId> others = new TreeSet<>();
    for (Participant participant : deal.participants()) {
      if (!participant.party().equals(deal.owner())) {
        others.add(participant.party());
      }
    }
    Optional<PartnerId> source = Optional.empty();
    if (deal.partnerSourced()) {
      source = Optional.of(source(deal));
    }
    CreditMotion motion;
    if (source.isPresent()) {
      motion = CreditMotion.PARTNER_SOURCED;
      others.remove(source.get());
    } else if (deal.partnerInfluenced() || !others.isEmpty()) {
      motion = CreditMotion.PARTNER_INFLUENCED;
    } else {
      motion = CreditMotion.DIRECT;
    }
    return new DealCredit(
        deal.id(), motion, source, ImmutableSortedSet.copyOf(others), deal.amount(), deal.won());
  }

  private PartnerId source(DealFacts deal) {
    for (String role : sourcingRoles) {
      Set<PartnerId> holders = new TreeSet<>();
      for (Participant participant : deal.participants()) {
        if (participant.role().equals(role) && !participant.party().equals(deal.owner())) {
          holders.add(participant.party());
        }
      }
      if (holders.size() > 1) {
        throw new Unclassifiable(
            ProblemKind.DUPLICATE,
            String.format(
                "partner-sourced deal %s has %s partners in sourcing role %s: %s; sourced credit"
                    + " goes to exactly one",
                deal.id(), holders.size(), role, holders));
      }
      if (holders.size() == 1) {
        return holders.iterator().next();
      }
    }
    throw new Unclassifiable(
        ProblemKind.MISSING_VALUE,
        String.format(
            "partner-sourced deal %s has no partner other than the owner %s in a sourcing role %s",
            deal.id(), deal.owner(), sourcingRoles));
  }

  @Override
  public String toString() {
    return "CreditClassifier[sourcing roles " + sourcingRoles + "]";
  }

  /** A deal that cannot be classified, with the kind of problem it has. */
  private static final class Unclassifiable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemKind kind;

    Unclassifiable(ProblemKind kind, String message) {
      super(message);
      this.kind = kind;
    }
  }

  /** Running counts and exact sums. */
  private static final class Tally {
    private long deals;
    private long won;
    private BigDecimal amount = BigDecimal.ZERO;
    private BigDecimal wonAmount = BigDecimal.ZERO;

    void add(BigDecimal value, boolean isWon) {
      deals++;
      amount = amount.add(value);
      if (isWon) {
        won++;
        wonAmount = wonAmount.add(value);
      }
    }

    CreditTotals totals(CurrencyUnit currency) {
      return new CreditTotals(
          deals,
          Money.of(MinorUnits.round(amount, currency), currency),
          won,
          Money.of(MinorUnits.round(wonAmount, currency), currency));
    }
  }
}
