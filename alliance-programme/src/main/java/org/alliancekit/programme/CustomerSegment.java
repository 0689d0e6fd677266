package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.Optional;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.CountryCode;
import org.apiguardian.api.API;

/**
 * A customer segment as the accounts give it: the account's segment, industry and country, each of
 * which may be unknown. Accounts with the same three values form one segment.
 *
 * @param segment the segment, such as "enterprise", if known
 * @param industry the industry, such as "Insurance", if known
 * @param country the country, if known
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CustomerSegment(
    Optional<String> segment, Optional<String> industry, Optional<CountryCode> country)
    implements Comparable<CustomerSegment> {

  private static final Comparator<CustomerSegment> ORDER =
      Comparator.comparing((CustomerSegment s) -> s.segment().orElse(""))
          .thenComparing(s -> s.industry().orElse(""))
          .thenComparing(s -> s.country().map(CountryCode::alpha2).orElse(""));

  /** Checks that none is null. */
  public CustomerSegment {
    checkNotNull(segment, "segment");
    checkNotNull(industry, "industry");
    checkNotNull(country, "country");
  }

  /** The segment of an account. */
  public static CustomerSegment of(Account account) {
    checkNotNull(account, "account");
    return new CustomerSegment(account.segment(), account.industry(), account.country());
  }

  /** Orders by segment, industry and country, an unknown value first. */
  @Override
  public int compareTo(CustomerSegment other) {
    return ORDER.compare(this, other);
  }
}
