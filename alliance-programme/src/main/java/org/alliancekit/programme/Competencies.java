package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.ProgrammeTier;
import org.apiguardian.api.API;

/**
 * The partners' certified competencies on a day: which are valid ({@link Competency#isValidOn}),
 * which expire within a window, how many partners hold each, and which partners cover each tier's
 * required competencies. Competencies are matched by name; the host's own are left out of the
 * portfolio-wide figures. A stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Competencies {
  private Competencies() {}

  /**
   * A competency of a partner that is valid today and expires within the window asked about.
   *
   * @param partner the partner holding it
   * @param competency the competency, with its expiry date
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Expiring(PartnerId partner, Competency competency) {
    /** Checks that neither is null and that the competency expires. */
    public Expiring {
      checkNotNull(partner, "partner");
      checkNotNull(competency, "competency");
      checkArgument(
          competency.expires().isPresent(), "competency %s does not expire", competency.name());
    }

    /** The last day the competency is valid. */
    public LocalDate expires() {
      return competency.expires().orElseThrow();
    }
  }

  /**
   * How many partners hold one competency valid on a day.
   *
   * @param competency the competency's name
   * @param partners the partners holding it, in the order of the portfolio
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Count(String competency, ImmutableSet<PartnerId> partners) {
    /** Checks that neither is null. */
    public Count {
      checkNotNull(competency, "competency");
      checkNotNull(partners, "partners");
    }
  }

  /**
   * The partners holding one of a tier's required competencies valid on a day.
   *
   * @param tier the tier's name
   * @param competency the required competency's name
   * @param partners the partners holding it, in the order of the portfolio; empty when none does
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record TierCoverage(String tier, String competency, ImmutableSet<PartnerId> partners) {
    /** Checks that none is null. */
    public TierCoverage {
      checkNotNull(tier, "tier");
      checkNotNull(competency, "competency");
      checkNotNull(partners, "partners");
    }

    /** Whether at least one partner holds the competency. */
    public boolean isCovered() {
      return !partners.isEmpty();
    }
  }

  /** The competencies of {@code partner} valid on {@code date}, in its order. */
  public static ImmutableList<Competency> valid(Partner partner, LocalDate date) {
    checkNotNull(partner, "partner");
    checkNotNull(date, "date");
    return partner.competencies().stream()
        .filter(competency -> competency.isValidOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /** The distinct names of the competencies of {@code partner} valid on {@code date}. */
  public static ImmutableSet<String> validNames(Partner partner, LocalDate date) {
    return valid(partner, date).stream()
        .map(Competency::name)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The competencies of the portfolio's partners (the host left out) valid on {@code asOf} whose
   * last valid day is no later than {@code asOf} plus {@code window}; soonest first, then by
   * partner and name.
   *
   * @throws IllegalArgumentException if the window is negative
   */
  public static ImmutableList<Expiring> expiring(
      AlliancePortfolio portfolio, LocalDate asOf, Period window) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(window, "window");
    checkArgument(!window.isNegative(), "window %s must not be negative", window);
    LocalDate last = asOf.plus(window);
    List<Expiring> expiring = new ArrayList<>();
    for (Partner partner : partners(portfolio)) {
      for (Competency competency : valid(partner, asOf)) {
        if (competency.expires().isPresent() && !competency.expires().get().isAfter(last)) {
          expiring.add(new Expiring(partner.id(), competency));
        }
      }
    }
    expiring.sort(
        Comparator.comparing(Expiring::expires)
            .thenComparing(Expiring::partner)
            .thenComparing(e -> e.competency().name()));
    return ImmutableList.copyOf(expiring);
  }

  /**
   * For each competency name held valid on {@code asOf} by a partner of the portfolio (the host
   * left out), the partners holding it; by name.
   */
  public static ImmutableList<Count> counts(AlliancePortfolio portfolio, LocalDate asOf) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    Map<String, Set<PartnerId>> holders = new TreeMap<>();
    for (Partner partner : partners(portfolio)) {
      for (String name : validNames(partner, asOf)) {
        holders.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(partner.id());
      }
    }
    ImmutableList.Builder<Count> counts = ImmutableList.builder();
    holders.forEach((name, ids) -> counts.add(new Count(name, ImmutableSet.copyOf(ids))));
    return counts.build();
  }

  /**
   * For each tier, lowest first, and each of its required competencies in order, the partners of
   * the portfolio (the host left out) holding it valid on {@code asOf}.
   *
   * @throws IllegalArgumentException if two tiers share a name or rank
   */
  public static ImmutableList<TierCoverage> tierCoverage(
      AlliancePortfolio portfolio, LocalDate asOf) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    ImmutableList.Builder<TierCoverage> coverage = ImmutableList.builder();
    for (ProgrammeTier tier : TierQualifications.ordered(portfolio.tiers())) {
      for (String required : tier.requiredCompetencies()) {
        ImmutableSet<PartnerId> holders =
            partners(portfolio).stream()
                .filter(partner -> validNames(partner, asOf).contains(required))
                .map(Partner::id)
                .collect(ImmutableSet.toImmutableSet());
        coverage.add(new TierCoverage(tier.name(), required, holders));
      }
    }
    return coverage.build();
  }

  private static List<Partner> partners(AlliancePortfolio portfolio) {
    return portfolio.partners().stream()
        .filter(partner -> !partner.id().equals(portfolio.host()))
        .toList();
  }
}
