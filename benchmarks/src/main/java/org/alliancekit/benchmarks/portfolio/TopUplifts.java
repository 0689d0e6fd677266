package org.alliancekit.benchmarks.portfolio;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The relationships with the largest uplift, best first: largest uplift first, equal uplifts in
 * relationship id order (which is row order for {@link PortfolioData}).
 *
 * @param rows the rows, best first
 * @param upliftMinor the uplift of each, in minor units of the portfolio's currency
 */
public record TopUplifts(int[] rows, long[] upliftMinor) {

  /** Checks that both arrays have the same length. */
  public TopUplifts {
    checkArgument(
        rows.length == upliftMinor.length,
        "%s rows but %s uplifts",
        rows.length,
        upliftMinor.length);
  }

  /** The number of rows. */
  public int size() {
    return rows.length;
  }

  /** Returns the first rows and uplifts as text, for failure messages. */
  String head(int count) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < Math.min(count, rows.length); i++) {
      text.append(i == 0 ? "" : ", ").append(rows[i]).append('=').append(upliftMinor[i]);
    }
    return text.append(rows.length > count ? ", ...]" : "]").toString();
  }
}
