package dev.parley.routing.core;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Pending timers in deadline order (ties in scheduling order). Timers are data, not threads: the
 * engine fires them from {@code Tick}. A timer is never cancelled eagerly; when it fires, the
 * engine checks it still matches the state it was set for ({@code token}) and otherwise drops it.
 */
final class Timers {
  enum Kind {
    OFFER_TIMEOUT,
    MAX_WAIT,
    RELAXATION,
    WRAP_UP_END,
    /** An agent's last connection has been gone for the grace period (agent set, no contact). */
    CONNECTION_GRACE
  }

  /**
   * @param token what the state must still match: the offer's sequence for offers, the queue-entry
   *     instant's epoch millisecond for wait timers, the relaxation step for relaxation
   */
  record Timer(Instant at, long seq, Kind kind, ContactId contact, AgentId agent, long token) {}

  private final TreeSet<Timer> pending =
      new TreeSet<>(Comparator.comparing(Timer::at).thenComparingLong(Timer::seq));
  private long seq;

  Timer schedule(Instant at, Kind kind, ContactId contact, AgentId agent, long token) {
    Timer t = new Timer(at, seq++, kind, contact, agent, token);
    pending.add(t);
    return t;
  }

  void cancel(Timer t) {
    if (t != null) {
      pending.remove(t);
    }
  }

  Optional<Timer> first() {
    return pending.isEmpty() ? Optional.empty() : Optional.of(pending.first());
  }

  /** Removes and returns the earliest timer due at or before {@code now}. */
  Optional<Timer> pollDue(Instant now) {
    if (pending.isEmpty() || pending.first().at().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(pending.pollFirst());
  }

  Timer pollFirst() {
    return pending.pollFirst();
  }
}
