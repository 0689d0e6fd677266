package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.Month;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * How far apart the budget cycles of a relationship's two parties are: the columns of {@code
 * budget_cycles.csv}, and the sentence of a {@code BUDGET_CYCLE_MISALIGNED} finding. Immutable and
 * thread-safe.
 *
 * @param relationship the relationship
 * @param hostFiscalStart the month the host's fiscal year starts in
 * @param partnerFiscalStart the month the partner's fiscal year starts in
 * @param offsetMonths months between the two starts, the shorter way round the year: 0 to 6
 * @param nextJointDeadline the last day to agree a joint budget so that it is in both cycles
 * @param sentence a sentence naming the two starts, the offset and the deadline
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BudgetCycleAlignment(
    RelationshipId relationship,
    Month hostFiscalStart,
    Month partnerFiscalStart,
    int offsetMonths,
    LocalDate nextJointDeadline,
    String sentence) {

  /** Checks that no component is null. */
  public BudgetCycleAlignment {
    checkNotNull(relationship, "relationship");
    checkNotNull(hostFiscalStart, "hostFiscalStart");
    checkNotNull(partnerFiscalStart, "partnerFiscalStart");
    checkNotNull(nextJointDeadline, "nextJointDeadline");
    checkNotNull(sentence, "sentence");
  }

  /** Whether the two fiscal years start in different months. */
  public boolean isMisaligned() {
    return offsetMonths > 0;
  }
}
