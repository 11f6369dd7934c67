package dev.parley.load.call;

import java.util.Arrays;
import java.util.Locale;

/**
 * A handful of measured durations in milliseconds, summarized as the issue asks: the median (the
 * mean of the two middle values for an even count) and the nearest-rank 95th percentile (with 20
 * values, the 19th smallest).
 */
record SetupTimes(double[] sortedMillis) {

  static SetupTimes of(double... millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new SetupTimes(sorted);
  }

  int count() {
    return sortedMillis.length;
  }

  double median() {
    int n = sortedMillis.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sortedMillis[n / 2] : (sortedMillis[n / 2 - 1] + sortedMillis[n / 2]) / 2;
  }

  /** The nearest-rank percentile: the smallest value with at least {@code p}% at or below it. */
  double percentile(double p) {
    int n = sortedMillis.length;
    if (n == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * n);
    return sortedMillis[Math.max(0, Math.min(n - 1, rank - 1))];
  }

  double min() {
    return sortedMillis.length == 0 ? Double.NaN : sortedMillis[0];
  }

  double max() {
    return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
  }

  /** {@code min / median / p95 / max}, one decimal. */
  String summary() {
    return String.format(
        Locale.ROOT, "%.1f / %.1f / %.1f / %.1f", min(), median(), percentile(95), max());
  }
}
