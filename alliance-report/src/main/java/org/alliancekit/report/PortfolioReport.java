package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import java.util.Comparator;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.model.batch.Problem;
import org.apiguardian.api.API;

/**
 * Everything a portfolio report shows, computed by {@link PortfolioAnalysis} from a portfolio
 * folder: written to CSV files by {@link ReportFiles} and to a page by {@code
 * org.alliancekit.report.html.HtmlReport}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param currency the report currency
 * @param partners the number of partners read, the host included
 * @param assessments the number of assessments read
 * @param opportunities the number of opportunities read
 * @param relationships every relationship read, in file order
 * @param attribution each partner's credit for won business, largest attributed revenue first
 * @param forecast the forecast per calendar quarter and currency, in quarter and currency-code
 *     order
 * @param pipeline the open and won pipeline in the report currency, by quarter (rows, in order) and
 *     stage (columns, in stage-model order); lost deals and currencies without a rate left out
 * @param gaps the perception gaps of every relationship assessed from both sides, per relationship
 *     in file order: areas first, then factors
 * @param ventures the pipeline comparison of each joint venture with known parents
 * @param ventureNotes why a joint venture has no comparison, or how its parents were found
 * @param notes remarks on what the charts leave out
 * @param analysis every finding derived from the records as of the report's date ({@link
 *     AllianceAnalysis}); empty only when the portfolio records no dated event
 * @param problems every problem met reading and computing, in the order met
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PortfolioReport(
    CurrencyUnit currency,
    int partners,
    int assessments,
    int opportunities,
    ImmutableList<ReportRelationship> relationships,
    ImmutableList<PartnerAttribution> attribution,
    ImmutableList<QuarterForecast> forecast,
    ImmutableTable<String, String, MonetaryAmount> pipeline,
    ImmutableList<GapRow> gaps,
    ImmutableList<VentureComparison> ventures,
    ImmutableList<String> ventureNotes,
    ImmutableList<String> notes,
    Optional<AllianceAnalysis> analysis,
    ImmutableList<Problem> problems) {

  /** Checks that the values are present. */
  public PortfolioReport {
    checkNotNull(currency, "currency");
    checkNotNull(relationships, "relationships");
    checkNotNull(attribution, "attribution");
    checkNotNull(forecast, "forecast");
    checkNotNull(pipeline, "pipeline");
    checkNotNull(gaps, "gaps");
    checkNotNull(ventures, "ventures");
    checkNotNull(ventureNotes, "ventureNotes");
    checkNotNull(notes, "notes");
    checkNotNull(analysis, "analysis");
    checkNotNull(problems, "problems");
  }

  /**
   * The ranked relationships in the order of potential.csv: those ranked in the report currency by
   * rank, then those ranked in their own currency by currency code and rank.
   */
  public ImmutableList<ReportRelationship> ranking() {
    return relationships.stream()
        .filter(r -> r.rank().isPresent())
        .sorted(
            Comparator.comparing(
                    (ReportRelationship r) -> !r.rankedIn().orElseThrow().equals(currency))
                .thenComparing(r -> r.rankedIn().orElseThrow().getCurrencyCode())
                .thenComparingInt(r -> r.rank().getAsInt()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The number of relationships that have a score. */
  public long scored() {
    return relationships.stream().filter(r -> r.score().isPresent()).count();
  }

  /** Whether any problem is an error, so that some input was left out. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(problem -> !problem.isWarning());
  }
}
