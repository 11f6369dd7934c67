package dev.parley.routing.sim;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The simulator's own future events (arrivals, answers, ends of handling, abandonments), in time
 * order and, at equal times, in the order they were scheduled, so runs are reproducible. A
 * cancelled entry stays in the heap and is skipped when it comes up.
 */
final class Agenda {
  /** One scheduled action; {@link #cancel()} makes it a no-op. */
  static final class Entry {
    private final long at;
    private final long seq;
    private final Runnable action;
    private boolean cancelled;

    private Entry(long at, long seq, Runnable action) {
      this.at = at;
      this.seq = seq;
      this.action = action;
    }

    long at() {
      return at;
    }

    void cancel() {
      cancelled = true;
    }
  }

  private final PriorityQueue<Entry> heap =
      new PriorityQueue<>(Comparator.comparingLong((Entry e) -> e.at).thenComparingLong(e -> e.seq));
  private long seq;

  Entry schedule(long at, Runnable action) {
    Entry e = new Entry(at, seq++, action);
    heap.add(e);
    return e;
  }

  /** Time of the next live entry, or {@link Long#MAX_VALUE} when none is left. */
  long nextTime() {
    while (!heap.isEmpty() && heap.peek().cancelled) {
      heap.poll();
    }
    return heap.isEmpty() ? Long.MAX_VALUE : heap.peek().at;
  }

  /** Removes the next live entry; call {@link #nextTime()} first. */
  Entry poll() {
    nextTime();
    return heap.poll();
  }

  static void run(Entry e) {
    e.action.run();
  }
}
