package org.alliancekit.examples;

import java.io.PrintStream;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.analysis.AllianceAnalyzer;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.pipeline.registration.Decision;
import org.alliancekit.pipeline.registration.RegistrationOutcome;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.report.sample.SamplePortfolio;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.MotionEvidence;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.alliancekit.scoring.relationship.ObservedMotion;

/**
 * Every finding of a portfolio from its records alone: the sample portfolio is read, analysed as of
 * the latest date it records, and the motions each relationship shows, the most severe findings,
 * the rejected deal registrations and the velocity of each route to market are printed. Nothing is
 * typed in by hand: the analysis reads the leads, opportunities, stage histories, registrations,
 * competencies, governance columns and assessments of the folder.
 *
 * <p>Run it with {@code java org.alliancekit.examples.PortfolioFindings}.
 */
public final class PortfolioFindings {
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  private PortfolioFindings() {}

  /**
   * Prints the analysis of the sample portfolio to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the analysis of the sample portfolio to {@code out}. */
  static void run(PrintStream out) {
    AlliancePortfolio portfolio = SamplePortfolio.read().portfolio().orElseThrow();
    AllianceAnalysis analysis = AllianceAnalyzer.standard().analyze(portfolio, GBP);
    out.printf(
        Locale.ROOT, "As of %s (windows from %s)%n", analysis.asOf(), analysis.windowStart());

    out.println();
    out.println("Observed motions (leads H>P P>H, opportunities H>P P>H, co-sold, buyer):");
    for (MotionObservation motion : analysis.motions()) {
      if (motion.observed() == ObservedMotion.UNDETERMINED) {
        continue;
      }
      MotionEvidence e = motion.evidence();
      out.printf(
          Locale.ROOT,
          "  %-24s declared %-12s observed %-12s %d %d %d %d %d %d%n",
          motion.relationship(),
          motion.declared(),
          motion.observed(),
          e.leadsHostToPartner(),
          e.leadsPartnerToHost(),
          e.opportunitiesHostToPartner(),
          e.opportunitiesPartnerToHost(),
          e.coSold(),
          e.partnerAsBuyer());
    }

    out.println();
    out.println("Most severe findings:");
    analysis.findings().stream()
        .limit(5)
        .forEach(
            (Finding finding) ->
                out.printf(
                    Locale.ROOT,
                    "  %-6s %-24s %s%n",
                    finding.severity(),
                    finding.kind(),
                    finding.message()));

    out.println();
    out.println("Rejected registrations:");
    for (RegistrationOutcome outcome : analysis.registrations()) {
      if (outcome.decision() == Decision.REJECTED) {
        out.printf(
            Locale.ROOT,
            "  %s %s of %s: %s%n",
            outcome.registrationId(),
            outcome.decision(),
            outcome.partnerId(),
            outcome.message());
      }
    }

    out.println();
    out.println("Velocity of the deals closed in the window:");
    for (SegmentVelocity row : analysis.velocity()) {
      out.printf(
          Locale.ROOT,
          "  %-8s %s won %d lost %d win rate %s%n",
          row.segment(),
          row.currency(),
          row.won(),
          row.lost(),
          row.winRate().toPlainString());
    }
  }
}
