package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.pipeline.forecast.FiscalCalendar;
import org.alliancekit.pipeline.forecast.FiscalYearNaming;
import org.alliancekit.pipeline.forecast.Forecast;
import org.alliancekit.pipeline.forecast.ForecastFigures;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.alliancekit.pipeline.forecast.PartnerForecast;
import org.alliancekit.pipeline.forecast.PeriodLength;
import org.alliancekit.pipeline.forecast.PeriodScheme;
import org.alliancekit.pipeline.velocity.ClosedDealVelocity;
import org.alliancekit.pipeline.velocity.Segment;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.pipeline.velocity.Segmentation;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.FindingKind;
import org.alliancekit.scoring.relationship.MotionEvidence;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.alliancekit.scoring.relationship.MotionObserver;
import org.alliancekit.scoring.relationship.RelationshipChecks;
import org.alliancekit.scoring.relationship.Severity;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.javamoney.moneta.Money;

/**
 * The pipeline analyses of a portfolio over Spark DataFrames, each equal to the single-JVM
 * library's result on the same records: the forecast by period and partner ({@link Forecaster}),
 * the velocity of closed deals by route to market ({@link ClosedDealVelocity}), the sales motions
 * observed from the leads and opportunities ({@link MotionObserver}), and the findings that come
 * from those records, channel conflicts and motion mismatches ({@link RelationshipChecks}).
 *
 * <pre>{@code
 * // persist(): the rows are grouped by record once for all the analyses below
 * PipelineFrames frames = PipelineFrames.read(spark, "s3a://bucket/portfolio").persist();
 * SparkPipeline pipeline = SparkPipeline.standard();
 * var forecast = pipeline.forecast(frames);              // exact, per period, partner and currency
 * var velocity = pipeline.velocity(frames, asOf);
 * var motions = pipeline.motions(frames, asOf);
 * var findings = pipeline.findings(frames, PartnerId.of("hq"), asOf, motions);
 * pipeline.problems(frames).show();                       // every row left out, with the reason
 * }</pre>
 *
 * <p><b>How.</b> The library does the arithmetic, inside the executors: the rows of each record are
 * grouped by its id in one shuffle and read, a batch of records at a time, by the library's CSV
 * rules into model records (the solution an opportunity names is not read; the stages are those of
 * {@link org.alliancekit.model.pipeline.StageModels#coSell()}); each partition gives its part of
 * the result as the library computes it, and the driver adds the parts up with the library's own
 * sums ({@link PartnerForecast#plus}, {@link SegmentVelocity#plus}, {@link MotionEvidence#plus}),
 * which are exact, so the result does not depend on how the rows are partitioned. Money is never
 * converted here: a forecast holds exact sums per currency, which {@link Forecast#convertedTo}
 * converts, once, into one currency. Channel conflicts, which compare the opportunities of one
 * account, are found in a second shuffle that puts each account's opportunities in one partition.
 * The relationships are few: they are read on the driver and their rows shipped to the executors,
 * which read them again by the same rules.
 *
 * <p><b>Bad rows</b> are left out of every analysis, exactly those the library's CSV readers
 * refuse, and {@link #problems(PipelineFrames)} lists each one ({@code source, key, kind, message}:
 * the file's name without {@code .csv}, the record's id, the {@link
 * org.alliancekit.model.batch.ProblemKind} and the reader's message). In messages, line numbers
 * count the rows of Spark's batch, not the lines of a file.
 *
 * <p>Immutable and thread-safe; what it ships to the executors is serialisable.
 */
public final class SparkPipeline {
  /** The records read at a time in each partition, by default. */
  public static final int DEFAULT_BATCH_SIZE = 20_000;

  private final double commitThreshold;
  private final Periods periods;
  private final int batchSize;

  private SparkPipeline(double commitThreshold, Periods periods, int batchSize) {
    this.commitThreshold = commitThreshold;
    this.periods = periods;
    this.batchSize = batchSize;
  }

  /**
   * Returns the analyses with the library's defaults: {@link Forecaster#standard()} (commit
   * threshold {@value Forecaster#DEFAULT_COMMIT_THRESHOLD}) by calendar quarter of the expected
   * close ({@link PeriodScheme#calendarQuarters()}), as the portfolio report's {@code
   * forecast.csv}.
   */
  public static SparkPipeline standard() {
    return new SparkPipeline(
        Forecaster.DEFAULT_COMMIT_THRESHOLD,
        Periods.of(PeriodScheme.calendarQuarters()),
        DEFAULT_BATCH_SIZE);
  }

  /** Returns a copy that forecasts with {@link Forecaster#of(double) Forecaster.of(threshold)}. */
  public SparkPipeline withCommitThreshold(double threshold) {
    Forecaster.of(threshold);
    return new SparkPipeline(threshold, periods, batchSize);
  }

  /** Returns a copy that forecasts by the periods of {@code scheme}. */
  public SparkPipeline withPeriods(PeriodScheme scheme) {
    return new SparkPipeline(
        commitThreshold, Periods.of(checkNotNull(scheme, "scheme")), batchSize);
  }

  /**
   * Returns a copy that reads {@code records} records at a time in each partition: more uses more
   * memory in an executor and calls the library less often; the results are the same.
   *
   * @throws IllegalArgumentException if {@code records} is not positive
   */
  public SparkPipeline withBatchSize(int records) {
    checkArgument(records > 0, "batch size %s must be positive", records);
    return new SparkPipeline(commitThreshold, periods, records);
  }

  /**
   * The forecast by period and partner of the opportunities: equal to {@link
   * Forecaster#byPeriodAndPartner(Iterable, PeriodScheme)} of the opportunities the library reads
   * from the rows, exact sums per currency. Convert a forecast into one currency with {@link
   * Forecast#convertedTo}.
   */
  public ImmutableSortedMap<ForecastPeriod, PartnerForecast> forecast(PipelineFrames frames) {
    checkNotNull(frames, "frames");
    return forecastOf(opportunityParts(frames, null, null, true, false, false));
  }

  /**
   * The velocity of the deals closed in the twelve months up to {@code asOf}, by route to market
   * and currency: equal to {@link ClosedDealVelocity#of} of the opportunities the library reads
   * from the rows, segmented by {@link Segmentation#byRelationships} of the relationships it reads.
   */
  public ImmutableList<SegmentVelocity> velocity(PipelineFrames frames, LocalDate asOf) {
    checkNotNull(frames, "frames");
    checkNotNull(asOf, "asOf");
    PipelineRows.Relationships relationships =
        PipelineRows.Relationships.collect(frames, PipelineRows.Layout.of(frames));
    return velocityOf(opportunityParts(frames, relationships, asOf, false, true, false));
  }

  /**
   * The sales motion each relationship shows over the twelve months up to {@code asOf}: equal to
   * {@link MotionObserver#observe(java.util.Collection, java.util.Collection, java.util.Collection,
   * LocalDate)} of the relationships, leads and opportunities the library reads from the rows, one
   * observation per relationship in relationship id order.
   */
  public ImmutableMap<RelationshipId, MotionObservation> motions(
      PipelineFrames frames, LocalDate asOf) {
    checkNotNull(frames, "frames");
    checkNotNull(asOf, "asOf");
    PipelineRows.Relationships relationships =
        PipelineRows.Relationships.collect(frames, PipelineRows.Layout.of(frames));
    List<Object[]> parts = opportunityParts(frames, relationships, asOf, false, false, true);
    parts.addAll(leadParts(frames, relationships, asOf));
    return motionsOf(parts, relationships);
  }

  /**
   * All the analyses at once, in as few passes over the rows as they need: one over the
   * opportunities for the forecast, the velocity and their share of the motion counts, one over the
   * leads, and the shuffle by account for the channel conflicts. Each part equals the method of its
   * own ({@link #forecast}, {@link #velocity}, {@link #motions}, {@link #findings}), which read the
   * opportunities once each.
   */
  public PipelineAnalysis analyse(PipelineFrames frames, PartnerId host, LocalDate asOf) {
    checkNotNull(frames, "frames");
    checkNotNull(host, "host");
    checkNotNull(asOf, "asOf");
    PipelineRows.Relationships relationships =
        PipelineRows.Relationships.collect(frames, PipelineRows.Layout.of(frames));
    List<Object[]> parts = opportunityParts(frames, relationships, asOf, true, true, true);
    List<Object[]> motionParts = new ArrayList<>(parts);
    motionParts.addAll(leadParts(frames, relationships, asOf));
    ImmutableMap<RelationshipId, MotionObservation> motions = motionsOf(motionParts, relationships);
    return new PipelineAnalysis(
        forecastOf(parts), velocityOf(parts), motions, findings(frames, host, asOf, motions));
  }

  /** The tags of the parts rows: the analysis each row is a part of. */
  private static final String FORECAST = "F";

  private static final String VELOCITY = "V";
  private static final String MOTIONS = "M";

  /**
   * Reads the opportunities once, partition by partition, and returns the parts of the analyses
   * asked for, each row tagged with its analysis (its first value).
   */
  private List<Object[]> opportunityParts(
      PipelineFrames frames,
      PipelineRows.Relationships relationships,
      LocalDate asOf,
      boolean forecast,
      boolean velocity,
      boolean motions) {
    PipelineRows.Layout layout = PipelineRows.Layout.of(frames);
    double threshold = commitThreshold;
    Periods scheme = periods;
    int batch = batchSize;
    FlatMapFunction<java.util.Iterator<Row>, Object[]> parts =
        groups -> {
          List<Relationship> known = relationships == null ? List.of() : relationships.values();
          Forecaster forecaster = Forecaster.of(threshold);
          PeriodScheme periodScheme = scheme.scheme();
          Segmentation segmentation = velocity ? Segmentation.byRelationships(known) : null;
          Map<ForecastPeriod, PartnerForecast> forecasts = new TreeMap<>();
          Map<String, SegmentVelocity> velocities = new TreeMap<>();
          Map<RelationshipId, MotionEvidence> evidence = new HashMap<>();
          PipelineRows.readOpportunities(
              groups,
              layout,
              batch,
              false,
              opportunities -> {
                if (forecast) {
                  forecaster
                      .byPeriodAndPartner(opportunities, periodScheme)
                      .forEach(
                          (period, part) -> forecasts.merge(period, part, PartnerForecast::plus));
                }
                if (velocity) {
                  for (SegmentVelocity row :
                      ClosedDealVelocity.of(opportunities, segmentation, asOf)) {
                    velocities.merge(velocityKey(row), row, SegmentVelocity::plus);
                  }
                }
                if (motions) {
                  add(
                      evidence,
                      MotionObserver.standard().count(known, List.of(), opportunities, asOf));
                }
              },
              problem -> {});
          List<Object[]> rows = new ArrayList<>();
          forecastRows(rows, forecasts);
          velocityRows(rows, velocities);
          evidenceRows(rows, evidence);
          return rows.iterator();
        };
    return new ArrayList<>(
        PipelineRows.opportunities(frames, layout).toJavaRDD().mapPartitions(parts).collect());
  }

  /** Reads the leads once, partition by partition, and returns their parts of the motion counts. */
  private List<Object[]> leadParts(
      PipelineFrames frames, PipelineRows.Relationships relationships, LocalDate asOf) {
    PipelineRows.Layout layout = PipelineRows.Layout.of(frames);
    int batch = batchSize;
    FlatMapFunction<java.util.Iterator<Row>, Object[]> parts =
        groups -> {
          List<Relationship> known = relationships.values();
          Map<RelationshipId, MotionEvidence> evidence = new HashMap<>();
          PipelineRows.readLeads(
              groups,
              layout,
              batch,
              leads ->
                  add(evidence, MotionObserver.standard().count(known, leads, List.of(), asOf)),
              problem -> {});
          List<Object[]> rows = new ArrayList<>();
          evidenceRows(rows, evidence);
          return rows.iterator();
        };
    return PipelineRows.leads(frames, layout).toJavaRDD().mapPartitions(parts).collect();
  }

  private static void forecastRows(
      List<Object[]> rows, Map<ForecastPeriod, PartnerForecast> forecasts) {
    forecasts.forEach(
        (period, forecast) -> {
          forecast
              .partners()
              .forEach((partner, f) -> figures(rows, period, "P", partner.value(), f));
          figures(rows, period, "U", "", forecast.unpartnered());
          figures(rows, period, "T", "", forecast.total());
        });
  }

  private static ImmutableSortedMap<ForecastPeriod, PartnerForecast> forecastOf(
      List<Object[]> rows) {
    Map<ForecastPeriod, Map<String, List<ForecastFigures>>> byPeriod = new TreeMap<>();
    for (Object[] row : rows) {
      if (!row[0].equals(FORECAST)) {
        continue;
      }
      ForecastPeriod period =
          ForecastPeriod.of(
              (String) row[1], LocalDate.parse((String) row[2]), LocalDate.parse((String) row[3]));
      byPeriod
          .computeIfAbsent(period, p -> new TreeMap<>())
          .computeIfAbsent(row[4] + ":" + row[5], g -> new ArrayList<>())
          .add(figures(row));
    }
    ImmutableSortedMap.Builder<ForecastPeriod, PartnerForecast> result =
        ImmutableSortedMap.naturalOrder();
    byPeriod.forEach(
        (period, groups) -> {
          PartnerForecast.Builder forecast =
              PartnerForecast.builder()
                  .unpartnered(Forecast.of(groups.getOrDefault("U:", List.of())))
                  .total(Forecast.of(groups.getOrDefault("T:", List.of())));
          groups.forEach(
              (group, figures) -> {
                if (group.startsWith("P:")) {
                  forecast.putPartner(PartnerId.of(group.substring(2)), Forecast.of(figures));
                }
              });
          result.put(period, forecast.build());
        });
    return result.build();
  }

  private static void figures(
      List<Object[]> rows, ForecastPeriod period, String group, String partner, Forecast forecast) {
    for (ForecastFigures figures : forecast.byCurrency().values()) {
      rows.add(
          new Object[] {
            FORECAST,
            period.label(),
            period.start().toString(),
            period.end().toString(),
            group,
            partner,
            figures.currency().getCurrencyCode(),
            figures.openCount(),
            figures.wonCount(),
            figures.lostCount(),
            number(figures.open()),
            number(figures.committed()),
            number(figures.won()),
            number(figures.weighted())
          });
    }
  }

  private static ForecastFigures figures(Object[] row) {
    CurrencyUnit currency = Monetary.getCurrency((String) row[6]);
    return ForecastFigures.builder()
        .currency(currency)
        .openCount((Long) row[7])
        .wonCount((Long) row[8])
        .lostCount((Long) row[9])
        .open(money((String) row[10], currency))
        .committed(money((String) row[11], currency))
        .won(money((String) row[12], currency))
        .weighted(money((String) row[13], currency))
        .build();
  }

  /**
   * The exact number of an amount as text that {@link BigDecimal#BigDecimal(String)} reads back.
   */
  private static String number(MonetaryAmount amount) {
    return Amounts.number(amount).toString();
  }

  private static MonetaryAmount money(String number, CurrencyUnit currency) {
    return Money.of(new BigDecimal(number), currency);
  }

  private static void velocityRows(List<Object[]> rows, Map<String, SegmentVelocity> velocities) {
    for (SegmentVelocity row : velocities.values()) {
      rows.add(
          new Object[] {
            VELOCITY,
            row.segment().name(),
            row.currency().getCurrencyCode(),
            row.won(),
            row.lost(),
            number(row.wonAmount()),
            row.wonCycleDays()
          });
    }
  }

  private static ImmutableList<SegmentVelocity> velocityOf(List<Object[]> rows) {
    Map<String, SegmentVelocity> sums = new TreeMap<>();
    for (Object[] row : rows) {
      if (!row[0].equals(VELOCITY)) {
        continue;
      }
      CurrencyUnit currency = Monetary.getCurrency((String) row[2]);
      SegmentVelocity part =
          new SegmentVelocity(
              Segment.valueOf((String) row[1]),
              currency,
              (Long) row[3],
              (Long) row[4],
              money((String) row[5], currency),
              (Long) row[6]);
      sums.merge(velocityKey(part), part, SegmentVelocity::plus);
    }
    return ImmutableList.copyOf(sums.values());
  }

  /** Segment in declaration order, then currency code: the order of {@link ClosedDealVelocity}. */
  private static String velocityKey(SegmentVelocity row) {
    return row.segment().ordinal() + ":" + row.currency().getCurrencyCode();
  }

  private static void add(
      Map<RelationshipId, MotionEvidence> sums, Map<RelationshipId, MotionEvidence> part) {
    part.forEach(
        (id, evidence) -> {
          if (evidence.total() > 0) {
            sums.merge(id, evidence, MotionEvidence::plus);
          }
        });
  }

  private static void evidenceRows(List<Object[]> rows, Map<RelationshipId, MotionEvidence> sums) {
    sums.forEach(
        (id, e) ->
            rows.add(
                new Object[] {
                  MOTIONS,
                  id.value(),
                  e.leadsHostToPartner(),
                  e.leadsPartnerToHost(),
                  e.opportunitiesHostToPartner(),
                  e.opportunitiesPartnerToHost(),
                  e.coSold(),
                  e.partnerAsBuyer()
                }));
  }

  private static ImmutableMap<RelationshipId, MotionObservation> motionsOf(
      List<Object[]> rows, PipelineRows.Relationships relationships) {
    Map<RelationshipId, MotionEvidence> sums = new HashMap<>();
    for (Object[] row : rows) {
      if (!row[0].equals(MOTIONS)) {
        continue;
      }
      sums.merge(
          RelationshipId.of((String) row[1]),
          new MotionEvidence(
              (Integer) row[2],
              (Integer) row[3],
              (Integer) row[4],
              (Integer) row[5],
              (Integer) row[6],
              (Integer) row[7]),
          MotionEvidence::plus);
    }
    Map<RelationshipId, MotionObservation> observations = new TreeMap<>();
    for (Relationship relationship : relationships.values()) {
      observations.put(
          relationship.id(),
          MotionObserver.standard()
              .classify(relationship, sums.getOrDefault(relationship.id(), MotionEvidence.none())));
    }
    return ImmutableMap.copyOf(observations);
  }

  /**
   * The findings that come from the opportunities and leads, as of {@code asOf}: the channel
   * conflicts ({@link RelationshipChecks#channelConflicts(PartnerId, java.util.Collection,
   * java.util.Collection, LocalDate)} of the host's relationships) and the motion mismatches
   * ({@link RelationshipChecks#motionMismatch} of each relationship and its observation from {@link
   * #motions}), in {@link Finding#REPORT_ORDER}; computes the motions first.
   */
  public ImmutableList<Finding> findings(PipelineFrames frames, PartnerId host, LocalDate asOf) {
    return findings(frames, host, asOf, motions(frames, asOf));
  }

  /**
   * The findings of {@link #findings(PipelineFrames, PartnerId, LocalDate)}, with the motions
   * already observed by {@link #motions}.
   *
   * @throws IllegalArgumentException if an observation is of a relationship the frames do not hold
   */
  public ImmutableList<Finding> findings(
      PipelineFrames frames,
      PartnerId host,
      LocalDate asOf,
      Map<RelationshipId, MotionObservation> motions) {
    checkNotNull(frames, "frames");
    checkNotNull(host, "host");
    checkNotNull(asOf, "asOf");
    checkNotNull(motions, "motions");
    PipelineRows.Layout layout = PipelineRows.Layout.of(frames);
    PipelineRows.Relationships relationships = PipelineRows.Relationships.collect(frames, layout);
    String hostId = host.value();
    int batch = batchSize;
    FlatMapFunction<java.util.Iterator<Row>, Object[]> parts =
        groups -> {
          List<Relationship> known = relationships.values();
          RelationshipChecks checks = RelationshipChecks.standard();
          PartnerId hostParty = PartnerId.of(hostId);
          List<Object[]> rows = new ArrayList<>();
          PipelineRows.readOpportunities(
              groups,
              layout,
              batch,
              true,
              opportunities -> {
                for (Finding finding :
                    checks.channelConflicts(hostParty, known, opportunities, asOf)) {
                  rows.add(findingRow(finding));
                }
              },
              problem -> {});
          return rows.iterator();
        };
    List<Object[]> conflicts =
        PipelineRows.opportunities(frames, layout)
            .repartition(col(PipelineRows.ACCOUNT))
            .sortWithinPartitions(PipelineRows.ACCOUNT)
            .toJavaRDD()
            .mapPartitions(parts)
            .collect();
    List<Finding> findings = new ArrayList<>(conflicts.size());
    for (Object[] row : conflicts) {
      findings.add(finding(row));
    }
    Map<RelationshipId, Relationship> byId = new HashMap<>();
    for (Relationship relationship : relationships.values()) {
      byId.put(relationship.id(), relationship);
    }
    for (MotionObservation observation : motions.values()) {
      Relationship relationship = byId.get(observation.relationship());
      checkArgument(
          relationship != null,
          "the observation of relationship %s is of no relationship the frames hold",
          observation.relationship());
      RelationshipChecks.standard()
          .motionMismatch(relationship, observation)
          .ifPresent(findings::add);
    }
    findings.sort(Finding.REPORT_ORDER);
    return ImmutableList.copyOf(findings);
  }

  private static Object[] findingRow(Finding finding) {
    List<String> parties = new ArrayList<>();
    finding.parties().forEach(party -> parties.add(party.value()));
    return new Object[] {
      finding.kind().name(),
      finding.severity().name(),
      finding.message(),
      finding.relationship().map(RelationshipId::value).orElse(null),
      finding.account().map(AccountId::value).orElse(null),
      finding.opportunity().map(OpportunityId::value).orElse(null),
      parties.toArray(new String[0])
    };
  }

  private static Finding finding(Object[] row) {
    Finding.Builder finding = Finding.builder();
    finding
        .kind(FindingKind.valueOf((String) row[0]))
        .severity(Severity.valueOf((String) row[1]))
        .message((String) row[2])
        .relationship(Optional.ofNullable((String) row[3]).map(RelationshipId::of))
        .account(Optional.ofNullable((String) row[4]).map(AccountId::of))
        .opportunity(Optional.ofNullable((String) row[5]).map(OpportunityId::of));
    for (String party : (String[]) row[6]) {
      finding.addParties(PartnerId.of(party));
    }
    return finding.build();
  }

  /**
   * Every row that the analyses leave out, with the reason: the problems the library's CSV readers
   * report for the rows of each frame ({@code source, key, kind, message}; see the class
   * documentation), relationships first, then opportunities with their involvements and stage
   * histories, then leads. Computed when read; an empty frame means every row was used.
   */
  public Dataset<Row> problems(PipelineFrames frames) {
    checkNotNull(frames, "frames");
    PipelineRows.Layout layout = PipelineRows.Layout.of(frames);
    PipelineRows.Relationships relationships = PipelineRows.Relationships.collect(frames, layout);
    int batch = batchSize;
    Dataset<Row> opportunities =
        PipelineRows.opportunities(frames, layout)
            .mapPartitions(
                (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>)
                    groups -> {
                      List<Row> problems = new ArrayList<>();
                      PipelineRows.readOpportunities(
                          groups, layout, batch, false, read -> {}, problems::add);
                      return problems.iterator();
                    },
                Encoders.row(Outcomes.PROBLEMS));
    Dataset<Row> leads =
        PipelineRows.leads(frames, layout)
            .mapPartitions(
                (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>)
                    groups -> {
                      List<Row> problems = new ArrayList<>();
                      PipelineRows.readLeads(groups, layout, batch, read -> {}, problems::add);
                      return problems.iterator();
                    },
                Encoders.row(Outcomes.PROBLEMS));
    return frames
        .relationships()
        .sparkSession()
        .createDataFrame(relationships.problems(), Outcomes.PROBLEMS)
        .unionByName(opportunities)
        .unionByName(leads);
  }

  /** The period scheme in serialisable parts. */
  private record Periods(
      Month firstMonth, FiscalYearNaming naming, PeriodLength length, String prefix)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Periods of(PeriodScheme scheme) {
      return new Periods(
          scheme.calendar().firstMonth(),
          scheme.calendar().naming(),
          scheme.length(),
          scheme.prefix());
    }

    PeriodScheme scheme() {
      return PeriodScheme.of(FiscalCalendar.of(firstMonth, naming), length, prefix);
    }
  }

  /** Names the settings, such as {@code SparkPipeline{commitThreshold=0.9, ...}}. */
  @Override
  public String toString() {
    return "SparkPipeline{commitThreshold="
        + commitThreshold
        + ", periods="
        + periods.scheme()
        + ", batchSize="
        + batchSize
        + "}";
  }
}
