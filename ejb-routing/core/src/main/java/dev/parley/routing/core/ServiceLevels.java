package dev.parley.routing.core;

import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Service level per queue since the engine started: answered within the threshold divided by
 * answered plus abandoned after the threshold (abandons inside the threshold are not counted, the
 * usual contact-center convention). A queue with no such contacts yet is on target.
 *
 * <p>Each queue's counts are one {@link Counts} object, held by its {@link QueueHome} for the
 * routing paths (no look-up) and kept here by id, so a queue removed and configured again goes on
 * counting where it was, and {@link #achieved} answers for any id.
 */
final class ServiceLevels {
  /** One queue's counts. */
  static final class Counts {
    private long within;
    private long total;

    void answered(QueueConfig q, Duration waited) {
      total++;
      if (waited.compareTo(q.serviceLevel().threshold()) <= 0) {
        within++;
      }
    }

    void abandoned(QueueConfig q, Duration waited) {
      if (waited.compareTo(q.serviceLevel().threshold()) > 0) {
        total++;
      }
    }

    /** Fraction achieved, 1.0 when nothing has been counted. */
    double achieved() {
      return total == 0 ? 1.0 : (double) within / total;
    }
  }

  private final Map<QueueId, Counts> counts = new HashMap<>();

  /** The counts of {@code q}, created empty on first use. */
  Counts of(QueueId q) {
    return counts.computeIfAbsent(q, k -> new Counts());
  }

  /** Fraction achieved by {@code q}, 1.0 when nothing has been counted. */
  double achieved(QueueId q) {
    Counts c = counts.get(q);
    return c == null ? 1.0 : c.achieved();
  }
}
