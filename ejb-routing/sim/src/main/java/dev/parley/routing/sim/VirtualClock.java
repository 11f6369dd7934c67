package dev.parley.routing.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time: a {@link Clock} that stands still until the simulator moves it. Time is kept as
 * nanoseconds since {@link #START}. Invariant: it never moves backwards.
 */
final class VirtualClock extends Clock {
  /** A Monday at midnight UTC; the date only matters for "handled today" counts. */
  static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  private long nanos;

  long nanos() {
    return nanos;
  }

  void advanceTo(long t) {
    if (t < nanos) {
      throw new IllegalStateException("time cannot go back from " + nanos + " to " + t + " ns");
    }
    nanos = t;
  }

  static long toNanos(Instant i) {
    return (i.getEpochSecond() - START.getEpochSecond()) * 1_000_000_000L
        + (i.getNano() - START.getNano());
  }

  @Override
  public Instant instant() {
    return START.plusNanos(nanos);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
