package org.alliancekit.scoring.relationship;

import java.time.LocalDate;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.javamoney.moneta.Money;

/** Pipeline records built by hand for the tests of motions and conflicts read from records. */
final class Records {
  /** The as-of date of the tests: the window is 2025-03-31 (excluded) to 2026-03-31. */
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  /** A day well inside the window. */
  static final LocalDate IN_WINDOW = LocalDate.of(2025, 10, 1);

  static final Stage QUALIFIED = Stage.open("Qualified", 0.3);
  static final Stage WON = Stage.won("Won");
  static final Stage LOST = Stage.lost("Lost");

  private Records() {}

  /** A lead from {@code source} shared with {@code to}, received on {@code received}. */
  static Lead lead(String id, PartnerId source, PartnerId to, LocalDate received) {
    return Lead.builder()
        .id(LeadId.of(id))
        .account(Account.of(AccountId.of("c-" + id), "Customer " + id))
        .source(source)
        .received(received)
        .addSharedWith(to)
        .build();
  }

  /** An opportunity at {@code account}, created on {@code created}, in the given stage. */
  static Opportunity.Builder opportunity(
      String id, PartnerId owner, String account, LocalDate created, Stage stage) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of(account), "Customer " + account))
        .name("Deal " + id)
        .amount(Money.of(1_000, "EUR"))
        .stage(stage)
        .created(created)
        .expectedClose(created.plusDays(90))
        .owner(owner);
  }

  /** An open opportunity created well inside the window, with the given party in the role. */
  static Opportunity shared(String id, PartnerId owner, PartnerId party, InvolvementRole role) {
    return opportunity(id, owner, "c-" + id, IN_WINDOW, QUALIFIED)
        .addInvolvements(Involvement.of(party, role))
        .build();
  }
}
