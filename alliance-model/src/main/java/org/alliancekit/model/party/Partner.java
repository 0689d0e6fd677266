package org.alliancekit.model.party;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Month;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A company that takes part in alliance sales: the host company itself or one of its partners.
 *
 * <p>A partner has a name and one or more {@link PartnerKind}s, and optionally a headquarters
 * country, the regions it serves, its size, certified competencies and segment tags (the customer
 * segments it is positioned for, matched against {@link Account#segment()}).
 *
 * <pre>{@code
 * Partner acme = Partner.builder()
 *     .id(PartnerId.of("acme"))
 *     .name("Acme Integration")
 *     .addKinds(PartnerKind.SYSTEMS_INTEGRATOR, PartnerKind.RESELLER)
 *     .headquarters(CountryCode.of("GB"))
 *     .size(CompanySize.of(1_200))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Partner implements WithPartner {
  Partner() {}

  /** The partner's id. */
  public abstract PartnerId id();

  /** The partner's display name. */
  public abstract String name();

  /** What kinds of company the partner is; at least one, in {@link PartnerKind} order. */
  public abstract ImmutableSet<PartnerKind> kinds();

  /** Country of the headquarters, if known. */
  public abstract Optional<CountryCode> headquarters();

  /** Regions the partner serves, such as "EMEA" or "DACH"; may be empty. */
  public abstract ImmutableSet<String> regions();

  /** Head count and revenue, if known. */
  public abstract Optional<CompanySize> size();

  /** Certified competencies, in the order given. */
  public abstract ImmutableList<Competency> competencies();

  /** Customer segments the partner is positioned for, such as "mid-market" or "public sector". */
  public abstract ImmutableSet<String> segments();

  /**
   * The month the partner's fiscal year starts in; {@link Month#JANUARY} (the calendar year) unless
   * given.
   */
  @Value.Default
  public Month fiscalYearStartMonth() {
    return Month.JANUARY;
  }

  /** The size class, when the size is known. */
  public Optional<SizeClass> sizeClass() {
    return size().map(CompanySize::sizeClass);
  }

  /** Whether the partner is of the given kind. */
  public boolean is(PartnerKind kind) {
    return kinds().contains(checkNotNull(kind, "kind"));
  }

  /**
   * Whether this partner and {@code other} form a David-and-Goliath pair (see {@link
   * SizeClass#isDavidAndGoliath}); false when either size is unknown.
   */
  public boolean isDavidAndGoliathWith(Partner other) {
    checkNotNull(other, "other");
    return sizeClass().isPresent()
        && other.sizeClass().isPresent()
        && SizeClass.isDavidAndGoliath(sizeClass().get(), other.sizeClass().get());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Partner}; {@code id}, {@code name} and at least one kind are required. {@code
   * build()} throws {@link IllegalStateException} naming any missing attribute and {@link
   * IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.name("partner name", name());
    checkArgument(!kinds().isEmpty(), "partner %s must have at least one kind", id());
    Checks.names("partner region", regions());
    Checks.names("partner segment", segments());
  }
}
