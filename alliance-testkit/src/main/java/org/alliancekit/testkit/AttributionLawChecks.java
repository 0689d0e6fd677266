package org.alliancekit.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.AttributionModel;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Shares;
import org.alliancekit.model.party.PartnerId;

/**
 * The bodies of the {@link AttributionModelLaws} properties. Each check throws an {@link
 * AssertionError} whose message names the law, the model and what went wrong; jqwik then shrinks
 * the case and the amount and reports the smallest ones that still break the law.
 */
final class AttributionLawChecks {
  private static final double TOLERANCE = AttributionModelLaws.TOLERANCE;

  private AttributionLawChecks() {}

  static <I> void efficiency(
      AttributionModelLaws<I> laws, AttributionCase<I> c, MonetaryAmount amount) {
    AttributionLaw law = AttributionLaw.EFFICIENCY;
    AttributionModel<I> model = laws.model();
    Shares shares = shares(law, model, c, c.input());
    double sum = 0;
    for (Map.Entry<PartnerId, Double> share : shares.values().entrySet()) {
      double value = share.getValue();
      check(
          Double.isFinite(value) && value >= 0 && value <= 1,
          law,
          model,
          "the share of %s is %s, outside [0, 1]",
          share.getKey(),
          value);
      sum += value;
    }
    check(
        Math.abs(sum - 1) <= TOLERANCE,
        law,
        model,
        "shares %s sum to %s, not 1",
        shares.values(),
        sum);
    if (c.parties().isPresent()) {
      Set<PartnerId> outsiders = difference(shares.parties(), c.parties().get());
      check(
          outsiders.isEmpty(),
          law,
          model,
          "shares %s credit %s, who are not parties of the input %s",
          shares.values(),
          outsiders,
          c.parties().get());
    }
    MoneySplit split = split(law, model, c, c.input(), amount);
    check(
        split.amount().getCurrency().equals(amount.getCurrency())
            && number(split.amount()).compareTo(number(amount)) == 0,
        law,
        model,
        "asked to split %s, the split is of %s",
        amount,
        split.amount());
    Set<PartnerId> unshared = difference(split.parts().keySet(), shares.parties());
    check(
        unshared.isEmpty(),
        law,
        model,
        "splitting %s pays %s, who have no share in %s",
        amount,
        unshared,
        shares.values());
    int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
    BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<PartnerId, MonetaryAmount> part : split.parts().entrySet()) {
      MonetaryAmount money = part.getValue();
      check(
          money.getCurrency().equals(amount.getCurrency()),
          law,
          model,
          "splitting %s gives %s the part %s, in another currency",
          amount,
          part.getKey(),
          money);
      check(
          number(money).stripTrailingZeros().scale() <= digits,
          law,
          model,
          "splitting %s gives %s the part %s, finer than the currency's minor unit of %s",
          amount,
          part.getKey(),
          number(money).toPlainString(),
          unit.toPlainString());
      total = total.add(number(money));
    }
    check(
        total.compareTo(number(amount)) == 0,
        law,
        model,
        "splitting %s gives the parts %s, which add up to %s",
        amount,
        split.parts(),
        total.toPlainString());
    BigDecimal slack = unit.add(number(amount).abs().multiply(BigDecimal.valueOf(TOLERANCE)));
    for (PartnerId party : shares.parties()) {
      BigDecimal quota = number(amount).multiply(BigDecimal.valueOf(shares.share(party)));
      BigDecimal part = number(split.part(party));
      check(
          part.subtract(quota).abs().compareTo(slack) <= 0,
          law,
          model,
          "splitting %s gives %s the part %s, but its share %s of the amount is %s: more than one"
              + " minor unit away",
          amount,
          party,
          part.toPlainString(),
          shares.share(party),
          quota.stripTrailingZeros().toPlainString());
    }
  }

  static <I> void symmetry(
      AttributionModelLaws<I> laws, AttributionCase<I> c, MonetaryAmount amount) {
    AttributionLaw law = AttributionLaw.SYMMETRY;
    if (c.interchangeablePlayers().isEmpty()) {
      return;
    }
    AttributionModel<I> model = laws.model();
    Shares shares = shares(law, model, c, c.input());
    double tolerance = laws.equalShareTolerance(c.input());
    MoneySplit split = split(law, model, c, c.input(), amount);
    // One minor unit for the odd unit of the split, plus what the share tolerance allows.
    BigDecimal slack =
        BigDecimal.ONE
            .movePointLeft(Math.max(0, amount.getCurrency().getDefaultFractionDigits()))
            .add(number(amount).abs().multiply(BigDecimal.valueOf(tolerance)));
    for (ImmutableSet<PartnerId> group : c.interchangeablePlayers()) {
      ImmutableList<PartnerId> players = group.asList();
      PartnerId first = players.get(0);
      for (PartnerId other : players.subList(1, players.size())) {
        check(
            close(shares.share(first), shares.share(other), tolerance),
            law,
            model,
            "interchangeable players %s and %s get the shares %s and %s",
            first,
            other,
            shares.share(first),
            shares.share(other));
        BigDecimal a = number(split.part(first));
        BigDecimal b = number(split.part(other));
        check(
            a.subtract(b).abs().compareTo(slack) <= 0,
            law,
            model,
            "splitting %s gives interchangeable players %s and %s the parts %s and %s, more than"
                + " one minor unit apart%s",
            amount,
            first,
            other,
            a.toPlainString(),
            b.toPlainString(),
            tolerance > TOLERANCE ? " and the share tolerance " + tolerance : "");
      }
    }
  }

  static <I> void nullPlayer(
      AttributionModelLaws<I> laws, AttributionCase<I> c, MonetaryAmount amount) {
    AttributionLaw law = AttributionLaw.NULL_PLAYER;
    if (c.nullPlayers().isEmpty()) {
      return;
    }
    AttributionModel<I> model = laws.model();
    Shares shares = shares(law, model, c, c.input());
    double tolerance = laws.equalShareTolerance(c.input());
    MoneySplit split = split(law, model, c, c.input(), amount);
    for (PartnerId player : c.nullPlayers()) {
      check(
          shares.share(player) <= tolerance,
          law,
          model,
          "null player %s gets the share %s",
          player,
          shares.share(player));
      check(
          split.part(player).isZero(),
          law,
          model,
          "splitting %s gives null player %s the part %s",
          amount,
          player,
          split.part(player));
    }
  }

  static <I> void independentOfInputOrder(
      AttributionModelLaws<I> laws, AttributionCase<I> c, long seed, MonetaryAmount amount) {
    AttributionLaw law = AttributionLaw.INDEPENDENT_OF_INPUT_ORDER;
    Optional<I> reordered = c.reordered(new Random(seed));
    if (reordered.isEmpty()) {
      return;
    }
    AttributionModel<I> model = laws.model();
    I other = reordered.get();
    Shares given = shares(law, model, c, c.input());
    Shares moved = shares(law, model, c, other);
    double tolerance =
        Math.max(laws.equalShareTolerance(c.input()), laws.equalShareTolerance(other));
    check(
        given.parties().equals(moved.parties()),
        law,
        model,
        "in the order %s the shares credit %s, in the order given %s",
        other,
        moved.parties(),
        given.parties());
    for (PartnerId party : given.parties()) {
      check(
          close(given.share(party), moved.share(party), tolerance),
          law,
          model,
          "in the order %s the share of %s is %s, in the order given %s",
          other,
          party,
          moved.share(party),
          given.share(party));
    }
    MoneySplit a = split(law, model, c, c.input(), amount);
    MoneySplit b = split(law, model, c, other, amount);
    check(
        sameParts(a, b),
        law,
        model,
        "in the order %s splitting %s gives %s, in the order given %s",
        other,
        amount,
        b.parts(),
        a.parts());
  }

  static <I> void anonymity(AttributionModelLaws<I> laws, AttributionCase<I> c, int pick) {
    AttributionLaw law = AttributionLaw.ANONYMITY;
    AttributionModel<I> model = laws.model();
    Shares given = shares(law, model, c, c.input());
    ImmutableList<PartnerId> parties = given.parties().asList();
    int n = parties.size();
    if (n < 2) {
      return;
    }
    int first = Math.floorMod(pick, n);
    int second = (first + 1 + Math.floorMod(pick / n, n - 1)) % n;
    PartnerId a = parties.get(first);
    PartnerId b = parties.get(second);
    UnaryOperator<PartnerId> swap = party -> party.equals(a) ? b : party.equals(b) ? a : party;
    Optional<I> renamed = c.renamed(swap);
    if (renamed.isEmpty()) {
      return;
    }
    Shares swapped = shares(law, model, c, renamed.get());
    double tolerance =
        Math.max(laws.equalShareTolerance(c.input()), laws.equalShareTolerance(renamed.get()));
    for (PartnerId party : parties) {
      PartnerId newName = swap.apply(party);
      check(
          close(swapped.share(newName), given.share(party), tolerance),
          law,
          model,
          "with %s and %s swapped, %s (formerly %s) gets the share %s instead of %s",
          a,
          b,
          newName,
          party,
          swapped.share(newName),
          given.share(party));
    }
    Set<PartnerId> extra =
        difference(
            swapped.parties(),
            given.parties().stream().map(swap).collect(ImmutableSet.toImmutableSet()));
    check(
        extra.isEmpty(),
        law,
        model,
        "with %s and %s swapped, the shares also credit %s",
        a,
        b,
        extra);
  }

  // ---- helpers ----

  private static <I> Shares shares(
      AttributionLaw law, AttributionModel<I> model, AttributionCase<I> c, I input) {
    Shares shares;
    try {
      shares = model.shares(input);
    } catch (IllegalArgumentException e) {
      throw failure(
          law,
          model,
          String.format(
              "the model rejected %s: %s. If the model accepts only some inputs, give inputs()"
                  + " that generate only those.",
              input == c.input() ? "the input " + c : "the input " + c + " given as " + input,
              e.getMessage()));
    }
    check(shares != null, law, model, "the model returned no shares for %s", c);
    return shares;
  }

  private static <I> MoneySplit split(
      AttributionLaw law,
      AttributionModel<I> model,
      AttributionCase<I> c,
      I input,
      MonetaryAmount amount) {
    MoneySplit split;
    try {
      split = model.split(input, amount);
    } catch (IllegalArgumentException e) {
      throw failure(law, model, String.format("splitting %s failed: %s", amount, e.getMessage()));
    }
    check(split != null, law, model, "the model returned no split of %s for %s", amount, c);
    return split;
  }

  private static boolean sameParts(MoneySplit a, MoneySplit b) {
    if (!a.parts().keySet().equals(b.parts().keySet())) {
      return false;
    }
    for (PartnerId party : a.parts().keySet()) {
      if (number(a.part(party)).compareTo(number(b.part(party))) != 0
          || !a.part(party).getCurrency().equals(b.part(party).getCurrency())) {
        return false;
      }
    }
    return true;
  }

  private static Set<PartnerId> difference(Set<PartnerId> a, Set<PartnerId> b) {
    return a.stream().filter(x -> !b.contains(x)).collect(ImmutableSet.toImmutableSet());
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  private static boolean close(double a, double b, double tolerance) {
    return a == b || Math.abs(a - b) <= tolerance;
  }

  private static void check(
      boolean condition,
      AttributionLaw law,
      AttributionModel<?> model,
      String message,
      Object... args) {
    if (!condition) {
      throw failure(law, model, String.format(message, args));
    }
  }

  private static AssertionError failure(
      AttributionLaw law, AttributionModel<?> model, String message) {
    return new AssertionError(law + " broken by " + model + ": " + message);
  }
}
