package org.alliancekit.benchmarks.mapping;

import java.util.concurrent.TimeUnit;
import org.alliancekit.pipeline.mapping.AccountBook;
import org.alliancekit.pipeline.mapping.AccountMap;
import org.alliancekit.pipeline.mapping.AccountMapping;
import org.alliancekit.pipeline.mapping.AccountMatch;
import org.alliancekit.pipeline.mapping.MatchKeyProducer;
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

/**
 * The overlap of two account lists on HMAC-SHA256 keys: the library's key exchange ({@link
 * MatchKeyProducer#keysOf(AccountBook)} of both books, then the common keys), the library's full
 * {@link AccountMapping} (counting the matches with accounts on both sides) and the hand-written
 * {@link MappingBaseline}. Every implementation computes the keys of both lists inside the timed
 * work. Before timing, all three must count the generator's overlap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MappingBenchmark {
  /** The number of accounts on each list. */
  @Param({"1000000"})
  public int accounts;

  /** The share of the right list's companies that are also on the left list. */
  private static final double SHARE = 0.3;

  private MappingData data;
  private AccountBook left;
  private AccountBook right;
  private MatchKeyProducer producer;

  /** Generates the lists and cross-checks the overlap counts. */
  @Setup(Level.Trial)
  public void setUp() {
    data = MappingData.generate(accounts, SHARE, MappingData.SEED);
    left = data.leftBook();
    right = data.rightBook();
    producer = MatchKeyProducer.hmacSha256(MappingData.SECRET);
    check("baseline", baseline());
    check("keys", keys());
    check("mapping", mapping());
  }

  private void check(String implementation, long overlap) {
    if (overlap != data.overlap()) {
      throw new IllegalStateException(
          implementation + " counts " + overlap + " shared accounts, not " + data.overlap());
    }
  }

  /** The library's key exchange: both books' keys, then the keys they have in common. */
  @Benchmark
  public long keys() {
    return producer.keysOf(left).commonWith(producer.keysOf(right)).size();
  }

  /** The library's full account mapping, counting the matches found on both sides. */
  @Benchmark
  public long mapping() {
    AccountMap map = AccountMapping.using(producer).map(left, right);
    long both = 0;
    for (AccountMatch match : map.matches()) {
      if (!match.left().isEmpty() && !match.right().isEmpty()) {
        both++;
      }
    }
    return both;
  }

  /** The hand-written javax.crypto and open-addressing loop. */
  @Benchmark
  public long baseline() {
    return MappingBaseline.overlap(data.left(), data.right(), MappingData.SECRET);
  }
}
