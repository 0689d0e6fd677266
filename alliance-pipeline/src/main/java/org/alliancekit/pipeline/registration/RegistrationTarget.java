package org.alliancekit.pipeline.registration;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Comparator;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;

/**
 * What a deal registration claims: a whole account, or one opportunity. Claims compete when their
 * targets are equal; a claim on an account and a claim on one of its opportunities do not compete
 * (register both against the account to make them compete).
 *
 * <p>Targets are ordered accounts first, then opportunities, each by id. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface RegistrationTarget {

  /** Accounts first, then opportunities, each by id. */
  Comparator<RegistrationTarget> ORDER =
      Comparator.comparing((RegistrationTarget target) -> target instanceof OfOpportunity)
          .thenComparing(RegistrationTarget::idText);

  /** The target's id text. */
  String idText();

  /** Returns the target for a whole account. */
  static RegistrationTarget account(AccountId id) {
    return new OfAccount(id);
  }

  /** Returns the target for one opportunity. */
  static RegistrationTarget opportunity(OpportunityId id) {
    return new OfOpportunity(id);
  }

  /**
   * A registration of a whole account. Immutable and thread-safe.
   *
   * @param id the account
   */
  @API(status = STABLE, since = "0.1")
  record OfAccount(AccountId id) implements RegistrationTarget {
    /** Checks that the id is present. */
    public OfAccount {
      checkNotNull(id, "id");
    }

    @Override
    public String idText() {
      return id.value();
    }

    /** Returns "account " and the id. */
    @Override
    public String toString() {
      return "account " + id;
    }
  }

  /**
   * A registration of one opportunity. Immutable and thread-safe.
   *
   * @param id the opportunity
   */
  @API(status = STABLE, since = "0.1")
  record OfOpportunity(OpportunityId id) implements RegistrationTarget {
    /** Checks that the id is present. */
    public OfOpportunity {
      checkNotNull(id, "id");
    }

    @Override
    public String idText() {
      return id.value();
    }

    /** Returns "opportunity " and the id. */
    @Override
    public String toString() {
      return "opportunity " + id;
    }
  }
}
