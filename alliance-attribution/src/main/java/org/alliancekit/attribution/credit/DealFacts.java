package org.alliancekit.attribution.credit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.Participant;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What crediting needs to know about one opportunity: whose pipeline it is in, its amount, whether
 * it was won, what its origin says about partners, and which parties take part in which roles.
 *
 * <p>{@link CreditClassifier#report} reads any deal type through a function to this value, so an
 * opportunity of the pipeline model needs only a small mapping: {@code partnerSourced} when its
 * origin is partner-sourced, {@code partnerInfluenced} when its origin is partner-influenced, and
 * one {@link Participant} per involvement, keyed by the role's name.
 *
 * <pre>{@code
 * DealFacts deal = DealFacts.builder()
 *     .id(OpportunityId.of("opp-7"))
 *     .owner(PartnerId.of("host"))
 *     .amount(Money.of(120_000, "EUR"))
 *     .won(true)
 *     .partnerSourced(true)
 *     .addParticipants(Participant.of(PartnerId.of("si"), "ORIGINATOR"))
 *     .addParticipants(Participant.of(PartnerId.of("isv"), "TECHNOLOGY_PROVIDER"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class DealFacts implements WithDealFacts {
  DealFacts() {}

  /** The opportunity. */
  public abstract OpportunityId id();

  /** The party whose pipeline the opportunity is in: the company taking credit. */
  public abstract PartnerId owner();

  /** The opportunity's amount; zero or more. */
  public abstract MonetaryAmount amount();

  /** Whether the opportunity was won; false while open and when lost. */
  @Value.Default
  public boolean won() {
    return false;
  }

  /** Whether its origin says a partner brought the opportunity. */
  @Value.Default
  public boolean partnerSourced() {
    return false;
  }

  /**
   * Whether its origin says a partner influenced the opportunity (even when no involvement is
   * recorded).
   */
  @Value.Default
  public boolean partnerInfluenced() {
    return false;
  }

  /** The parties taking part and their roles, in the order given; may include the owner. */
  public abstract ImmutableList<Participant> participants();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DealFacts}; id, owner and amount are required. {@code build()} throws {@link
   * IllegalStateException} naming any missing attribute and {@link IllegalArgumentException} for an
   * invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableDealFacts.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !amount().isNegative(), "amount %s of deal %s must not be negative", amount(), id());
    checkArgument(
        !(partnerSourced() && partnerInfluenced()),
        "deal %s cannot be both partner-sourced and partner-influenced by origin",
        id());
  }
}
