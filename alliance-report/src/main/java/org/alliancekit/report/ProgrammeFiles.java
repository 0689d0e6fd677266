package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.programme.PartnerMatch;
import org.alliancekit.programme.Payout;
import org.alliancekit.programme.ProgrammeAnalysis;
import org.alliancekit.programme.SegmentCoverage;
import org.alliancekit.programme.SolutionResult;
import org.alliancekit.programme.TierQualification;
import org.apiguardian.api.API;

/**
 * Writes the CSV files of the partner programme ({@link ProgrammeAnalysis}, part of the report's
 * analysis) beside the report's other files, by the same rules as {@link ReportFiles}: UTF-8, a
 * header row, cells a spreadsheet would run as formulas escaped, money rounded half-even to the
 * minor unit (a payout's basis exact), an empty cell meaning "none", lists joined by {@code ;}.
 *
 * <table>
 *   <caption>The files</caption>
 *   <tr><th>file</th><th>columns</th><th>rows</th></tr>
 *   <tr><td>{@value #TIERS}</td><td>partner_id, assigned_tier, qualified_tier, next_tier,
 *       missing</td><td>one per partner but the host, in partner id order: the tier assigned to it,
 *       the highest tier whose every rule it meets, the tier one above, and what it misses for
 *       that one, each gap in words with its amount, joined by {@code "; "}</td></tr>
 *   <tr><td>{@value #PAYOUTS}</td><td>partner_id, programme, kind, quarter, currency, basis,
 *       rate_percent, amount</td><td>one per partner, incentive programme, calendar quarter (such
 *       as {@code 2026-Q1}) and currency that earns a payout; kind REBATE or REFERRAL_FEE; the
 *       basis exact, the amount basis x rate / 100 rounded once</td></tr>
 *   <tr><td>{@value #COVERAGE}</td><td>segment, industry, country, partners, partner_won,
 *       direct_won, currency, white_space</td><td>one per customer segment of the accounts, by
 *       segment, industry and country; the partners covering it by id; the won revenue with and
 *       without a partner in the analysis currency; white_space {@code true} where the host sells
 *       directly and no partner works</td></tr>
 *   <tr><td>{@value #MATCHES}</td><td>account_id, rank, partner_id, score, reasons</td><td>the
 *       top five partners for each account with an open opportunity and no partner, best first,
 *       accounts in id order</td></tr>
 *   <tr><td>{@value #SOLUTION_RESULTS}</td><td>solution_id, deals, won, lost, win_rate,
 *       won_revenue, currency, average_won, average_cycle_days, teaming_partners</td><td>one per
 *       solution in id order, then one with an empty solution_id for the deals that name none; win
 *       rate with four decimals, cycle days with one, empty when nothing closed or was
 *       won</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProgrammeFiles {
  /** File name of each partner's tier standing. */
  public static final String TIERS = "tiers.csv";

  /** File name of the incentive payouts. */
  public static final String PAYOUTS = "payouts.csv";

  /** File name of the segment coverage. */
  public static final String COVERAGE = "coverage.csv";

  /** File name of the partner matches for open direct deals. */
  public static final String MATCHES = "matches.csv";

  /** File name of the results of each solution. */
  public static final String SOLUTION_RESULTS = "solution_results.csv";

  private ProgrammeFiles() {}

  /**
   * Writes every file of the table above into {@code directory}, which is created if needed, and
   * returns them in that order.
   *
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<Path> write(ProgrammeAnalysis programme, Path directory)
      throws IOException {
    checkNotNull(programme, "programme");
    return writeAll(programme, directory);
  }

  /**
   * Writes the files of a report without a programme analysis: each with its header row only, so
   * that the folder always holds the same files.
   */
  static ImmutableList<Path> writeHeaders(Path directory) throws IOException {
    return writeAll(null, directory);
  }

  private static ImmutableList<Path> writeAll(ProgrammeAnalysis programme, Path directory)
      throws IOException {
    Files.createDirectories(checkNotNull(directory, "directory"));
    List<Path> written = new ArrayList<>();
    written.add(tiers(programme, directory.resolve(TIERS)));
    written.add(payouts(programme, directory.resolve(PAYOUTS)));
    written.add(coverage(programme, directory.resolve(COVERAGE)));
    written.add(matches(programme, directory.resolve(MATCHES)));
    written.add(solutionResults(programme, directory.resolve(SOLUTION_RESULTS)));
    return ImmutableList.copyOf(written);
  }

  private static Path tiers(ProgrammeAnalysis programme, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file, "partner_id", "assigned_tier", "qualified_tier", "next_tier", "missing")) {
      for (TierQualification q :
          (programme == null ? List.<TierQualification>of() : programme.qualifications())) {
        out.row(
            q.partner().value(),
            q.assignedTier().orElse(""),
            q.qualifiedTier().orElse(""),
            q.nextTier().orElse(""),
            q.missingText());
      }
    }
    return file;
  }

  private static Path payouts(ProgrammeAnalysis programme, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "partner_id",
            "programme",
            "kind",
            "quarter",
            "currency",
            "basis",
            "rate_percent",
            "amount")) {
      for (Payout p : (programme == null ? List.<Payout>of() : programme.payouts())) {
        out.row(
            p.partner().value(),
            p.programme(),
            p.kind().name(),
            p.quarter().toString(),
            p.currency().getCurrencyCode(),
            exact(p.basis()),
            p.ratePercent().toPlainString(),
            Formats.money(p.amount()));
      }
    }
    return file;
  }

  private static Path coverage(ProgrammeAnalysis programme, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "segment",
            "industry",
            "country",
            "partners",
            "partner_won",
            "direct_won",
            "currency",
            "white_space")) {
      for (SegmentCoverage c :
          (programme == null ? List.<SegmentCoverage>of() : programme.coverage())) {
        out.row(
            c.segment().segment().orElse(""),
            c.segment().industry().orElse(""),
            c.segment().country().map(CountryCode::alpha2).orElse(""),
            ids(c.partners()),
            Formats.money(c.partnerWon()),
            Formats.money(c.directWon()),
            c.currency().getCurrencyCode(),
            Boolean.toString(c.whiteSpace()));
      }
    }
    return file;
  }

  private static Path matches(ProgrammeAnalysis programme, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(file, "account_id", "rank", "partner_id", "score", "reasons")) {
      for (PartnerMatch m : (programme == null ? List.<PartnerMatch>of() : byAccount(programme))) {
        out.row(
            m.account().value(),
            Integer.toString(m.rank()),
            m.partner().value(),
            Integer.toString(m.score()),
            m.reasonsText());
      }
    }
    return file;
  }

  private static Path solutionResults(ProgrammeAnalysis programme, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "solution_id",
            "deals",
            "won",
            "lost",
            "win_rate",
            "won_revenue",
            "currency",
            "average_won",
            "average_cycle_days",
            "teaming_partners")) {
      for (SolutionResult r :
          (programme == null ? List.<SolutionResult>of() : programme.solutionResults())) {
        out.row(
            r.solution().map(s -> s.value()).orElse(""),
            Integer.toString(r.deals()),
            Integer.toString(r.won()),
            Integer.toString(r.lost()),
            r.winRate().map(BigDecimal::toPlainString).orElse(""),
            Formats.money(r.wonRevenue()),
            r.currency().getCurrencyCode(),
            r.averageWon().map(Formats::money).orElse(""),
            r.averageCycleDays().map(BigDecimal::toPlainString).orElse(""),
            Integer.toString(r.teamingPartners()));
      }
    }
    return file;
  }

  /**
   * The partner matches of {@code programme} in the order of {@value #MATCHES}: by account id, each
   * account's best first.
   */
  public static List<PartnerMatch> byAccount(ProgrammeAnalysis programme) {
    return programme.matches().stream()
        .sorted(
            Comparator.comparing((PartnerMatch m) -> m.account().value())
                .thenComparingInt(PartnerMatch::rank))
        .toList();
  }

  /** The partners' ids joined by {@code ;}, in id order. */
  static String ids(Iterable<PartnerId> partners) {
    List<PartnerId> sorted = new ArrayList<>();
    partners.forEach(sorted::add);
    return sorted.stream().sorted().map(PartnerId::value).collect(Collectors.joining(";"));
  }

  /**
   * The amount exactly, as a plain decimal with at least its currency's minor unit of places, such
   * as {@code 1250000.00} or {@code 1250.125}.
   */
  static String exact(MonetaryAmount amount) {
    BigDecimal number = Formats.number(amount);
    int places = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
    return (number.scale() < places ? number.setScale(places) : number).toPlainString();
  }
}
