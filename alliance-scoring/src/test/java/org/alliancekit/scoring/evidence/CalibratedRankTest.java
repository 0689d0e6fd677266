package org.alliancekit.scoring.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CalibratedRankTest {
  private static MonetaryAmount gbp(String amount) {
    return Money.of(new BigDecimal(amount), "GBP");
  }

  private static CalibratedUplift uplift(String id, String proportional, String p50) {
    return new CalibratedUplift(
        RelationshipId.of(id),
        proportional == null ? Optional.empty() : Optional.of(gbp(proportional)),
        gbp(p50).divide(2),
        gbp(p50),
        gbp(p50).multiply(2));
  }

  @Test
  void ranksByTheMedianAndShowsTheProportionalRankBeside() {
    List<CalibratedRank> ranks =
        CalibratedRank.rank(
            List.of(
                uplift("a", "900", "100"),
                uplift("b", "500", "300"),
                uplift("c", null, "200"),
                uplift("d", "700", "300")));
    // By median: b and d tie at 300 (b first by id), then c, then a.
    assertEquals(
        List.of("b", "d", "c", "a"),
        ranks.stream().map(r -> r.uplift().relationship().value()).toList());
    assertEquals(List.of(1, 2, 3, 4), ranks.stream().map(CalibratedRank::rankP50).toList());
    // Proportionally: a 900, d 700, b 500; c has none.
    assertEquals(
        List.of(OptionalInt.of(3), OptionalInt.of(2), OptionalInt.empty(), OptionalInt.of(1)),
        ranks.stream().map(CalibratedRank::rankProportional).toList());
    assertEquals(OptionalInt.of(2), ranks.get(0).change());
    assertEquals(OptionalInt.of(-3), ranks.get(3).change());
  }

  @Test
  void refusesMixedCurrenciesAndRepeats() {
    CalibratedUplift euro =
        new CalibratedUplift(
            RelationshipId.of("e"),
            Optional.empty(),
            Money.of(1, "EUR"),
            Money.of(1, "EUR"),
            Money.of(1, "EUR"));
    assertThrows(
        IllegalArgumentException.class,
        () -> CalibratedRank.rank(List.of(uplift("a", "1", "1"), euro)));
    assertThrows(
        IllegalArgumentException.class,
        () -> CalibratedRank.rank(List.of(uplift("a", "1", "1"), uplift("a", "2", "2"))));
  }
}
