package org.alliancekit.attribution.path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancekit.model.party.PartnerId;

/**
 * An independent, slow check of the Markov model: builds the chain of a path set as string-keyed
 * maps and computes the probability of conversion (or the expected value) with a partner removed by
 * plain fixed-point iteration, h = Q h + r, until it stops changing.
 */
final class ChainOracle {
  private static final String START = "(start)";
  private final Map<String, Map<String, Double>> next = new HashMap<>();
  private final Map<String, Double> conversion = new HashMap<>();
  private final Map<String, Double> value = new HashMap<>();

  ChainOracle(Collection<JourneyPath> paths) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    Map<String, Long> leaving = new HashMap<>();
    Map<String, Long> converted = new HashMap<>();
    Map<String, Double> worth = new HashMap<>();
    for (JourneyPath path : paths) {
      List<String> states = new ArrayList<>();
      states.add(START);
      for (PartnerId party : path.parties()) {
        if (!states.get(states.size() - 1).equals(party.value())) {
          states.add(party.value());
        }
      }
      long journeys = path.conversions() + path.nulls();
      for (int i = 0; i + 1 < states.size(); i++) {
        counts
            .computeIfAbsent(states.get(i), k -> new HashMap<>())
            .merge(states.get(i + 1), journeys, Long::sum);
        leaving.merge(states.get(i), journeys, Long::sum);
      }
      String last = states.get(states.size() - 1);
      leaving.merge(last, journeys, Long::sum);
      converted.merge(last, path.conversions(), Long::sum);
      worth.merge(last, path.value().getNumber().doubleValue(), Double::sum);
    }
    for (String state : leaving.keySet()) {
      double out = leaving.get(state);
      Map<String, Double> row = new HashMap<>();
      counts.getOrDefault(state, Map.of()).forEach((to, c) -> row.put(to, c / out));
      next.put(state, row);
      conversion.put(state, converted.getOrDefault(state, 0L) / out);
      value.put(state, worth.getOrDefault(state, 0.0) / out);
    }
  }

  /** The probability of conversion from the start with {@code removed} sent to null. */
  double conversionProbability(String removed) {
    return solve(conversion, removed);
  }

  /** The expected value from the start with {@code removed} sent to null. */
  double expectedValue(String removed) {
    return solve(value, removed);
  }

  private double solve(Map<String, Double> reward, String removed) {
    Map<String, Double> h = new HashMap<>();
    next.keySet().forEach(s -> h.put(s, 0.0));
    for (int iteration = 0; iteration < 200_000; iteration++) {
      double change = 0;
      double size = 0;
      for (String state : next.keySet()) {
        double x = 0;
        if (!state.equals(removed)) {
          x = reward.get(state);
          for (Map.Entry<String, Double> step : next.get(state).entrySet()) {
            x += step.getValue() * h.get(step.getKey());
          }
        }
        change = Math.max(change, Math.abs(x - h.get(state)));
        size = Math.max(size, Math.abs(x));
        h.put(state, x);
      }
      if (change <= 1e-15 * size) {
        break;
      }
    }
    return h.get(START);
  }
}
