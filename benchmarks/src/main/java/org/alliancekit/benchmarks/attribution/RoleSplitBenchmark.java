package org.alliancekit.benchmarks.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.DealColumns;
import org.alliancekit.attribution.DealSplits;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.model.party.PartnerId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A money-exact role-weighted split of many deals of one to five partners each: the library's
 * {@link RoleWeighted#standard()} model deal by deal on objects ({@code library}: a {@link
 * MoneySplit} of {@code MonetaryAmount}s per deal), the same model over the deals as columns
 * ({@code columns}: {@link RoleWeighted#split(DealColumns)}, the path for a million deals, parts in
 * cents), and {@link RoleSplitBaseline}. The columns are built before timing, as a caller holding
 * the deals in arrays builds them once. Before timing, every library split must add up to its
 * deal's amount exactly and agree with the baseline to one cent per party, and the columnar parts
 * must equal the object splits to the cent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoleSplitBenchmark {
  /** The number of deals. */
  @Param({"1000000"})
  public int deals;

  /** The number of partners the deals are drawn from. */
  static final int PARTNERS = 2_000;

  private AttributionData.Deals data;
  private RoleWeighted model;
  private DealColumns columns;

  /** Generates the deals and cross-checks the library against the baseline. */
  @Setup(Level.Trial)
  public void setUp() {
    data = AttributionData.deals(deals, PARTNERS, AttributionData.SEED);
    model = RoleWeighted.standard();
    columns = columns(data);
    long[] expected = RoleSplitBaseline.split(data);
    DealSplits columnar = columns();
    if (!columnar.problems().isEmpty()) {
      throw new IllegalStateException("columnar split refuses " + columnar.problems().get(0));
    }
    for (int deal = 0; deal < data.size(); deal++) {
      MoneySplit split = model.split(data.participants().get(deal), data.amounts().get(deal));
      long sum = 0;
      int column = data.start()[deal];
      for (MonetaryAmount part : split.parts().values()) {
        long cents =
            part.getNumber().numberValue(BigDecimal.class).movePointRight(2).longValueExact();
        sum += cents;
        if (columnar.part(column) != cents) {
          throw new IllegalStateException(
              "deal "
                  + deal
                  + ": columnar part "
                  + columnar.part(column)
                  + " cents but object part "
                  + part);
        }
        if (Math.abs(cents - expected[column]) > 1) {
          throw new IllegalStateException(
              "deal "
                  + deal
                  + ": library part "
                  + part
                  + " but baseline "
                  + expected[column]
                  + " cents");
        }
        column++;
      }
      if (sum != data.amountMinor()[deal]) {
        throw new IllegalStateException(
            "deal "
                + deal
                + ": parts add up to "
                + sum
                + " cents, not "
                + data.amountMinor()[deal]);
      }
    }
  }

  /** Splits every deal with the library. */
  @Benchmark
  public void library(Blackhole blackhole) {
    List<List<Participant>> participants = data.participants();
    List<MonetaryAmount> amounts = data.amounts();
    for (int deal = 0; deal < participants.size(); deal++) {
      blackhole.consume(model.split(participants.get(deal), amounts.get(deal)));
    }
  }

  /** Splits every deal given as columns with the library. */
  @Benchmark
  public DealSplits columns() {
    return model.split(columns);
  }

  /** The deals as the library's columns: partner and role tables, indexes, amounts in cents. */
  static DealColumns columns(AttributionData.Deals data) {
    List<PartnerId> parties = new ArrayList<>(PARTNERS);
    for (int i = 0; i < PARTNERS; i++) {
      parties.add(AttributionData.partner(i));
    }
    List<String> roles = List.of(AttributionData.ROLES);
    int[] role = new int[data.party().length];
    for (int deal = 0; deal < data.size(); deal++) {
      int column = data.start()[deal];
      for (Participant participant : data.participants().get(deal)) {
        role[column++] = roles.indexOf(participant.role());
      }
    }
    return DealColumns.of(parties, roles, data.start(), data.party(), role, data.amountMinor());
  }

  /** Splits every deal with the hand-written long-minor-units loop. */
  @Benchmark
  public long[] baseline() {
    return RoleSplitBaseline.split(data);
  }
}
