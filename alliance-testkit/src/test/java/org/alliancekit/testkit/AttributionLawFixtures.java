package org.alliancekit.testkit;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.alliancekit.attribution.AttributionModel;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.attribution.Shares;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.Touch;
import org.alliancekit.attribution.touch.TouchModel;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;

/**
 * Attribution models that break a law on purpose, and law containers that run them. They are run
 * only by {@link AttributionModelLawsTest}, through {@link FixtureRunner}, which checks how they
 * fail.
 */
final class AttributionLawFixtures {
  private AttributionLawFixtures() {}

  // ---- broken models ----

  /** The standard role weights, but each money part rounded half up on its own. */
  static final class RoundsEachPart implements AttributionModel<Collection<Participant>> {
    @Override
    public Shares shares(Collection<Participant> deal) {
      return RoleWeighted.standard().shares(deal);
    }

    @Override
    public MoneySplit split(Collection<Participant> deal, MonetaryAmount amount) {
      int digits = amount.getCurrency().getDefaultFractionDigits();
      Map<PartnerId, MonetaryAmount> parts = new LinkedHashMap<>();
      shares(deal)
          .values()
          .forEach(
              (party, share) ->
                  parts.put(
                      party,
                      Money.of(
                          number(amount)
                              .multiply(BigDecimal.valueOf(share))
                              .setScale(digits, RoundingMode.HALF_UP),
                          amount.getCurrency())));
      return new MoneySplit(amount, ImmutableMap.copyOf(parts));
    }

    @Override
    public String toString() {
      return "RoundsEachPart";
    }
  }

  /** The standard role weights, each part the exact share of the amount, never rounded. */
  static final class NeverRounds implements AttributionModel<Collection<Participant>> {
    @Override
    public Shares shares(Collection<Participant> deal) {
      return RoleWeighted.standard().shares(deal);
    }

    @Override
    public MoneySplit split(Collection<Participant> deal, MonetaryAmount amount) {
      Map<PartnerId, MonetaryAmount> parts = new LinkedHashMap<>();
      shares(deal)
          .values()
          .forEach(
              (party, share) ->
                  parts.put(
                      party,
                      Money.of(
                          number(amount).multiply(BigDecimal.valueOf(share)),
                          amount.getCurrency())));
      return new MoneySplit(amount, ImmutableMap.copyOf(parts));
    }

    @Override
    public String toString() {
      return "NeverRounds";
    }
  }

  /**
   * All credit to the party whose roles weigh most by the standard weights; a tie goes to the party
   * listed first.
   */
  static final class FirstListedWinsTies implements AttributionModel<Collection<Participant>> {
    @Override
    public Shares shares(Collection<Participant> deal) {
      Map<PartnerId, Double> earned = new LinkedHashMap<>();
      for (Participant participant : deal) {
        earned.merge(
            participant.party(),
            RoleWeighted.standard().weights().get(participant.role()),
            Double::sum);
      }
      PartnerId winner = null;
      for (Map.Entry<PartnerId, Double> entry : earned.entrySet()) {
        if (winner == null || entry.getValue() > earned.get(winner)) {
          winner = entry.getKey();
        }
      }
      Map<PartnerId, Double> shares = new LinkedHashMap<>();
      for (PartnerId party : earned.keySet()) {
        shares.put(party, party.equals(winner) ? 1.0 : 0.0);
      }
      return Shares.of(shares);
    }

    @Override
    public String toString() {
      return "FirstListedWinsTies";
    }
  }

  /** Every player of the game gets the same share, whatever it adds. */
  static final class EqualSplitOfPlayers implements AttributionModel<CharacteristicFunction> {
    @Override
    public Shares shares(CharacteristicFunction game) {
      Map<PartnerId, Double> shares = new LinkedHashMap<>();
      game.players().forEach(player -> shares.put(player, 1.0));
      return Shares.proportional(shares);
    }

    @Override
    public String toString() {
      return "EqualSplitOfPlayers";
    }
  }

  /**
   * All credit to the first touch, except that a tie of touches on the first day goes to the
   * partner whose id comes first, not to the touch listed first.
   */
  static final class FirstDayTieByPartnerId implements AttributionModel<Journey> {
    @Override
    public Shares shares(Journey journey) {
      List<Touch> touches = journey.touches();
      PartnerId winner =
          touches.stream()
              .filter(touch -> touch.date().equals(touches.get(0).date()))
              .map(Touch::party)
              .min(PartnerId::compareTo)
              .orElseThrow();
      Map<PartnerId, Double> shares = new LinkedHashMap<>();
      journey.parties().forEach(party -> shares.put(party, party.equals(winner) ? 1.0 : 0.0));
      return Shares.of(shares);
    }

    @Override
    public String toString() {
      return "FirstDayTieByPartnerId";
    }
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  // ---- law containers ----

  abstract static class DealLaws implements AttributionModelLaws<Collection<Participant>> {
    @Override
    public AttributionInputs<?, Collection<Participant>> inputs() {
      return AttributionInputs.deals();
    }
  }

  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class RoundingEachPart extends DealLaws {
    @Override
    public AttributionModel<Collection<Participant>> model() {
      return new RoundsEachPart();
    }
  }

  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class NotRounding extends DealLaws {
    @Override
    public AttributionModel<Collection<Participant>> model() {
      return new NeverRounds();
    }
  }

  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class TieToTheFirstListed extends DealLaws {
    @Override
    public AttributionModel<Collection<Participant>> model() {
      return new FirstListedWinsTies();
    }
  }

  /** The tie-break model again, not claiming symmetry. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class TieToTheFirstListedWithoutSymmetry extends DealLaws {
    @Override
    public AttributionModel<Collection<Participant>> model() {
      return new FirstListedWinsTies();
    }

    @Override
    public Set<AttributionLaw> disabledLaws() {
      return Set.of(AttributionLaw.SYMMETRY);
    }
  }

  /** Weights for originators only, run on deals with every role. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class OriginatorsOnlyOnEveryRole extends DealLaws {
    @Override
    public AttributionModel<Collection<Participant>> model() {
      return RoleWeighted.of(Map.of("ORIGINATOR", 1.0));
    }
  }

  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class EqualSplitOfGames implements AttributionModelLaws<CharacteristicFunction> {
    @Override
    public AttributionModel<CharacteristicFunction> model() {
      return new EqualSplitOfPlayers();
    }

    @Override
    public AttributionInputs<?, CharacteristicFunction> inputs() {
      return AttributionInputs.games();
    }
  }

  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class FirstDayTieByName implements AttributionModelLaws<Journey> {
    @Override
    public AttributionModel<Journey> model() {
      return new FirstDayTieByPartnerId();
    }

    @Override
    public AttributionInputs<?, Journey> inputs() {
      return AttributionInputs.journeys();
    }
  }

  /** A correct model on journeys, which name no interchangeable or null players and no order. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class LinearOnJourneys implements AttributionModelLaws<Journey> {
    @Override
    public AttributionModel<Journey> model() {
      return TouchModel.linear();
    }

    @Override
    public AttributionInputs<?, Journey> inputs() {
      return AttributionInputs.journeys();
    }
  }
}
