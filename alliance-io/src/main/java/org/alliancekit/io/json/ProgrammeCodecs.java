package org.alliancekit.io.json;

import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.IncentiveKind;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;

/** The JSON codecs of {@code org.alliancekit.model.programme}. */
final class ProgrammeCodecs {
  private ProgrammeCodecs() {}

  static void register(ModelModule module) {
    tier(module);
    partnerTier(module);
    incentive(module);
    solutionNeed(module);
  }

  private static void tier(ModelModule module) {
    PropertyTable<ProgrammeTier> table = new PropertyTable<>();
    var name = table.string("name", ProgrammeTier::name);
    var rank = table.wholeNumber("rank", tier -> (long) tier.rank());
    var minWonRevenue =
        table.value("minWonRevenue", MonetaryAmount.class, ProgrammeTier::minWonRevenue);
    var minCompetencies =
        table.add(
            "minCompetencies",
            tier -> (long) tier.minCompetencies(),
            Out::wholeNumber,
            (in, n) -> in.has(n) ? in.wholeNumber(n) : 0L);
    var required =
        table.list("requiredCompetencies", String.class, ProgrammeTier::requiredCompetencies);
    var minScore = table.optionalDecimal("minScore", ProgrammeTier::minScore);
    module.object(
        ProgrammeTier.class,
        table,
        in ->
            ProgrammeTier.builder()
                .name(name.read(in))
                .rank(whole("rank", rank.read(in)))
                .minWonRevenue(minWonRevenue.read(in))
                .minCompetencies(whole("minCompetencies", minCompetencies.read(in)))
                .requiredCompetencies(required.read(in))
                .minScore(minScore.read(in))
                .build());
  }

  private static void partnerTier(ModelModule module) {
    PropertyTable<PartnerTier> table = new PropertyTable<>();
    var partner = table.value("partner", PartnerId.class, PartnerTier::partner);
    var tier = table.string("tier", PartnerTier::tier);
    module.object(PartnerTier.class, table, in -> PartnerTier.of(partner.read(in), tier.read(in)));
  }

  private static void incentive(ModelModule module) {
    PropertyTable<Incentive> table = new PropertyTable<>();
    var programme = table.string("programme", Incentive::programme);
    var kind = table.constant("kind", IncentiveKind.class, Incentive::kind);
    var tier = table.optionalString("tier", Incentive::tier);
    var ratePercent = table.decimal("ratePercent", Incentive::ratePercent);
    var threshold = table.optional("threshold", MonetaryAmount.class, Incentive::threshold);
    module.object(
        Incentive.class,
        table,
        in ->
            Incentive.builder()
                .programme(programme.read(in))
                .kind(kind.read(in))
                .tier(tier.read(in))
                .ratePercent(ratePercent.read(in))
                .threshold(threshold.read(in))
                .build());
  }

  private static void solutionNeed(ModelModule module) {
    PropertyTable<SolutionNeed> table = new PropertyTable<>();
    var solution = table.value("solution", SolutionId.class, SolutionNeed::solution);
    var competency = table.string("competency", SolutionNeed::competency);
    module.object(
        SolutionNeed.class, table, in -> SolutionNeed.of(solution.read(in), competency.read(in)));
  }

  /** A whole number that must fit an {@code int}. */
  private static int whole(String name, long value) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " " + value + " is out of range");
    }
    return (int) value;
  }
}
