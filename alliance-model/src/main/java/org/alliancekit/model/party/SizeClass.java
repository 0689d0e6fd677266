package org.alliancekit.model.party;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Size class of a company by head count, used to spot "David and Goliath" pairs: a large company
 * allied with a much smaller, more agile one, where span of control, decision speed and attitude to
 * risk differ.
 *
 * <p>The bounds are on employees: {@link #MICRO} below 10, {@link #SMALL} below 50, {@link #MEDIUM}
 * below 250, {@link #LARGE} below 5,000 and {@link #GLOBAL} from 5,000.
 */
@API(status = STABLE, since = "0.1")
public enum SizeClass {
  /** Fewer than 10 employees. */
  MICRO(0),
  /** 10 to 49 employees. */
  SMALL(10),
  /** 50 to 249 employees. */
  MEDIUM(50),
  /** 250 to 4,999 employees. */
  LARGE(250),
  /** 5,000 employees or more. */
  GLOBAL(5_000);

  private final long minEmployees;

  SizeClass(long minEmployees) {
    this.minEmployees = minEmployees;
  }

  /** Returns the smallest head count in this class. */
  public long minEmployees() {
    return minEmployees;
  }

  /**
   * Returns the class of a company with the given number of employees.
   *
   * @throws IllegalArgumentException if {@code employees} is negative
   */
  public static SizeClass ofEmployees(long employees) {
    checkArgument(employees >= 0, "employees %s must not be negative", employees);
    SizeClass result = MICRO;
    for (SizeClass candidate : values()) {
      if (employees >= candidate.minEmployees) {
        result = candidate;
      }
    }
    return result;
  }

  /** Whether this class is a "Goliath": {@link #LARGE} or {@link #GLOBAL}. */
  public boolean isGoliath() {
    return compareTo(LARGE) >= 0;
  }

  /** Whether this class is a "David": {@link #MEDIUM} or smaller. */
  public boolean isDavid() {
    return compareTo(MEDIUM) <= 0;
  }

  /**
   * Whether two companies of these classes form a David-and-Goliath pair: one is a Goliath and the
   * other a David, in either order.
   */
  public static boolean isDavidAndGoliath(SizeClass a, SizeClass b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return (a.isGoliath() && b.isDavid()) || (b.isGoliath() && a.isDavid());
  }
}
