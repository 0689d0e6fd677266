package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A relationship between the host company and one partner: how they go to market together (the
 * {@link SalesMotion}), how balanced and how formal the relationship is, any exclusivity, the
 * resources each side commits, who governs it on each side, and when it started.
 *
 * <p>The parties a motion names ({@link SellTo#seller()} and {@link SellTo#buyer()}, {@link
 * SellThrough#supplier()} and {@link SellThrough#channel()}) are the host and the partner, in
 * either order, and every {@link Commitment} is made by one of the two.
 *
 * <pre>{@code
 * Relationship alliance = Relationship.builder()
 *     .id(RelationshipId.of("rel-1"))
 *     .host(PartnerId.of("hq"))
 *     .partner(PartnerId.of("acme"))
 *     .motion(SellWith.of("platform", "implementation", true))
 *     .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
 *     .formality(Formality.quidProQuo(Period.ofYears(2)))
 *     .start(LocalDate.of(2024, 1, 1))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Relationship implements WithRelationship {
  Relationship() {}

  /** The relationship's id. */
  public abstract RelationshipId id();

  /** The host company: the side that manages the relationship. */
  public abstract PartnerId host();

  /** The partner, never the host. */
  public abstract PartnerId partner();

  /** How the two sides go to market together. */
  public abstract SalesMotion motion();

  /** Whether this is a balanced alliance or an unbalanced channel relationship. */
  public abstract Symmetry symmetry();

  /** How formally the relationship is agreed and how often it is reviewed. */
  public abstract Formality formality();

  /** The exclusivity granted, if any. */
  public abstract Optional<Exclusivity> exclusivity();

  /** What each side puts in, in the order given; each made by the host or the partner. */
  public abstract ImmutableList<Commitment> commitments();

  /** Sponsors and alliance managers on each side; {@link Governance#none()} unless given. */
  @Value.Default
  public Governance governance() {
    return Governance.none();
  }

  /** The day the relationship started. */
  public abstract LocalDate start();

  /** Whether the relationship is an alliance, that is, its motion is {@link SellWith}. */
  public boolean isAlliance() {
    return motion() instanceof SellWith;
  }

  /**
   * The day the relationship was last reviewed by both sides, if it has been; not before the start.
   */
  public abstract Optional<LocalDate> lastReview();

  /**
   * Whether the parties have agreed an alliance sales process, if known; empty when the records do
   * not say.
   */
  public abstract Optional<SalesProcess> salesProcess();

  /** The two parties: the host first, then the partner. */
  public ImmutableSet<PartnerId> parties() {
    return ImmutableSet.of(host(), partner());
  }

  /**
   * Returns the other side of the relationship: the partner for the host, the host for the partner.
   *
   * @throws IllegalArgumentException if {@code party} is neither the host nor the partner
   */
  public PartnerId counterpart(PartnerId party) {
    checkNotNull(party, "party");
    if (party.equals(host())) {
      return partner();
    }
    checkArgument(
        party.equals(partner()),
        "%s is not a party to relationship %s, whose parties are %s and %s",
        party,
        id(),
        host(),
        partner());
    return host();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Relationship}; every attribute but exclusivity, commitments and governance is
   * required. {@code build()} throws {@link IllegalStateException} naming any missing attribute and
   * {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRelationship.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !host().equals(partner()),
        "relationship %s must have different host and partner, both are %s",
        id(),
        host());
    SalesMotion motion = motion();
    if (motion instanceof SellTo sellTo) {
      checkMotionParties("sell-to seller", sellTo.seller(), "buyer", sellTo.buyer());
    } else if (motion instanceof SellThrough sellThrough) {
      checkMotionParties(
          "sell-through supplier", sellThrough.supplier(), "channel", sellThrough.channel());
    }
    for (Commitment commitment : commitments()) {
      checkArgument(
          parties().contains(commitment.party()),
          "commitment party %s of relationship %s must be its host %s or its partner %s",
          commitment.party(),
          id(),
          host(),
          partner());
    }
    lastReview()
        .ifPresent(
            day ->
                checkArgument(
                    !day.isBefore(start()),
                    "relationship %s was last reviewed on %s, before it started on %s",
                    id(),
                    day,
                    start()));
  }

  private void checkMotionParties(
      String firstRole, PartnerId first, String secondRole, PartnerId second) {
    checkArgument(
        parties().equals(ImmutableSet.of(first, second)),
        "%s %s and %s %s of relationship %s must be its host %s and its partner %s",
        firstRole,
        first,
        secondRole,
        second,
        id(),
        host(),
        partner());
  }
}
