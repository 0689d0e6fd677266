package org.alliancekit.model.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One tier of a partner programme, such as "Gold", with the rules a partner must meet to qualify
 * for it: a minimum won revenue in the trailing twelve months, a minimum number of valid
 * competencies, named competencies it must hold, and a minimum overall score of its latest
 * assessment. A partner qualifies for a tier when it meets every rule.
 *
 * <p>Tiers are ordered by {@link #rank()}: rank 1 is the lowest. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class ProgrammeTier implements WithProgrammeTier {
  ProgrammeTier() {}

  /** The tier's name, such as "Gold", unique in a portfolio. */
  public abstract String name();

  /** The tier's place in the order, 1 for the lowest, unique in a portfolio. */
  public abstract int rank();

  /**
   * The least won revenue the partner must have in the twelve months up to the day asked about; its
   * currency is the one revenue in other currencies is converted into. Zero for no minimum.
   */
  public abstract MonetaryAmount minWonRevenue();

  /** The least number of competencies valid on the day asked about; 0 unless set. */
  @Value.Default
  public int minCompetencies() {
    return 0;
  }

  /** The competencies, by name, the partner must hold valid on the day asked about. */
  public abstract ImmutableSet<String> requiredCompetencies();

  /**
   * The least overall score, in [0, 1], of the partner's latest assessment, if the tier asks for
   * one.
   */
  public abstract Optional<BigDecimal> minScore();

  /** Returns a new builder; the name, rank and minimum won revenue are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeTier}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableProgrammeTier.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("tier name", name());
    checkArgument(rank() >= 1, "tier %s has rank %s, which must be at least 1", name(), rank());
    Checks.nonNegative("tier " + name() + " minimum won revenue", minWonRevenue());
    checkArgument(
        minCompetencies() >= 0,
        "tier %s asks for %s competencies, which must not be negative",
        name(),
        minCompetencies());
    Checks.names("required competency", requiredCompetencies());
    minScore().ifPresent(score -> Checks.fraction("tier " + name() + " minimum score", score));
  }
}
