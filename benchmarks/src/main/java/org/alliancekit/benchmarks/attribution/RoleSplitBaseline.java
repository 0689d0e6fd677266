package org.alliancekit.benchmarks.attribution;

/**
 * The hand-written baseline of the role-weighted split: each deal's amount in cents split by the
 * parties' role weights in tenths with the largest-remainder method in {@code long} arithmetic.
 * Each party first gets {@code floor(amount x weight / total)}; the cents left over go one each to
 * the parties with the largest remainders {@code amount x weight mod total}, equal remainders to
 * the party that comes first in id order. Exact as long as {@code amount x total} fits a long.
 *
 * <p>The library computes the same split from double shares turned into decimals, so where two
 * remainders are equal in exact arithmetic but not in the decimal forms of the shares, the two
 * splits can give a cent to different parties: parts agree to one cent, and both add up to the
 * amount exactly.
 */
public final class RoleSplitBaseline {
  private RoleSplitBaseline() {}

  /** Splits every deal; returns each participation's part in cents, in the deals' column order. */
  public static long[] split(AttributionData.Deals deals) {
    int[] start = deals.start();
    byte[] tenths = deals.roleTenths();
    long[] amount = deals.amountMinor();
    long[] parts = new long[tenths.length];
    long[] remainder = new long[5];
    for (int deal = 0; deal < amount.length; deal++) {
      int from = start[deal];
      int size = start[deal + 1] - from;
      long total = 0;
      for (int k = 0; k < size; k++) {
        total += tenths[from + k];
      }
      long units = amount[deal];
      long left = units;
      for (int k = 0; k < size; k++) {
        long scaled = units * tenths[from + k];
        long part = scaled / total;
        parts[from + k] = part;
        remainder[k] = scaled - part * total;
        left -= part;
      }
      for (; left > 0; left--) {
        int best = 0;
        for (int k = 1; k < size; k++) {
          if (remainder[k] > remainder[best]) {
            best = k;
          }
        }
        parts[from + best]++;
        remainder[best] = -1;
      }
    }
    return parts;
  }
}
