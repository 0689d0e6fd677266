package org.alliancekit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.attribution.touch.TouchModel;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input to the attribution verbs gets an {@link IllegalArgumentException} naming the field and
 * value, quickly, or a correct result: never a hang, a NaN or a {@link NullPointerException} from
 * our own code.
 */
class BadInputCatalogueTest {
  private static final Duration QUICKLY = Duration.ofSeconds(5);
  private static final BigDecimal TINY = new BigDecimal("1E-999999999");
  private static final BigDecimal HUGE = new BigDecimal("1E+999999999");
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final PartnerId GLOBEX = PartnerId.of("globex");

  private static void rejects(Executable call, String... fragments) {
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            QUICKLY, () -> assertThrows(IllegalArgumentException.class, call));
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage().contains(fragment),
          () -> "message '" + e.getMessage() + "' does not name '" + fragment + "'");
    }
    assertTrue(e.getMessage().length() < 1_000, () -> "message of " + e.getMessage().length());
  }

  @Test
  void shapleyRefusesGamesTooLargeForExactValuesAndSaysWhatToUseInstead() {
    List<PartnerId> players = new ArrayList<>();
    for (int i = 0; i < Shapley.MAX_EXACT_PLAYERS + 1; i++) {
      players.add(PartnerId.of("p" + i));
    }
    CharacteristicFunction big = CharacteristicFunction.of(players, coalition -> coalition.size());
    rejects(
        () -> Shapley.exact().values(big),
        "21 players",
        "at most 20",
        "Shapley.sampled(permutations, seed)");
    // The estimate of the same game finishes, with the additive game's exact answer, 1 each.
    assertEquals(1.0, Shapley.sampled(50, 7).values(big).value(PartnerId.of("p3")), 1e-12);
  }

  @Test
  void attributionRefusesNaNInfiniteAndNegativeWeightsAndEmptyGames() {
    rejects(() -> CharacteristicFunction.of(List.of(), c -> 1), "at least one player");
    rejects(() -> CharacteristicFunction.of(List.of(ACME, ACME), c -> 1), "acme", "more than once");
    rejects(
        () -> Shapley.exact().values(CharacteristicFunction.of(List.of(ACME), c -> Double.NaN)),
        "NaN");
    rejects(() -> Shapley.sampled(1, 42), "permutations 1");
    rejects(() -> RoleWeighted.of(Map.of("ORIGINATOR", Double.NaN)), "NaN", "ORIGINATOR");
    rejects(() -> RoleWeighted.of(Map.of("ORIGINATOR", -1.0)), "-1.0", "ORIGINATOR");
    rejects(
        () -> RoleWeighted.standard().shares(List.of(Participant.of(ACME, "NO_SUCH_ROLE"))),
        "NO_SUCH_ROLE");
    rejects(() -> Shares.of(Map.of(ACME, Double.POSITIVE_INFINITY)), "Infinity");
    rejects(() -> TouchModel.timeDecay(Duration.ZERO), "PT0S");
    rejects(() -> TouchModel.positionBased(Double.NaN, 0.4), "NaN");
  }

  @Test
  void moneySplitsRefuseAbsurdDecimalsQuicklyAndSplitHugeButSaneAmountsExactly() {
    rejects(
        () ->
            MoneySplit.proportional(
                Money.of(100, "EUR"), Map.of(ACME, TINY, GLOBEX, BigDecimal.ONE)),
        "weight of party acme",
        "1E-999999999");
    rejects(
        () -> MoneySplit.proportional(Money.of(HUGE, "EUR"), Map.of(ACME, BigDecimal.ONE)),
        "1E+999999999");
    rejects(
        () -> MoneySplit.proportional(Money.of(100, "EUR"), Map.of(ACME, BigDecimal.ONE.negate())),
        "weight -1 of party acme");
    rejects(() -> MoneySplit.proportional(Money.of(100, "EUR"), Map.of()), "at least one party");
    MonetaryAmount large = Money.of(new BigDecimal("9".repeat(60) + ".99"), "EUR");
    MoneySplit split =
        MoneySplit.proportional(large, Map.of(ACME, BigDecimal.ONE, GLOBEX, BigDecimal.ONE));
    assertEquals(large, split.part(ACME).add(split.part(GLOBEX)));
  }

  @Test
  void emptyInputsGiveClearErrors() {
    rejects(() -> RoleWeighted.standard().shares(List.of()), "no parties");
    Map<Set<PartnerId>, Double> table = new HashMap<>();
    rejects(() -> CharacteristicFunction.ofTable(table), "at least one player");
  }
}
