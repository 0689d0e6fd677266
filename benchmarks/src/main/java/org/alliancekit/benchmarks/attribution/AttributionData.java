package org.alliancekit.benchmarks.attribution;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;

/**
 * Seeded generators of the attribution benchmarks' inputs. The same seed gives the same data on any
 * JVM ({@link SplittableRandom} and {@link StrictMath} only).
 */
public final class AttributionData {
  /** The seed of the attribution data sets. */
  public static final long SEED = 0xA77_1B07EL;

  /** The currency of every amount. */
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  /**
   * The roles of the standard role weights and their weights in tenths: originator 5; co-seller and
   * reseller 3; influencer, delivery, technology provider and referrer 2; distributor 1.
   */
  static final String[] ROLES = {
    "ORIGINATOR",
    "CO_SELLER",
    "RESELLER",
    "INFLUENCER",
    "DELIVERY",
    "TECHNOLOGY_PROVIDER",
    "REFERRER",
    "DISTRIBUTOR"
  };

  static final int[] ROLE_TENTHS = {5, 3, 3, 2, 2, 2, 2, 1};

  private AttributionData() {}

  /**
   * The id of partner {@code index}: {@code p00000}, {@code p00001}, ... (id order is index order).
   */
  public static PartnerId partner(int index) {
    String digits = Integer.toString(index);
    return PartnerId.of("p" + "00000".substring(Math.min(5, digits.length())) + digits);
  }

  /**
   * The weight of each player of the {@linkplain #game quadratic game}: 1.0 to 5.0 in steps of
   * 0.25, drawn from the seed.
   */
  public static double[] playerWeights(int players, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = new double[players];
    for (int i = 0; i < players; i++) {
      weights[i] = 1.0 + random.nextInt(17) * 0.25;
    }
    return weights;
  }

  /**
   * A game among {@code weights.length} players whose coalition value is the square of the summed
   * weights of its members, evaluated on demand. Its Shapley values have a closed form: player
   * {@code i} gets {@code w[i] x sum(w)}, since the square expands into each player's own square
   * and one product per pair, and a pair's product is split evenly between its two members.
   */
  public static CharacteristicFunction game(double[] weights) {
    Map<PartnerId, Double> weightOf = new HashMap<>();
    List<PartnerId> players = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      players.add(partner(i));
      weightOf.put(partner(i), weights[i]);
    }
    return CharacteristicFunction.of(
        players,
        (Set<PartnerId> coalition) -> {
          double sum = 0;
          for (PartnerId member : coalition) {
            sum += weightOf.get(member);
          }
          return sum * sum;
        });
  }

  /** The closed-form Shapley values of {@link #game}: {@code w[i] x sum(w)}. */
  public static double[] closedFormShapley(double[] weights) {
    double total = Arrays.stream(weights).sum();
    double[] values = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      values[i] = weights[i] * total;
    }
    return values;
  }

  /**
   * Deals worked by one to five distinct partners out of {@code partners}, one role each: the first
   * partner drawn originates, the others take any other role. Amounts are log-uniform between
   * 1,000.00 and 1,000,000.00 EUR.
   *
   * <p>The deals are kept twice: as objects for the library and as primitive columns for the
   * baseline, parties sorted by id within each deal in both.
   */
  public static Deals deals(int count, int partners, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList.Builder<List<Participant>> participants =
        ImmutableList.builderWithExpectedSize(count);
    ImmutableList.Builder<MonetaryAmount> amounts = ImmutableList.builderWithExpectedSize(count);
    int[] start = new int[count + 1];
    int[] party = new int[count * 5];
    byte[] tenths = new byte[count * 5];
    long[] amountMinor = new long[count];
    PartnerId[] ids = new PartnerId[partners];
    for (int i = 0; i < partners; i++) {
      ids[i] = partner(i);
    }
    double logLow = StrictMath.log(100_000);
    double logSpan = StrictMath.log(100_000_000) - logLow;
    int next = 0;
    int[] drawn = new int[5];
    int[] roleOf = new int[partners];
    for (int deal = 0; deal < count; deal++) {
      int size = 1 + random.nextInt(5);
      for (int k = 0; k < size; k++) {
        int candidate;
        boolean fresh;
        do {
          candidate = random.nextInt(partners);
          fresh = true;
          for (int m = 0; m < k; m++) {
            fresh &= drawn[m] != candidate;
          }
        } while (!fresh);
        drawn[k] = candidate;
        roleOf[candidate] = k == 0 ? 0 : 1 + random.nextInt(ROLES.length - 1);
      }
      Arrays.sort(drawn, 0, size);
      List<Participant> list = new ArrayList<>(size);
      start[deal] = next;
      for (int k = 0; k < size; k++) {
        list.add(Participant.of(ids[drawn[k]], ROLES[roleOf[drawn[k]]]));
        party[next] = drawn[k];
        tenths[next] = (byte) ROLE_TENTHS[roleOf[drawn[k]]];
        next++;
      }
      participants.add(List.copyOf(list));
      amountMinor[deal] = (long) StrictMath.exp(logLow + logSpan * random.nextDouble());
      amounts.add(Money.of(BigDecimal.valueOf(amountMinor[deal], 2), EUR));
    }
    start[count] = next;
    return new Deals(
        participants.build(),
        amounts.build(),
        start,
        Arrays.copyOf(party, next),
        Arrays.copyOf(tenths, next),
        amountMinor);
  }

  /**
   * Deals as objects and as columns.
   *
   * @param participants each deal's participants, sorted by party id
   * @param amounts each deal's amount
   * @param start the first column index of each deal, plus the end as a last entry
   * @param party each participation's partner index
   * @param roleTenths each participation's role weight in tenths
   * @param amountMinor each deal's amount in cents
   */
  public record Deals(
      ImmutableList<List<Participant>> participants,
      ImmutableList<MonetaryAmount> amounts,
      int[] start,
      int[] party,
      byte[] roleTenths,
      long[] amountMinor) {

    /** The number of deals. */
    public int size() {
      return amountMinor.length;
    }
  }

  /**
   * Journeys of one to six partner touches among {@code partners}, each one path with one journey.
   * Partner {@code i} converts a journey it touches with a chance from 2% to 20% drawn from the
   * seed; a journey converts when any of its touches does, with a value log-uniform between
   * 5,000.00 and 500,000.00 EUR.
   */
  public static ImmutableList<JourneyPath> journeys(int count, int partners, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] effect = new double[partners];
    PartnerId[] ids = new PartnerId[partners];
    for (int i = 0; i < partners; i++) {
      effect[i] = 0.02 + 0.18 * random.nextDouble();
      ids[i] = partner(i);
    }
    double logLow = StrictMath.log(500_000);
    double logSpan = StrictMath.log(50_000_000) - logLow;
    MonetaryAmount zero = Money.zero(EUR);
    ImmutableList.Builder<JourneyPath> paths = ImmutableList.builderWithExpectedSize(count);
    List<PartnerId> touches = new ArrayList<>(6);
    for (int j = 0; j < count; j++) {
      touches.clear();
      int length = 1 + random.nextInt(6);
      boolean converted = false;
      for (int t = 0; t < length; t++) {
        int partner = random.nextInt(partners);
        touches.add(ids[partner]);
        converted |= random.nextDouble() < effect[partner];
      }
      if (converted) {
        long cents = (long) StrictMath.exp(logLow + logSpan * random.nextDouble());
        paths.add(JourneyPath.of(touches, 1, Money.of(BigDecimal.valueOf(cents, 2), EUR), 0));
      } else {
        paths.add(JourneyPath.of(touches, 0, zero, 1));
      }
    }
    return paths.build();
  }
}
