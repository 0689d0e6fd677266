package org.alliancekit.io.cosell;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashMap;
import java.util.Map;
import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * The ids read so far across all the files of one import, each with where it was first read, so
 * that an id met again (in the same file or another) is reported as a {@link ProblemKind#DUPLICATE}
 * at its place and the later record is left out.
 *
 * <p>A reader's working state: not thread-safe.
 *
 * @param <K> the type of the ids
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FirstSeen<K> {
  private final Map<K, String> places = new HashMap<>();

  /** Returns an empty record of ids. */
  public FirstSeen() {}

  /**
   * Claims an id for the record at {@code value}; returns false, reporting a duplicate at the
   * property {@code property} of the record, if the id was claimed before.
   */
  public boolean claim(K id, JsonValue value, String property) {
    checkNotNull(id, "id");
    String place =
        value.document().file() + (value.pointer().isEmpty() ? "" : " at " + value.pointer());
    String first = places.putIfAbsent(id, place);
    if (first != null) {
      value.report(
          property,
          ProblemKind.DUPLICATE,
          property + " '" + id + "' was already read from " + first + "; this record is left out");
      return false;
    }
    return true;
  }
}
