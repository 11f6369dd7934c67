package dev.parley.load;

import java.util.Arrays;

/** Percentiles of a set of nanosecond durations, printed in milliseconds. */
public final class LoadStats {
  private final long[] sorted;

  public LoadStats(long[] nanos, int count) {
    this.sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
  }

  /** The nearest-rank percentile in ms; 0 when there is nothing. */
  public double ms(double percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** How many durations there are. */
  public int count() {
    return sorted.length;
  }

  public double maxMs() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
  }
}
