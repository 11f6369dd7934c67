package dev.parley.load.chat;

import dev.parley.load.LoadStats;
import java.util.Arrays;

/**
 * One direction's delivery times: a message counts when it was sent inside the measured window
 * (from {@link #open} on, before {@link #close}); times are {@code System.nanoTime()} of this
 * process, so both ends of a measurement come from the same clock.
 */
final class Latencies {
  private long[] nanos = new long[4096];
  private int count;
  private volatile boolean opened;
  private volatile boolean closed;
  private volatile long from;
  private volatile long to;

  void open(long at) {
    from = at;
    opened = true;
  }

  void close(long at) {
    to = at;
    closed = true;
  }

  /**
   * A message sent at {@code sentNanos} arrived at {@code receivedNanos}; a message without a send
   * time ({@code Long.MIN_VALUE}) is not counted.
   */
  void add(long sentNanos, long receivedNanos) {
    if (sentNanos == Long.MIN_VALUE
        || !opened
        || sentNanos - from < 0
        || (closed && sentNanos - to >= 0)) {
      return;
    }
    synchronized (this) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = receivedNanos - sentNanos;
    }
  }

  synchronized int count() {
    return count;
  }

  synchronized LoadStats stats() {
    return new LoadStats(nanos, count);
  }

  /** Messages of the window per second of the window. */
  double perSecond() {
    return count() / ((to - from) / 1e9);
  }
}
