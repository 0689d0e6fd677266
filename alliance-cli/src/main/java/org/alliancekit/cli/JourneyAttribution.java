package org.alliancekit.cli;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Shares;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.path.MarkovAttribution;
import org.alliancekit.attribution.path.PathAttribution;
import org.alliancekit.attribution.path.SimplifiedShapley;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.Touch;
import org.alliancekit.attribution.touch.TouchModel;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.report.Formats;
import org.alliancekit.report.Progress;
import org.javamoney.moneta.Money;

/**
 * Attributes the conversions and conversion value of journey paths to partners by every model of
 * {@code alliancekit attribute}.
 *
 * <ul>
 *   <li>{@code first_touch}, {@code last_touch}, {@code linear}, {@code position_based} (40/20/40)
 *       and, for dated journeys, {@code time_decay}: each path is one journey of {@link
 *       TouchModel}; a partner gets the path's conversions times its share, and its share of the
 *       path's value as a weight;
 *   <li>{@code markov}: {@link MarkovAttribution#standard()} over all paths;
 *   <li>{@code simplified_shapley}: {@link SimplifiedShapley#standard()} over all paths.
 * </ul>
 *
 * <p>In every model the total value, rounded half-even to the currency's minor unit, is split
 * exactly among the partners by their weights ({@link MoneySplit#proportional}), so each model's
 * values add up to the same total. Every partner on a path is listed in every model, with zero
 * where it earns nothing.
 */
final class JourneyAttribution {
  /** The models, in output order. */
  static final ImmutableList<String> MODELS =
      ImmutableList.of(
          "first_touch",
          "last_touch",
          "linear",
          "position_based",
          "time_decay",
          "markov",
          "simplified_shapley");

  private static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);
  private static final String PHASE = "touch models (paths x models)";

  /**
   * One partner's attribution under one model.
   *
   * @param model the model's name
   * @param partner the partner
   * @param conversions the conversions attributed to it
   * @param value the conversion value attributed to it
   */
  record Credit(String model, PartnerId partner, double conversions, MonetaryAmount value) {}

  private JourneyAttribution() {}

  /**
   * Every model's credit, model by model in {@link #MODELS} order and partner by partner in id
   * order; {@code time_decay} only when {@code dated}.
   *
   * @throws IllegalArgumentException if the rows have no conversion
   */
  static ImmutableList<Credit> attribute(
      List<JourneysFile.Row> rows,
      CurrencyUnit currency,
      boolean dated,
      Duration halfLife,
      Progress progress) {
    List<JourneyPath> paths = rows.stream().map(JourneysFile.Row::path).toList();
    ImmutableList.Builder<Credit> credits = ImmutableList.builder();
    List<TouchModel> touchModels = new ArrayList<>();
    touchModels.add(TouchModel.firstTouch());
    touchModels.add(TouchModel.lastTouch());
    touchModels.add(TouchModel.linear());
    touchModels.add(TouchModel.positionBased());
    if (dated) {
      touchModels.add(TouchModel.timeDecay(halfLife));
    }
    long total = (long) rows.size() * touchModels.size();
    progress.update(PHASE, 0, total);
    long done = 0;
    BigDecimal totalValue = BigDecimal.ZERO;
    TreeSet<PartnerId> partners = new TreeSet<>();
    for (JourneyPath path : paths) {
      totalValue = totalValue.add(Formats.number(path.value()));
      partners.addAll(path.parties());
    }
    MonetaryAmount roundedTotal = Money.of(MinorUnits.round(totalValue, currency), currency);
    for (int m = 0; m < touchModels.size(); m++) {
      TouchModel model = touchModels.get(m);
      Map<PartnerId, Double> conversions = new TreeMap<>();
      Map<PartnerId, BigDecimal> weights = new TreeMap<>();
      for (PartnerId partner : partners) {
        conversions.put(partner, 0.0);
        weights.put(partner, BigDecimal.ZERO);
      }
      for (JourneysFile.Row row : rows) {
        JourneyPath path = row.path();
        List<Touch> touches = new ArrayList<>(path.parties().size());
        List<LocalDate> days = row.dates().orElse(null);
        for (int i = 0; i < path.parties().size(); i++) {
          touches.add(Touch.of(path.parties().get(i), days == null ? UNDATED : days.get(i)));
        }
        Shares shares = model.shares(Journey.of(touches));
        BigDecimal value = Formats.number(path.value());
        shares
            .values()
            .forEach(
                (partner, share) -> {
                  conversions.merge(partner, path.conversions() * share, Double::sum);
                  weights.merge(
                      partner, value.multiply(BigDecimal.valueOf(share)), BigDecimal::add);
                });
        progress.update(PHASE, ++done, total);
      }
      String name = MODELS.get(m);
      MoneySplit split = MoneySplit.proportional(roundedTotal, weights);
      for (PartnerId partner : partners) {
        credits.add(new Credit(name, partner, conversions.get(partner), split.part(partner)));
      }
    }
    add(credits, "markov", MarkovAttribution.standard().attribute(paths), partners);
    add(credits, "simplified_shapley", SimplifiedShapley.standard().attribute(paths), partners);
    return credits.build();
  }

  private static void add(
      ImmutableList.Builder<Credit> credits,
      String model,
      PathAttribution attribution,
      TreeSet<PartnerId> partners) {
    for (PartnerId partner : partners) {
      credits.add(
          new Credit(
              model,
              partner,
              attribution.conversionsOf(partner),
              attribution.value().part(partner)));
    }
  }
}
