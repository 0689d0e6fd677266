package org.alliancekit.pipeline.sharing;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a viewer sees of another party's pipeline under a {@link SharingPolicy}: the as-of date, the
 * visibility granted for each kind of record, the record counts when they may be seen and the
 * records in the view, each redacted field by field.
 *
 * <p>The view does not name the pipeline's owner (the viewer knows whose pipeline it asked for, and
 * the owner may be one of the parties the policy hides).
 *
 * <p>Rules: a count is present exactly when its visibility {@link Visibility#showsCounts() shows
 * counts}; records are listed only at a visibility that {@link Visibility#showsRecords() shows
 * records}, and never more than the count.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RedactedPipeline implements WithRedactedPipeline {
  RedactedPipeline() {}

  /** The day the shared pipeline describes. */
  public abstract LocalDate asOf();

  /** The visibility granted for opportunities. */
  public abstract Visibility opportunityVisibility();

  /** The visibility granted for leads. */
  public abstract Visibility leadVisibility();

  /** The number of opportunities in the whole pipeline, when counts may be seen. */
  public abstract OptionalInt opportunityCount();

  /** The number of leads in the whole pipeline, when counts may be seen. */
  public abstract OptionalInt leadCount();

  /** The opportunities in the view, in the pipeline's order. */
  public abstract ImmutableList<RedactedOpportunity> opportunities();

  /** The leads in the view, in the pipeline's order. */
  public abstract ImmutableList<RedactedLead> leads();

  /**
   * Returns a new builder; the as-of date and both visibilities are required, counts must match the
   * visibilities.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RedactedPipeline}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableRedactedPipeline.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkRecords(
        "opportunity", opportunityVisibility(), opportunityCount(), opportunities().size());
    checkRecords("lead", leadVisibility(), leadCount(), leads().size());
  }

  private static void checkRecords(
      String kind, Visibility visibility, OptionalInt count, int records) {
    checkArgument(
        count.isPresent() == visibility.showsCounts(),
        "%s count must be %s at %s visibility",
        kind,
        visibility.showsCounts() ? "present" : "absent",
        visibility);
    checkArgument(
        records == 0 || visibility.showsRecords(),
        "%s visibility %s shows no records, but %s %s records are listed",
        kind,
        visibility,
        records,
        kind);
    checkArgument(
        records <= count.orElse(0),
        "%s records listed (%s) exceed the %s count %s",
        kind,
        records,
        kind,
        count.orElse(0));
  }
}
