package dev.parley.load;

import java.util.Arrays;

/** Percentiles of a set of nanosecond durations, printed in milliseconds. */
final class LoadStats {
  private final long[] sorted;

  LoadStats(long[] nanos, int count) {
    this.sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
  }

  /** The nearest-rank percentile in ms; 0 when there is nothing. */
  double ms(double percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  double maxMs() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
  }
}
