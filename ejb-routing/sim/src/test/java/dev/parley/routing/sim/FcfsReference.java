package dev.parley.routing.sim;

import java.util.PriorityQueue;

/**
 * The textbook first-come-first-served N-server queue, without any routing engine: each call starts
 * when it arrives or when the earliest agent frees up, whichever is later. With handle times drawn
 * per call, the waits do not depend on which free agent is chosen, so any correct FCFS router fed
 * the same {@link Workload} must produce exactly these waits.
 */
final class FcfsReference {
  private FcfsReference() {}

  /**
   * Feeds {@code cfg}'s voice workload through the queue and reports the wait of every call
   * arriving in the window, in arrival order; returns how many there were.
   */
  static long run(SimConfig cfg, WaitSink sink) {
    Workload w = new Workload(cfg);
    Window window = Window.of(cfg.warmupHours(), cfg.hours());
    PriorityQueue<Long> free = new PriorityQueue<>();
    for (int i = 0; i < cfg.agents(); i++) {
      free.add(0L);
    }
    long n = 0;
    for (long t = w.voiceGap(); t < window.end(); t += w.voiceGap()) {
      long start = Math.max(t, free.poll());
      free.add(start + w.voiceHandle());
      if (window.contains(t)) {
        n++;
        sink.accept(t, start - t);
      }
    }
    return n;
  }

  /** Service level in percent over {@code cfg}'s window. */
  static double serviceLevel(SimConfig cfg) {
    long threshold = Math.round(cfg.slSeconds() * 1e9);
    long[] within = new long[1];
    long n = run(cfg, (t, wait) -> within[0] += wait <= threshold ? 1 : 0);
    return 100.0 * within[0] / n;
  }

  interface WaitSink {
    void accept(long arrivedAt, long wait);
  }
}
