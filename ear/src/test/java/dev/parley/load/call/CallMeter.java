package dev.parley.load.call;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Where the run's measurements go: each to the step it belongs to by the time it started (a relay
 * by its frame's send time, ringing by the visitor's start), problems and call outcomes by the time
 * they happened. The first problems are kept word for word to print.
 */
final class CallMeter {
  private static final int DETAILS_KEPT = 20;

  private final List<CallStep> steps = new CopyOnWriteArrayList<>();
  private final List<String> details = new ArrayList<>();

  void add(CallStep step) {
    steps.add(step);
  }

  /** The step that {@code nanos} falls in, warm-up included; null before the first or after. */
  CallStep stepAt(long nanos) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).covers(nanos)) {
        return steps.get(i);
      }
    }
    return null;
  }

  void sdp(long sent, long received) {
    measured(sent, received, s -> s.sdpRelay);
  }

  void ice(long sent, long received) {
    measured(sent, received, s -> s.iceRelay);
  }

  void ring(long start, long offer) {
    measured(start, offer, s -> s.ring);
  }

  void answer(long accept, long peers) {
    measured(accept, peers, s -> s.answer);
  }

  void holdPush(long request, long received) {
    measured(request, received, s -> s.holdPush);
  }

  void started(long at) {
    CallStep s = stepAt(at);
    if (s != null) {
      s.started.incrementAndGet();
    }
  }

  void ended(long at, boolean completed) {
    CallStep s = stepAt(at);
    if (s != null) {
      (completed ? s.completed : s.failed).incrementAndGet();
    }
  }

  void problem(String kind, Object detail) {
    long now = System.nanoTime();
    CallStep s = stepAt(now);
    if (s != null) {
      s.problem(kind);
    }
    synchronized (details) {
      if (details.size() < DETAILS_KEPT) {
        details.add(kind + ": " + detail);
      }
    }
  }

  List<String> details() {
    synchronized (details) {
      return List.copyOf(details);
    }
  }

  private void measured(long from, long to, Function<CallStep, Samples> which) {
    if (from == Long.MIN_VALUE) {
      return;
    }
    CallStep s = stepAt(from);
    if (s != null && s.measures(from)) {
      which.apply(s).add(to - from);
    }
  }
}
