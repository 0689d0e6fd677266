package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something {@link RelationshipChecks} found that needs attention: what kind of issue, how severe,
 * a sentence that names the parties, and what it concerns (the relationship, the parties, for
 * channel conflict the account and opportunity, and for a rejected deal registration the
 * opportunity).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Finding implements WithFinding {
  Finding() {}

  /** What the finding is about. */
  public abstract FindingKind kind();

  /** How urgently it calls for attention. */
  public abstract Severity severity();

  /** What was found, as a sentence naming the parties. */
  public abstract String message();

  /** The relationship concerned, when the finding is about one relationship. */
  public abstract Optional<RelationshipId> relationship();

  /** The parties concerned, in id order; at least one. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<PartnerId> parties();

  /** The account concerned, for a channel conflict. */
  public abstract Optional<AccountId> account();

  /**
   * The opportunity concerned, for a channel conflict on one opportunity or a rejected deal
   * registration.
   */
  public abstract Optional<OpportunityId> opportunity();

  /**
   * The order in which an analysis lists findings: most severe first; then by relationship id,
   * findings of no relationship (such as a partner's competency) last; then by the parties named,
   * the kind and the message. Consistent with equals for findings that differ in those fields.
   */
  public static final Comparator<Finding> REPORT_ORDER =
      Comparator.comparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(
              (Finding f) -> f.relationship().map(RelationshipId::value),
              Comparator.comparing(
                  (Optional<String> id) -> id.orElse(null),
                  Comparator.nullsLast(Comparator.naturalOrder())))
          .thenComparing(f -> f.parties().toString())
          .thenComparing(Finding::kind)
          .thenComparing(Finding::message);

  /** Returns a new builder; kind, severity, message and at least one party are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Finding}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!message().isBlank(), "%s finding message must not be blank", kind());
    checkArgument(!parties().isEmpty(), "%s finding must name at least one party", kind());
  }
}
