package org.alliancekit.report.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * The sample portfolio bundled with the examples: Larchmere Integration Group, a fictional systems
 * integrator based in the United Kingdom, and its forty relationships with platform vendors,
 * software vendors, equipment makers, distributors, resellers, advisers, a global integrator, and a
 * joint venture together with both of its parents. All names are invented.
 *
 * <p>The portfolio is a folder of CSV files in the format {@link PortfolioReader} reads, kept as
 * class-path resources under {@value #RESOURCE_FOLDER}: partners, relationships with their alliance
 * revenue in GBP, EUR or USD, assessments from the host's side and, for some relationships, from
 * the partner's side too (on the Alliance Sales Balanced Scorecard or the 52 best practices, on the
 * scales 0..10 and 1..5, with a few unknown ratings), the opportunities of 2026 in GBP, EUR and USD
 * with the partners involved in each, and fixed sample exchange rates. Larchmere and Corvane, whose
 * fiscal years start in January and July, have a joint business plan for 2026, a marketing budget
 * from each side with fund requests (one refused, beyond the remaining budget) and claims, a push
 * and a pull campaign, and three half-yearly mind-share surveys of Corvane's people. Its partner
 * programme has three tiers (Registered, Select and Premier), a Select rebate (its Premier rebate
 * pays no one yet) and a referral reward, and the competencies each solution needs; Pellworth
 * Devices is assigned Select but has won GBP 6,450 too little for it, Ballinvane Credit Union is a
 * small business only the host sells to (white space), and the open deals the host works alone, one
 * of them naming a solution, get partners matched. It reads without a single problem.
 *
 * <p>The pipeline is a snapshot taken on {@link #AS_OF}: deals closing in the first half of 2026
 * are won ({@code Launched}) or lost, later ones are still open.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SamplePortfolio {
  /** The class-path folder that holds the sample's CSV files. */
  public static final String RESOURCE_FOLDER = "/org/alliancekit/report/sample/";

  /** The host, Larchmere Integration Group. */
  public static final PartnerId HOST = PartnerId.of("larchmere");

  /** The joint venture, CorTess Sovereign Cloud. */
  public static final PartnerId JOINT_VENTURE = PartnerId.of("cortess");

  /** The first parent of the joint venture, Corvane Cloud, a platform vendor. */
  public static final PartnerId FIRST_PARENT = PartnerId.of("corvane");

  /** The second parent of the joint venture, Tessaline Telecom. */
  public static final PartnerId SECOND_PARENT = PartnerId.of("tessaline");

  /** The day the sample's pipeline was taken: 30 June 2026. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private SamplePortfolio() {}

  /** Returns the source of the sample's files, read from the class path as UTF-8. */
  public static PortfolioReader.Source source() {
    return SamplePortfolio::open;
  }

  /** Reads the sample portfolio with the co-sell stages. */
  public static PortfolioData read() {
    return PortfolioReader.standard().read(source());
  }

  private static Optional<Reader> open(String fileName) {
    InputStream in = SamplePortfolio.class.getResourceAsStream(RESOURCE_FOLDER + fileName);
    return Optional.ofNullable(in).map(stream -> new InputStreamReader(stream, UTF_8));
  }
}
