package dev.parley.routing.sim;

import java.util.Arrays;

/**
 * The simulator's own future events (arrivals, answers, ends of handling, abandonments), in time
 * order and, at equal times, in the order they were scheduled, so runs are reproducible. A
 * cancelled entry stays in the heap and is skipped when it comes up.
 *
 * <p>A binary heap over an array, compared on two longs: a run schedules several events per call,
 * so the general-purpose {@code PriorityQueue} with a composed comparator showed up in profiles.
 */
final class Agenda {
  /** What happens when an entry comes up; the simulation dispatches on it. */
  enum Kind {
    VOICE_ARRIVAL,
    EMAIL_ARRIVAL,
    ANSWER,
    CALL_END,
    EMAIL_END,
    ABANDON,
    WINDOW_END
  }

  /** One scheduled event; {@link #cancel()} makes it a no-op. */
  static final class Entry {
    final long at;
    final long seq;
    final Kind kind;

    /** The contact concerned (null for arrivals and the end of the window). */
    final Simulation.Live call;

    /** The offer to answer ({@link Kind#ANSWER} only). */
    final Simulation.Offer offer;

    /** The agent whose work ends ({@link Kind#CALL_END}, {@link Kind#EMAIL_END}). */
    final SimAgent agent;

    private boolean cancelled;

    private Entry(
        long at,
        long seq,
        Kind kind,
        Simulation.Live call,
        Simulation.Offer offer,
        SimAgent agent) {
      this.at = at;
      this.seq = seq;
      this.kind = kind;
      this.call = call;
      this.offer = offer;
      this.agent = agent;
    }

    void cancel() {
      cancelled = true;
    }

    private boolean before(Entry o) {
      return at < o.at || (at == o.at && seq < o.seq);
    }
  }

  private Entry[] heap = new Entry[256];
  private int size;
  private long seq;

  Entry schedule(long at, Kind kind) {
    return add(new Entry(at, seq++, kind, null, null, null));
  }

  Entry schedule(long at, Kind kind, Simulation.Live call, SimAgent agent) {
    return add(new Entry(at, seq++, kind, call, null, agent));
  }

  Entry schedule(long at, Simulation.Offer offer) {
    return add(new Entry(at, seq++, Kind.ANSWER, offer.call, offer, null));
  }

  /** Time of the next live entry, or {@link Long#MAX_VALUE} when none is left. */
  long nextTime() {
    while (size > 0 && heap[0].cancelled) {
      removeFirst();
    }
    return size == 0 ? Long.MAX_VALUE : heap[0].at;
  }

  /** Removes the next live entry; call {@link #nextTime()} first. */
  Entry poll() {
    nextTime();
    return size == 0 ? null : removeFirst();
  }

  private Entry add(Entry e) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      Entry p = heap[parent];
      if (!e.before(p)) {
        break;
      }
      heap[i] = p;
      i = parent;
    }
    heap[i] = e;
    return e;
  }

  private Entry removeFirst() {
    Entry first = heap[0];
    Entry last = heap[--size];
    heap[size] = null;
    if (size > 0) {
      int i = 0;
      int half = size >>> 1;
      while (i < half) {
        int child = 2 * i + 1;
        int right = child + 1;
        if (right < size && heap[right].before(heap[child])) {
          child = right;
        }
        if (!heap[child].before(last)) {
          break;
        }
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = last;
    }
    return first;
  }
}
