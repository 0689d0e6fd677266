package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A portfolio of relationships as a property test sees it: the relationships, their assessments and
 * the alliance revenue of each relationship, in one currency or several.
 *
 * <p>Rules checked on construction: relationship ids are unique; every assessment assesses a
 * relationship of the portfolio and assessment ids are unique; every relationship has exactly one
 * revenue, zero or more, and no revenue belongs to a relationship outside the portfolio.
 *
 * <p>Generate portfolios with {@link ModelArbitraries#portfolios()}; build one by hand with {@link
 * #builder()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Portfolio implements WithPortfolio {
  Portfolio() {}

  /** The relationships, in the order given; each id once. */
  public abstract ImmutableList<Relationship> relationships();

  /** The assessments of the relationships, in the order given; each id once. */
  public abstract ImmutableList<Assessment> assessments();

  /** The alliance revenue of each relationship, in relationship order as given. */
  public abstract ImmutableMap<RelationshipId, MonetaryAmount> revenues();

  /** The relationships by id. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<RelationshipId, Relationship> relationshipsById() {
    ImmutableMap.Builder<RelationshipId, Relationship> byId = ImmutableMap.builder();
    Set<RelationshipId> seen = new HashSet<>();
    for (Relationship relationship : relationships()) {
      if (seen.add(relationship.id())) {
        byId.put(relationship.id(), relationship);
      }
    }
    return byId.build();
  }

  /** Returns the number of relationships. */
  public int size() {
    return relationships().size();
  }

  /** Returns the relationship with the given id, if the portfolio has it. */
  public Optional<Relationship> relationship(RelationshipId id) {
    return Optional.ofNullable(relationshipsById().get(checkNotNull(id, "id")));
  }

  /** Returns the assessments of the given relationship, in order; empty if it has none. */
  public ImmutableList<Assessment> assessmentsOf(RelationshipId id) {
    checkNotNull(id, "id");
    return assessments().stream()
        .filter(assessment -> assessment.relationship().equals(id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the alliance revenue of the given relationship.
   *
   * @throws IllegalArgumentException if the portfolio has no relationship with that id
   */
  public MonetaryAmount revenueOf(RelationshipId id) {
    MonetaryAmount revenue = revenues().get(checkNotNull(id, "id"));
    checkArgument(revenue != null, "relationship %s is not in the portfolio", id);
    return revenue;
  }

  /** Returns the currencies of the revenues, in order of first appearance. */
  public ImmutableSet<CurrencyUnit> currencies() {
    return revenues().values().stream()
        .map(MonetaryAmount::getCurrency)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns a new builder; a portfolio may be empty. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Portfolio}. {@code build()} throws {@link IllegalArgumentException} for a
   * broken rule.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        relationshipsById().size() == relationships().size(),
        "portfolio lists relationship %s more than once",
        firstRepeatedRelationship());
    Set<AssessmentId> assessmentIds = new HashSet<>();
    for (Assessment assessment : assessments()) {
      checkArgument(
          assessmentIds.add(assessment.id()),
          "portfolio lists assessment %s more than once",
          assessment.id());
      checkArgument(
          relationshipsById().containsKey(assessment.relationship()),
          "assessment %s assesses relationship %s, which is not in the portfolio",
          assessment.id(),
          assessment.relationship());
    }
    for (RelationshipId id : relationshipsById().keySet()) {
      checkArgument(revenues().containsKey(id), "relationship %s has no revenue", id);
    }
    for (var revenue : revenues().entrySet()) {
      checkArgument(
          relationshipsById().containsKey(revenue.getKey()),
          "revenue %s belongs to relationship %s, which is not in the portfolio",
          revenue.getValue(),
          revenue.getKey());
      checkArgument(
          !revenue.getValue().isNegative(),
          "revenue %s of relationship %s must not be negative",
          revenue.getValue(),
          revenue.getKey());
    }
  }

  private RelationshipId firstRepeatedRelationship() {
    Set<RelationshipId> seen = new HashSet<>();
    for (Relationship relationship : relationships()) {
      if (!seen.add(relationship.id())) {
        return relationship.id();
      }
    }
    return null;
  }
}
