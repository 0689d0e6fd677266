package org.alliancekit.pipeline.sharing;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a viewer may see of one kind of record (opportunities or leads) in another party's pipeline:
 * a {@link Visibility} and a {@link FieldTreatment} for each {@link SharedField}.
 *
 * <p>Fields not given are {@link FieldTreatment#HIDE hidden}, so a policy only ever shows what it
 * names. The treatments matter only at the levels that show records ({@link
 * Visibility#OVERLAPPING_ACCOUNTS} and {@link Visibility#FULL}); at lower levels they are kept but
 * have no effect. Two policies are equal when they have the same visibility and treat every field
 * the same way, whether a hidden field was given explicitly or left out.
 *
 * <pre>{@code
 * RecordPolicy opportunities = RecordPolicy.of(Visibility.OVERLAPPING_ACCOUNTS)
 *     .with(SharedField.ID, FieldTreatment.SHOW)
 *     .with(SharedField.AMOUNT, FieldTreatment.SHOW)
 *     .with(SharedField.ACCOUNT, FieldTreatment.PSEUDONYMISE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RecordPolicy implements WithRecordPolicy {
  private static final ImmutableList<SharedField> ALL_FIELDS =
      ImmutableList.copyOf(SharedField.values());

  RecordPolicy() {}

  /** How much of the records is visible. */
  @Value.Parameter
  public abstract Visibility visibility();

  /**
   * The treatment of every field, in {@link SharedField} order; fields not given when building are
   * {@link FieldTreatment#HIDE}.
   */
  public abstract ImmutableMap<SharedField, FieldTreatment> treatments();

  /** The treatment of {@code field}. */
  public FieldTreatment treatment(SharedField field) {
    FieldTreatment treatment = treatments().get(checkNotNull(field, "field"));
    return treatment == null ? FieldTreatment.HIDE : treatment;
  }

  /** Returns a copy of this policy that treats {@code field} as given. */
  public RecordPolicy with(SharedField field, FieldTreatment treatment) {
    checkNotNull(field, "field");
    checkNotNull(treatment, "treatment");
    Map<SharedField, FieldTreatment> changed = new EnumMap<>(SharedField.class);
    changed.putAll(treatments());
    changed.put(field, treatment);
    return withTreatments(changed);
  }

  /** Whether records are shown and at least one field of them is pseudonymised. */
  public boolean pseudonymises() {
    return visibility().showsRecords() && treatments().containsValue(FieldTreatment.PSEUDONYMISE);
  }

  /** Returns a policy of the given visibility that hides every field. */
  public static RecordPolicy of(Visibility visibility) {
    return ImmutableRecordPolicy.of(visibility);
  }

  /** Returns a policy that shows nothing at all. */
  public static RecordPolicy nothing() {
    return of(Visibility.NOTHING);
  }

  /** Returns a policy that shows every record with every field. */
  public static RecordPolicy full() {
    RecordPolicy.Builder builder = builder().visibility(Visibility.FULL);
    for (SharedField field : SharedField.values()) {
      builder.putTreatment(field, FieldTreatment.SHOW);
    }
    return builder.build();
  }

  /**
   * Returns a new builder; the visibility is required. Each field may be given at most once ({@code
   * build()} rejects a field given twice).
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecordPolicy}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableRecordPolicy.Builder {
    Builder() {}
  }

  /** Stores a treatment for every field, in field order, so that equal policies compare equal. */
  @Value.Check
  RecordPolicy normalize() {
    if (treatments().keySet().asList().equals(ALL_FIELDS)) {
      return this;
    }
    return builder().visibility(visibility()).treatments(complete()).build();
  }

  private ImmutableMap<SharedField, FieldTreatment> complete() {
    ImmutableMap.Builder<SharedField, FieldTreatment> all = ImmutableMap.builder();
    for (SharedField field : SharedField.values()) {
      all.put(field, treatment(field));
    }
    return all.buildOrThrow();
  }
}
