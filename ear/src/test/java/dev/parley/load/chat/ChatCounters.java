package dev.parley.load.chat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * How far the chats got (queued, accepted, active) and what went wrong, by kind. The first few
 * problems of each kind are printed as they happen so a failing run says why at once.
 */
final class ChatCounters {
  final AtomicInteger queued = new AtomicInteger();
  final AtomicInteger accepted = new AtomicInteger();
  final AtomicInteger active = new AtomicInteger();
  private final Map<String, LongAdder> problems = new ConcurrentHashMap<>();

  /** Counts a problem of {@code kind}; prints the first three of each kind. */
  void problem(String kind, Object detail) {
    LongAdder n = problems.computeIfAbsent(kind, k -> new LongAdder());
    n.increment();
    if (n.sum() <= 3) {
      System.err.println("problem " + kind + ": " + detail);
    }
  }

  long problems() {
    return problems.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Problem counts by kind, sorted, e.g. {@code {visitor_error_RATE_LIMITED=2}}. */
  Map<String, Long> byKind() {
    Map<String, Long> out = new TreeMap<>();
    problems.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
