package org.alliancekit.examples;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.attribution.credit.CreditClassifier;
import org.alliancekit.attribution.credit.CreditMotion;
import org.alliancekit.attribution.credit.CreditReport;
import org.alliancekit.attribution.credit.CreditTotals;
import org.alliancekit.attribution.credit.OpportunityCredit;
import org.alliancekit.attribution.credit.PartnerCredit;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.attribution.game.ShapleyValues;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.report.sample.SamplePortfolio;
import org.javamoney.moneta.Money;

/**
 * Who gets credit for co-sold deals, three ways.
 *
 * <ol>
 *   <li><b>Sourced and influenced credit</b> over the sample's opportunities, in pounds at the
 *       sample's rates: a partner-sourced deal credits its one originating partner in full, a deal
 *       partners took part in credits each of them in full as influenced. Influenced credit is
 *       therefore not a split: the partners' influenced totals may add up to more than the
 *       portfolio.
 *   <li><b>A role-weighted split</b> of one joint-venture deal: each partner earns the weight of
 *       its roles (originator 0.5, co-seller 0.3, technology provider 0.2, ...), and the amount is
 *       split in proportion, exactly to the penny.
 *   <li><b>Shapley values</b> of a small game: what the won revenue of deals worked by each set of
 *       three partners says about each partner's contribution, averaged over every order in which
 *       they could have joined.
 * </ol>
 *
 * <p>Run it with {@code java org.alliancekit.examples.CoSellAttribution}.
 */
public final class CoSellAttribution {
  /** The deal split by role weights: the joint venture co-selling with both its parents. */
  static final OpportunityId SPLIT_DEAL = OpportunityId.of("opp-26-005");

  /** The platform vendor of the Shapley game. */
  static final PartnerId PLATFORM = PartnerId.of("corvane");

  /** The software vendor of the Shapley game. */
  static final PartnerId SOFTWARE = PartnerId.of("plaidwick");

  /** The adviser of the Shapley game. */
  static final PartnerId ADVISER = PartnerId.of("haldenpryce");

  private CoSellAttribution() {}

  /**
   * Prints the three kinds of credit to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the three kinds of credit to {@code out}. */
  public static void run(PrintStream out) {
    PortfolioData data = SamplePortfolio.read();
    CurrencyUnit gbp = Monetary.getCurrency("GBP");

    // 1. Sourced and influenced credit, every amount converted to pounds at the sample's rates.
    CreditReport credit =
        CreditClassifier.standard()
            .report(
                data.opportunities(),
                OpportunityCredit::facts,
                gbp,
                amount -> data.rates().convert(amount, gbp).orElseThrow());
    out.printf(
        Locale.ROOT,
        "Credit of %d opportunities in GBP (%d could not be credited)%n",
        credit.portfolio().deals(),
        credit.deals().problems().size());
    out.printf(
        Locale.ROOT, "%-20s %5s %18s %5s %18s%n", "motion", "deals", "amount", "won", "won amount");
    for (CreditMotion motion : CreditMotion.values()) {
      out.println(totals(motion.name(), credit.motion(motion)));
    }
    out.println(totals("portfolio", credit.portfolio()));

    out.println();
    out.println("Partners that sourced the most won business, with what they influenced:");
    out.printf(
        Locale.ROOT,
        "%-14s %5s %18s %5s %18s%n",
        "partner",
        "won",
        "sourced and won",
        "won",
        "influenced, won");
    List<PartnerCredit> partners =
        credit.byPartner().values().stream()
            .sorted(
                Comparator.comparing((PartnerCredit partner) -> partner.sourced().wonAmount())
                    .reversed()
                    .thenComparing(PartnerCredit::partner))
            .limit(5)
            .toList();
    for (PartnerCredit partner : partners) {
      out.printf(
          Locale.ROOT,
          "%-14s %5d %18s %5d %18s%n",
          partner.partner(),
          partner.sourced().won(),
          Text.number(partner.sourced().wonAmount()),
          partner.influenced().won(),
          Text.number(partner.influenced().wonAmount()));
    }

    // 2. One deal split between its partners by the weights of their roles.
    Opportunity deal =
        data.opportunities().stream()
            .filter(opportunity -> opportunity.id().equals(SPLIT_DEAL))
            .findFirst()
            .orElseThrow();
    MoneySplit split = OpportunityCredit.roleWeightedSplit(RoleWeighted.standard(), deal);
    out.println();
    out.printf(
        Locale.ROOT,
        "Role-weighted split of %s, %s (%s):%n",
        deal.id(),
        deal.name(),
        Text.money(deal.amount()));
    for (Map.Entry<PartnerId, MonetaryAmount> part : split.parts().entrySet()) {
      String roles =
          deal.involvementsOf(part.getKey()).stream()
              .map(Involvement::role)
              .map(Enum::name)
              .reduce((a, b) -> a + "+" + b)
              .orElse("");
      out.printf(
          Locale.ROOT, "  %-12s %-20s %16s%n", part.getKey(), roles, Text.number(part.getValue()));
    }

    // 3. Shapley values of a three-partner game: won revenue, in GBP thousands, of the deals
    // worked by exactly each set of partners.
    CharacteristicFunction game =
        CharacteristicFunction.ofTable(
            Map.of(
                Set.of(PLATFORM), 100.0,
                Set.of(SOFTWARE), 60.0,
                Set.of(ADVISER), 0.0,
                Set.of(PLATFORM, SOFTWARE), 200.0,
                Set.of(PLATFORM, ADVISER), 150.0,
                Set.of(SOFTWARE, ADVISER), 90.0,
                Set.of(PLATFORM, SOFTWARE, ADVISER), 300.0));
    ShapleyValues values = Shapley.exact().values(game);
    MoneySplit shapleySplit = values.shares().split(Money.of(300_000, gbp));
    out.println();
    out.println("Shapley values of a three-partner game (won revenue in GBP thousands):");
    for (PartnerId player : game.players()) {
      out.printf(
          Locale.ROOT,
          "  %-12s %8.3f  share %6s  %16s%n",
          player,
          values.value(player),
          Text.percent(values.shares().share(player)),
          Text.number(shapleySplit.part(player)));
    }
  }

  private static String totals(String label, CreditTotals totals) {
    return String.format(
        Locale.ROOT,
        "%-20s %5d %18s %5d %18s",
        label,
        totals.deals(),
        Text.number(totals.amount()),
        totals.won(),
        Text.number(totals.wonAmount()));
  }
}
