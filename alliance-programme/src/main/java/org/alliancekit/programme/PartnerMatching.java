package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.SolutionNeed;
import org.apiguardian.api.API;

/**
 * Partner matching: the partners ranked by fit for an account, and the fellow members of a network
 * ranked by how well they complement a partner.
 *
 * <p><b>Fit for an account.</b> Each partner but the host earns points, each with its reason:
 *
 * <ul>
 *   <li>3: it has won a deal in the account's segment ("has won in segment enterprise");
 *   <li>2: it declares the account's segment ("serves segment enterprise"), or works a won or open
 *       deal in it ("works in segment enterprise"), once;
 *   <li>1: it works a won or open deal in the account's industry ("works in industry Insurance");
 *   <li>1: it is headquartered in the account's country or works a deal there ("works in country
 *       DE");
 *   <li>2 per competency the account's solution needs that it holds valid ("holds competency Data
 *       &amp; AI needed by solution claims");
 *   <li>1: its latest overall score is healthy, at least {@link #HEALTHY_SCORE} ("healthy
 *       relationship score 0.72").
 * </ul>
 *
 * <p>Deals count as of the day asked about (won on or before it, or open then). Partners with no
 * point are left out; the rest are ranked by score, highest first, ties by partner id, and each
 * keeps its reasons. The scores are the caller's, as for {@link TierQualifications}.
 *
 * <p><b>Complement in a network.</b> A fellow member earns a point per partner kind it has that the
 * partner lacks, per competency it holds valid that the partner does not, and per region it covers
 * that the partner does not, as peer-to-peer networks are used to find complementary partners. A
 * stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PartnerMatching {
  /** The least latest overall score counted as a healthy relationship. */
  public static final double HEALTHY_SCORE = 0.6;

  /** How many partners are ranked per account in {@link #forOpenDirectDeals}. */
  public static final int TOP = 5;

  private PartnerMatching() {}

  /** Where each partner works: the segments it won in and the segments, industries, countries. */
  private record Footprint(
      Map<PartnerId, Set<String>> wonSegments,
      Map<PartnerId, Set<String>> segments,
      Map<PartnerId, Set<String>> industries,
      Map<PartnerId, Set<CountryCode>> countries) {

    static Footprint of(AlliancePortfolio portfolio, LocalDate asOf) {
      Footprint footprint =
          new Footprint(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
      Map<AccountId, Account> accounts = SegmentCoverages.accounts(portfolio);
      for (Opportunity opportunity : portfolio.opportunities()) {
        boolean won = Deals.won(opportunity, asOf);
        if (!won && !Deals.open(opportunity, asOf)) {
          continue;
        }
        Account account = accounts.getOrDefault(opportunity.account().id(), opportunity.account());
        if (account.segment().isEmpty()
            && account.industry().isEmpty()
            && account.country().isEmpty()) {
          continue; // nothing to add for any partner
        }
        for (PartnerId partner : Deals.partnersOf(opportunity, portfolio.host())) {
          account.segment().ifPresent(s -> add(footprint.segments, partner, s));
          account.industry().ifPresent(i -> add(footprint.industries, partner, i));
          account.country().ifPresent(c -> add(footprint.countries, partner, c));
          if (won) {
            account.segment().ifPresent(s -> add(footprint.wonSegments, partner, s));
          }
        }
      }
      return footprint;
    }

    private static <T> void add(Map<PartnerId, Set<T>> map, PartnerId partner, T value) {
      map.computeIfAbsent(partner, p -> new HashSet<>()).add(value);
    }

    static <T> boolean has(Map<PartnerId, Set<T>> map, PartnerId partner, T value) {
      Set<T> values = map.get(partner);
      return values != null && values.contains(value);
    }
  }

  /**
   * The partners of {@code portfolio} ranked by fit for {@code account}, at most {@code limit}.
   *
   * @param solution the solution the account is to buy, if known: its needs ({@link SolutionNeed})
   *     earn points
   * @param scores the latest overall score in [0, 1] of each assessed partner
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public static ImmutableList<PartnerMatch> forAccount(
      AlliancePortfolio portfolio,
      Account account,
      Optional<SolutionId> solution,
      LocalDate asOf,
      Map<PartnerId, Double> scores,
      int limit) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(account, "account");
    checkNotNull(solution, "solution");
    checkNotNull(asOf, "asOf");
    checkNotNull(scores, "scores");
    Deals.limit(limit);
    Footprint footprint = Footprint.of(portfolio, asOf);
    return rank(
        portfolio,
        footprint,
        Index.of(portfolio, footprint, scores),
        account,
        solution,
        asOf,
        scores,
        limit);
  }

  /**
   * The partners of {@code portfolio} ranked by fit for an opportunity that has no partner yet: for
   * its account (as the portfolio lists it) and its solution, at most {@code limit}.
   *
   * @throws IllegalArgumentException if a partner already works the opportunity, or {@code limit}
   *     is less than 1
   */
  public static ImmutableList<PartnerMatch> forOpportunity(
      AlliancePortfolio portfolio,
      Opportunity opportunity,
      LocalDate asOf,
      Map<PartnerId, Double> scores,
      int limit) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(opportunity, "opportunity");
    checkArgument(
        Deals.partnersOf(opportunity, portfolio.host()).isEmpty(),
        "opportunity %s already has a partner",
        opportunity.id());
    Account account = portfolio.account(opportunity.account().id()).orElse(opportunity.account());
    return forAccount(
        portfolio, account, opportunity.solution().map(s -> s.id()), asOf, scores, limit);
  }

  /**
   * For each account with an opportunity open on {@code asOf} that no partner works, the {@link
   * #TOP} partners ranked by fit, accounts in the order of their first such opportunity; the
   * solution is that of the first such opportunity that names one.
   */
  public static ImmutableList<PartnerMatch> forOpenDirectDeals(
      AlliancePortfolio portfolio, LocalDate asOf, Map<PartnerId, Double> scores) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(scores, "scores");
    Map<AccountId, Account> accounts = SegmentCoverages.accounts(portfolio);
    Map<AccountId, Optional<SolutionId>> open = new LinkedHashMap<>();
    for (Opportunity opportunity : portfolio.opportunities()) {
      if (Deals.open(opportunity, asOf) && !Deals.hasPartners(opportunity, portfolio.host())) {
        Optional<SolutionId> solution = opportunity.solution().map(s -> s.id());
        open.merge(
            opportunity.account().id(),
            solution,
            (earlier, later) -> earlier.isPresent() ? earlier : later);
      }
    }
    Footprint footprint = Footprint.of(portfolio, asOf);
    Map<AccountId, Account> byId = new HashMap<>();
    for (Opportunity opportunity : portfolio.opportunities()) {
      // Only the accounts of open direct deals are looked up below.
      if (open.containsKey(opportunity.account().id())) {
        byId.putIfAbsent(
            opportunity.account().id(),
            accounts.getOrDefault(opportunity.account().id(), opportunity.account()));
      }
    }
    Index index = Index.of(portfolio, footprint, scores);
    ImmutableList.Builder<PartnerMatch> matches = ImmutableList.builder();
    open.forEach(
        (id, solution) ->
            matches.addAll(
                rank(portfolio, footprint, index, byId.get(id), solution, asOf, scores, TOP)));
    return matches.build();
  }

  /**
   * The fellow members of {@code network} ranked by how well they complement {@code partner}, at
   * most {@code limit}; members not listed among the portfolio's partners are left out.
   *
   * @throws IllegalArgumentException if {@code partner} is no member of the network or not among
   *     the partners, or {@code limit} is less than 1
   */
  public static ImmutableList<PeerMatch> peers(
      AlliancePortfolio portfolio,
      PartnerNetwork network,
      PartnerId partner,
      LocalDate asOf,
      int limit) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(network, "network");
    checkNotNull(partner, "partner");
    checkNotNull(asOf, "asOf");
    Deals.limit(limit);
    checkArgument(
        network.isMember(partner), "partner %s is no member of network %s", partner, network.id());
    Partner self =
        portfolio
            .partner(partner)
            .orElseThrow(
                () -> new IllegalArgumentException("partner " + partner + " is not listed"));
    Set<String> ownCompetencies = Competencies.validNames(self, asOf);
    List<Scored> scored = new ArrayList<>();
    for (PartnerId member : network.members()) {
      Optional<Partner> peer = portfolio.partner(member);
      if (member.equals(partner) || peer.isEmpty()) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      for (PartnerKind kind : peer.get().kinds()) {
        if (!self.kinds().contains(kind)) {
          reasons.add("complementary kind " + kind);
        }
      }
      for (String competency : Competencies.validNames(peer.get(), asOf)) {
        if (!ownCompetencies.contains(competency)) {
          reasons.add("brings competency " + competency);
        }
      }
      for (String region : peer.get().regions()) {
        if (!self.regions().contains(region)) {
          reasons.add("covers region " + region);
        }
      }
      if (!reasons.isEmpty()) {
        scored.add(new Scored(member, reasons.size(), ImmutableList.copyOf(reasons)));
      }
    }
    scored.sort(Scored.ORDER);
    ImmutableList.Builder<PeerMatch> matches = ImmutableList.builder();
    for (int i = 0; i < Math.min(limit, scored.size()); i++) {
      Scored s = scored.get(i);
      matches.add(new PeerMatch(network.id(), partner, i + 1, s.partner, s.score, s.reasons));
    }
    return matches.build();
  }

  /**
   * The partners by what can earn them a point for an account: segment (won in, served, worked in),
   * industry, country (worked in or headquartered) and competency; and, in id order, those whose
   * healthy score earns them a point anywhere. Built once for many accounts.
   */
  private static final class Index {
    final Map<PartnerId, Partner> partners = new LinkedHashMap<>();
    final Map<String, Set<PartnerId>> bySegment = new HashMap<>();
    final Map<String, Set<PartnerId>> byIndustry = new HashMap<>();
    final Map<CountryCode, Set<PartnerId>> byCountry = new HashMap<>();
    final Map<String, Set<PartnerId>> byCompetency = new HashMap<>();
    final List<PartnerId> healthy = new ArrayList<>();

    static Index of(
        AlliancePortfolio portfolio, Footprint footprint, Map<PartnerId, Double> scores) {
      Index index = new Index();
      for (Partner partner : portfolio.partners()) {
        if (!partner.id().equals(portfolio.host())) {
          index.partners.putIfAbsent(partner.id(), partner);
        }
      }
      for (Partner partner : index.partners.values()) {
        PartnerId id = partner.id();
        partner.segments().forEach(s -> put(index.bySegment, s, id));
        footprint
            .wonSegments()
            .getOrDefault(id, Set.of())
            .forEach(s -> put(index.bySegment, s, id));
        footprint.segments().getOrDefault(id, Set.of()).forEach(s -> put(index.bySegment, s, id));
        footprint
            .industries()
            .getOrDefault(id, Set.of())
            .forEach(i -> put(index.byIndustry, i, id));
        footprint.countries().getOrDefault(id, Set.of()).forEach(c -> put(index.byCountry, c, id));
        partner.headquarters().ifPresent(c -> put(index.byCountry, c, id));
        partner.competencies().forEach(c -> put(index.byCompetency, c.name(), id));
        Double score = scores.get(id);
        if (score != null && score >= HEALTHY_SCORE) {
          index.healthy.add(id);
        }
      }
      index.healthy.sort(null);
      return index;
    }

    private static <K> void put(Map<K, Set<PartnerId>> map, K key, PartnerId id) {
      map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    }

    /** The partners that may earn a point for the account other than the healthy score's. */
    Set<PartnerId> candidates(Account account, List<String> needs, LocalDate asOf) {
      Set<PartnerId> candidates = new HashSet<>();
      account.segment().ifPresent(s -> candidates.addAll(bySegment.getOrDefault(s, Set.of())));
      account.industry().ifPresent(i -> candidates.addAll(byIndustry.getOrDefault(i, Set.of())));
      account.country().ifPresent(c -> candidates.addAll(byCountry.getOrDefault(c, Set.of())));
      for (String need : needs) {
        candidates.addAll(byCompetency.getOrDefault(need, Set.of()));
      }
      return candidates;
    }
  }

  /** A partner with its points and reasons, before ranking. */
  private record Scored(PartnerId partner, int score, ImmutableList<String> reasons) {
    static final Comparator<Scored> ORDER =
        Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::partner);
  }

  private static ImmutableList<PartnerMatch> rank(
      AlliancePortfolio portfolio,
      Footprint footprint,
      Index index,
      Account account,
      Optional<SolutionId> solution,
      LocalDate asOf,
      Map<PartnerId, Double> scores,
      int limit) {
    List<String> needs = new ArrayList<>();
    if (solution.isPresent()) {
      for (SolutionNeed need : portfolio.solutionNeeds()) {
        if (need.solution().equals(solution.get()) && !needs.contains(need.competency())) {
          needs.add(need.competency());
        }
      }
    }
    // Points first, without building a reason, for the partners that can earn a point other than
    // the healthy score's (found through the index), then for as many of the partners that can
    // earn that point alone as could still make the top: only the best few get their reasons
    // written. The result is the same as scoring every partner, in a fraction of the time.
    List<Scored> best = new ArrayList<>(limit + 1);
    Set<PartnerId> candidates = index.candidates(account, needs, asOf);
    for (PartnerId id : candidates) {
      int points =
          points(index.partners.get(id), footprint, account, needs, solution, asOf, scores, null);
      if (points > 0) {
        keepBest(best, new Scored(id, points, ImmutableList.of()), limit);
      }
    }
    int healthyOnly = 0;
    for (PartnerId id : index.healthy) {
      if (healthyOnly == limit) {
        break;
      }
      if (!candidates.contains(id)) {
        keepBest(best, new Scored(id, 1, ImmutableList.of()), limit);
        healthyOnly++;
      }
    }
    Map<PartnerId, Partner> partners = index.partners;
    ImmutableList.Builder<PartnerMatch> matches = ImmutableList.builder();
    for (int i = 0; i < best.size(); i++) {
      Scored s = best.get(i);
      List<String> reasons = new ArrayList<>();
      int points =
          points(
              partners.get(s.partner()),
              footprint,
              account,
              needs,
              solution,
              asOf,
              scores,
              reasons);
      matches.add(
          new PartnerMatch(
              account.id(), i + 1, s.partner(), points, ImmutableList.copyOf(reasons)));
    }
    return matches.build();
  }

  /**
   * Inserts {@code candidate} into {@code best}, kept in {@link Scored#ORDER}, at most {@code
   * limit}.
   */
  private static void keepBest(List<Scored> best, Scored candidate, int limit) {
    if (best.size() == limit && Scored.ORDER.compare(candidate, best.get(limit - 1)) >= 0) {
      return;
    }
    int at = best.size();
    while (at > 0 && Scored.ORDER.compare(candidate, best.get(at - 1)) < 0) {
      at--;
    }
    best.add(at, candidate);
    if (best.size() > limit) {
      best.remove(limit);
    }
  }

  /**
   * The points of {@code partner} for {@code account}; with {@code reasons} given, also the reason
   * for each point, in the order of the rules.
   */
  private static int points(
      Partner partner,
      Footprint footprint,
      Account account,
      List<String> needs,
      Optional<SolutionId> solution,
      LocalDate asOf,
      Map<PartnerId, Double> scores,
      List<String> reasons) {
    PartnerId id = partner.id();
    int points = 0;
    if (account.segment().isPresent()) {
      String segment = account.segment().get();
      if (Footprint.has(footprint.wonSegments(), id, segment)) {
        points += 3;
        if (reasons != null) {
          reasons.add("has won in segment " + segment);
        }
      }
      if (partner.segments().contains(segment)) {
        points += 2;
        if (reasons != null) {
          reasons.add("serves segment " + segment);
        }
      } else if (Footprint.has(footprint.segments(), id, segment)) {
        points += 2;
        if (reasons != null) {
          reasons.add("works in segment " + segment);
        }
      }
    }
    if (account.industry().isPresent()
        && Footprint.has(footprint.industries(), id, account.industry().get())) {
      points += 1;
      if (reasons != null) {
        reasons.add("works in industry " + account.industry().get());
      }
    }
    if (account.country().isPresent()
        && (partner.headquarters().equals(account.country())
            || Footprint.has(footprint.countries(), id, account.country().get()))) {
      points += 1;
      if (reasons != null) {
        reasons.add("works in country " + account.country().get());
      }
    }
    if (!needs.isEmpty()) {
      Set<String> valid = Competencies.validNames(partner, asOf);
      for (String need : needs) {
        if (valid.contains(need)) {
          points += 2;
          if (reasons != null) {
            reasons.add(
                "holds competency " + need + " needed by solution " + solution.orElseThrow());
          }
        }
      }
    }
    Double score = scores.get(id);
    if (score != null && score >= HEALTHY_SCORE) {
      points += 1;
      if (reasons != null) {
        reasons.add(
            "healthy relationship score "
                + BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_EVEN).toPlainString());
      }
    }
    return points;
  }
}
