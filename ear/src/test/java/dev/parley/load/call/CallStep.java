package dev.parley.load.call;

import dev.parley.load.LoadStats;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One step of the ramp: {@code calls} calls kept going from {@code start} to {@code end}. Latencies
 * count when the frame (or request) was sent in the measured part, after the warm-up; calls and
 * problems count over the whole step, since a step's own ramp-up is part of what it must sustain.
 * Times are {@code System.nanoTime()} of this process.
 */
final class CallStep {
  final int calls;
  final long start;
  final long measuredFrom;
  final long end;

  /** callSdp and callIce frames: sender's send → the other socket's receipt. */
  final Samples sdpRelay = new Samples();

  final Samples iceRelay = new Samples();

  /** The visitor's {@code start} → the agent's {@code offer}: ringing at the agent. */
  final Samples ring = new Samples();

  /** The agent's accept (REST) → its {@code callPeers}, after its {@code callJoin}. */
  final Samples answer = new Samples();

  /** The agent's hold request (REST) → the visitor's {@code callHold}. */
  final Samples holdPush = new Samples();

  final AtomicInteger started = new AtomicInteger();
  final AtomicInteger completed = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  private final Map<String, Integer> problems = new TreeMap<>();

  CallStep(int calls, long start, long warmupNanos, long durationNanos) {
    this.calls = calls;
    this.start = start;
    this.measuredFrom = start + warmupNanos;
    this.end = start + durationNanos;
  }

  /** Whether something sent at {@code nanos} is measured in this step. */
  boolean measures(long nanos) {
    return nanos - measuredFrom >= 0 && nanos - end < 0;
  }

  /** Whether {@code nanos} falls in this step at all (warm-up included). */
  boolean covers(long nanos) {
    return nanos - start >= 0 && nanos - end < 0;
  }

  synchronized void problem(String kind) {
    problems.merge(kind, 1, Integer::sum);
  }

  synchronized Map<String, Integer> problems() {
    return new TreeMap<>(problems);
  }

  synchronized int problemCount() {
    return problems.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The step holds when every call it started or ended went through, nothing was refused or closed,
   * frames were relayed, and the relay p99 of SDP and ICE stayed within {@code maxP99Ms}.
   */
  Verdict verdict(double maxP99Ms) {
    LoadStats relay = relay();
    return Verdict.of(failed.get(), problemCount(), relay.count(), relay.ms(99), maxP99Ms);
  }

  /** SDP and ICE relays together. */
  LoadStats relay() {
    return Samples.union(sdpRelay, iceRelay);
  }

  /**
   * Whether a step held, and if not why; a step that failed on latency alone may be noise from
   * other work on the machine, so the run may repeat it ({@code latencyOnly}).
   */
  record Verdict(boolean holds, boolean latencyOnly, String reason) {
    static Verdict of(int failed, int problems, int relayed, double p99Ms, double maxP99Ms) {
      if (failed > 0) {
        return new Verdict(false, false, failed + " calls failed");
      }
      if (problems > 0) {
        return new Verdict(false, false, problems + " problems");
      }
      if (relayed == 0) {
        return new Verdict(false, false, "nothing relayed in the measured window");
      }
      if (p99Ms > maxP99Ms) {
        return new Verdict(
            false,
            true,
            String.format(Locale.ROOT, "relay p99 %.1f ms > %.0f ms", p99Ms, maxP99Ms));
      }
      return new Verdict(true, false, "ok");
    }
  }
}
