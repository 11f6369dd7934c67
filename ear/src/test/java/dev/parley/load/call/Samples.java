package dev.parley.load.call;

import dev.parley.load.LoadStats;
import java.util.Arrays;

/** Durations in nanoseconds, added from any thread. */
final class Samples {
  private long[] nanos = new long[1024];
  private int count;

  synchronized void add(long durationNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = durationNanos;
  }

  synchronized int count() {
    return count;
  }

  synchronized LoadStats stats() {
    return new LoadStats(nanos, count);
  }

  /** The durations of all of {@code samples} together. */
  static LoadStats union(Samples... samples) {
    long[] all = new long[0];
    int n = 0;
    for (Samples s : samples) {
      synchronized (s) {
        all = Arrays.copyOf(all, n + s.count);
        System.arraycopy(s.nanos, 0, all, n, s.count);
        n += s.count;
      }
    }
    return new LoadStats(all, n);
  }
}
