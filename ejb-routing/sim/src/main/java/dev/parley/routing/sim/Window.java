package dev.parley.routing.sim;

/**
 * The measurement window {@code [start, end)} in simulated nanoseconds: contacts arriving in it are
 * counted, and busy time inside it makes up occupancy. Warm-up lies before {@code start}.
 */
record Window(long start, long end) {
  Window {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("window [" + start + ", " + end + ") is empty");
    }
  }

  static Window of(double warmupHours, double hours) {
    long start = Math.round(warmupHours * 3600e9);
    return new Window(start, start + Math.round(hours * 3600e9));
  }

  boolean contains(long t) {
    return t >= start && t < end;
  }

  /** Length of {@code [from, to)} ∩ the window. */
  long overlap(long from, long to) {
    return Math.max(0, Math.min(to, end) - Math.max(from, start));
  }

  double hours() {
    return (end - start) / 3600e9;
  }
}
