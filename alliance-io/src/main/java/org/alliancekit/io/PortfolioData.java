package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Everything read from one portfolio folder: partners, relationships with their alliance revenue,
 * assessments, opportunities with their involvements, the exchange rates (empty when the folder has
 * none), and every problem met while reading.
 *
 * <p>The lists keep the order of the files. {@link org.alliancekit.io.csv.PortfolioReader} fills
 * one from a folder; the values it holds have passed every check, so computations can use them as
 * they are, and the problems say what was left out.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PortfolioData implements WithPortfolioData {
  PortfolioData() {}

  /** The partners (the host among them), in file order. */
  public abstract ImmutableList<PartnerRow> partners();

  /** The relationships with their alliance revenue, in file order. */
  public abstract ImmutableList<RelationshipRow> relationships();

  /** The assessments, in order of their first row. */
  public abstract ImmutableList<Assessment> assessments();

  /** The opportunities with their involvements, in file order. */
  public abstract ImmutableList<Opportunity> opportunities();

  /** The exchange rates; {@link ExchangeRates#empty()} unless given. */
  @Value.Default
  public ExchangeRates rates() {
    return ExchangeRates.empty();
  }

  /** Every problem met while reading, errors and warnings, file by file in the order met. */
  public abstract ImmutableList<Problem> problems();

  /** Whether any problem is an error, so that some input was left out. */
  public boolean hasErrors() {
    return problems().stream().anyMatch(problem -> !problem.isWarning());
  }

  /** Returns the partner row with the given id, if there is one. */
  public Optional<PartnerRow> partner(PartnerId id) {
    checkNotNull(id, "id");
    return partners().stream().filter(row -> row.id().equals(id)).findFirst();
  }

  /** Returns the relationship row with the given id, if there is one. */
  public Optional<RelationshipRow> relationship(RelationshipId id) {
    checkNotNull(id, "id");
    return relationships().stream().filter(row -> row.id().equals(id)).findFirst();
  }

  /** Returns the assessments of the given relationship, in order. */
  public ImmutableList<Assessment> assessmentsOf(RelationshipId id) {
    checkNotNull(id, "id");
    return assessments().stream()
        .filter(assessment -> assessment.relationship().equals(id))
        .collect(toImmutableList());
  }

  /** Returns a new builder; every attribute may be left empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PortfolioData}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePortfolioData.Builder {
    Builder() {}
  }
}
