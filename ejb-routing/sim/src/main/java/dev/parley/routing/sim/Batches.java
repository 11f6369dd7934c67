package dev.parley.routing.sim;

/**
 * Voice counts per batch: the measurement window cut into {@code count} equal spans of arrival
 * time. A call belongs to the batch it arrived in, whenever it is answered or abandoned.
 *
 * <p>Besides the outcome (calls answered within the threshold) each batch keeps the workload it was
 * given: how many calls arrived and how much handle time they brought. Their expectations are known
 * exactly from the inputs (λ·T and λ·T·AHT), which is what makes them usable as control variates
 * ({@link Estimate}).
 */
final class Batches {
  private final Window window;
  private final int count;
  private final long thresholdNanos;
  final long[] within;
  final long[] arrivals;
  final double[] workSeconds;

  Batches(Window window, int count, double thresholdSeconds) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one batch, got " + count);
    }
    this.window = window;
    this.count = count;
    this.thresholdNanos = Math.round(thresholdSeconds * 1e9);
    within = new long[count];
    arrivals = new long[count];
    workSeconds = new double[count];
  }

  int count() {
    return count;
  }

  /** Batch of a call arriving at {@code t}, which must lie in the window. */
  int of(long t) {
    double fraction = (double) (t - window.start()) / (window.end() - window.start());
    return Math.min(count - 1, (int) (fraction * count));
  }

  void arrived(int batch, long workNanos) {
    arrivals[batch]++;
    workSeconds[batch] += workNanos / 1e9;
  }

  void answered(int batch, long waitNanos) {
    if (waitNanos <= thresholdNanos) {
      within[batch]++;
    }
  }

  /**
   * Service level of each batch in percent: answered within the threshold over arrived, like {@link
   * Tally} (100 for a batch without calls).
   */
  double[] serviceLevels() {
    double[] sl = new double[count];
    for (int b = 0; b < count; b++) {
      sl[b] = arrivals[b] == 0 ? 100.0 : 100.0 * within[b] / arrivals[b];
    }
    return sl;
  }
}
