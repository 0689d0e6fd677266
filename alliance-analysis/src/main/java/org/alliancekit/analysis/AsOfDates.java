package org.alliancekit.analysis;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.Relationship;
import org.apiguardian.api.API;

/**
 * The default as-of date of an analysis: the latest date on which the portfolio records that
 * something happened, so that the same records always give the same analysis.
 *
 * <p>The dates considered are those of past events: a relationship's start and last review, a
 * competency's first valid day, an assessment's date, an opportunity's creation and every stage
 * change, a lead's receipt, and a registration's submission and decision. Dates that look ahead (an
 * expected close, an expiry, a competency's last valid day, the end of a commitment or of a revenue
 * period) are left out: an open deal expected to close next year does not move the analysis into
 * next year.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AsOfDates {
  private AsOfDates() {}

  /**
   * Returns the latest date of a past event recorded in {@code portfolio}, as the class
   * documentation defines it, or empty when the portfolio records no dated event.
   */
  public static Optional<LocalDate> latestRecorded(AlliancePortfolio portfolio) {
    checkNotNull(portfolio, "portfolio");
    Latest latest = new Latest();
    for (Relationship relationship : portfolio.relationships()) {
      latest.see(relationship.start());
      relationship.lastReview().ifPresent(latest::see);
    }
    for (Partner partner : portfolio.partners()) {
      for (Competency competency : partner.competencies()) {
        competency.validFrom().ifPresent(latest::see);
      }
    }
    for (Assessment assessment : portfolio.assessments()) {
      latest.see(assessment.date());
    }
    for (Opportunity opportunity : portfolio.opportunities()) {
      latest.see(opportunity.created());
      for (StageChange change : opportunity.stageHistory()) {
        latest.see(change.date());
      }
    }
    for (Lead lead : portfolio.leads()) {
      latest.see(lead.received());
    }
    for (Registration registration : portfolio.registrations()) {
      latest.see(registration.registration().submitted());
      registration.registration().decided().ifPresent(latest::see);
    }
    return Optional.ofNullable(latest.date);
  }

  private static final class Latest {
    private LocalDate date;

    void see(LocalDate candidate) {
      if (date == null || candidate.isAfter(date)) {
        date = candidate;
      }
    }
  }
}
