package dev.parley.routing.core;

import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.QueueId;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Service level per queue since the engine started: answered within the threshold divided by
 * answered plus abandoned after the threshold (abandons inside the threshold are not counted, the
 * usual contact-center convention). A queue with no such contacts yet is on target.
 */
final class ServiceLevels {
  private static final class Counts {
    long within;
    long total;
  }

  private final Map<QueueId, Counts> counts = new HashMap<>();

  void answered(QueueConfig q, Duration waited) {
    Counts c = counts.computeIfAbsent(q.id(), k -> new Counts());
    c.total++;
    if (waited.compareTo(q.serviceLevel().threshold()) <= 0) {
      c.within++;
    }
  }

  void abandoned(QueueConfig q, Duration waited) {
    if (waited.compareTo(q.serviceLevel().threshold()) > 0) {
      counts.computeIfAbsent(q.id(), k -> new Counts()).total++;
    }
  }

  /** Fraction achieved, 1.0 when nothing has been counted. */
  double achieved(QueueId q) {
    Counts c = counts.get(q);
    return c == null || c.total == 0 ? 1.0 : (double) c.within / c.total;
  }

  boolean onTarget(QueueConfig q) {
    return achieved(q.id()) >= q.serviceLevel().fraction();
  }
}
