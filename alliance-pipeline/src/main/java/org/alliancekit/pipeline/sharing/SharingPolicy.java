package org.alliancekit.pipeline.sharing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What one party may see of another's pipeline: one {@link RecordPolicy} for the opportunities and
 * one for the leads. They are separate because sharing leads and sharing opportunities mean
 * different things: a partner that passes leads and receives opportunities acts as a channel, while
 * partners that share the opportunities each of them finds, and work them together, act as an
 * alliance.
 *
 * <pre>{@code
 * SharingPolicy alliance = SharingPolicy.of(
 *     RecordPolicy.of(Visibility.OVERLAPPING_ACCOUNTS)
 *         .with(SharedField.ID, FieldTreatment.SHOW)
 *         .with(SharedField.AMOUNT, FieldTreatment.SHOW)
 *         .with(SharedField.ACCOUNT, FieldTreatment.SHOW),
 *     RecordPolicy.of(Visibility.COUNTS_ONLY));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class SharingPolicy implements WithSharingPolicy {
  SharingPolicy() {}

  /** What the viewer may see of the opportunities. */
  @Value.Parameter
  public abstract RecordPolicy opportunities();

  /** What the viewer may see of the leads. */
  @Value.Parameter
  public abstract RecordPolicy leads();

  /** Whether either record policy pseudonymises a field of records it shows. */
  public boolean pseudonymises() {
    return opportunities().pseudonymises() || leads().pseudonymises();
  }

  /** Returns the policy made of the two record policies. */
  public static SharingPolicy of(RecordPolicy opportunities, RecordPolicy leads) {
    return ImmutableSharingPolicy.of(opportunities, leads);
  }

  /** Returns the policy that shows nothing of either kind of record. */
  public static SharingPolicy nothing() {
    return of(RecordPolicy.nothing(), RecordPolicy.nothing());
  }

  /** Returns the policy that shows every opportunity and every lead with every field. */
  public static SharingPolicy full() {
    return of(RecordPolicy.full(), RecordPolicy.full());
  }

  /** Returns a new builder; both record policies are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SharingPolicy}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableSharingPolicy.Builder {
    Builder() {}
  }
}
