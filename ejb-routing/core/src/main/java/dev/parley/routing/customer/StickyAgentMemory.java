package dev.parley.routing.customer;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, per customer identity, the last agent who took a contact of theirs and when.
 *
 * <p>Invariants: only the latest agent per identity is kept, in the order they were remembered (the
 * engine's clock never goes back, so that is time order); entries older than the longest sticky
 * window of any queue are dropped as new ones come, so memory is bounded by the identities served
 * within that window, not by every customer ever seen.
 */
public final class StickyAgentMemory {
  private record Last(AgentId agent, Instant at) {}

  /**
   * A stored fact for a rebuild: {@code agent} took a contact of {@code identity} at {@code at}.
   */
  public record Served(CustomerId identity, AgentId agent, Instant at) {}

  private final LinkedHashMap<CustomerId, Last> last = new LinkedHashMap<>();

  /**
   * {@code agent} took a contact of {@code identity} at {@code at}; what was remembered before
   * {@code at - keepFor} is forgotten.
   */
  public void remember(CustomerId identity, AgentId agent, Instant at, Duration keepFor) {
    last.remove(identity); // re-inserted at the end: the map stays in time order
    last.put(identity, new Last(agent, at));
    Instant cutoff = at.minus(keepFor);
    Iterator<Map.Entry<CustomerId, Last>> oldest = last.entrySet().iterator();
    while (oldest.hasNext() && oldest.next().getValue().at().isBefore(cutoff)) {
      oldest.remove();
    }
  }

  /**
   * The agent who last took a contact of any of {@code identities} (one customer's linked
   * identities) if that was within {@code window} before {@code now}.
   */
  public Optional<AgentId> previousAgent(
      List<CustomerId> identities, Instant now, Duration window) {
    if (window.isZero()) {
      return Optional.empty();
    }
    Last latest = null;
    for (CustomerId id : identities) {
      Last l = last.get(id);
      if (l != null && (latest == null || l.at().isAfter(latest.at()))) {
        latest = l;
      }
    }
    if (latest == null || latest.at().plus(window).isBefore(now)) {
      return Optional.empty();
    }
    return Optional.of(latest.agent());
  }

  /** How many identities are remembered (for tests of the bound). */
  public int size() {
    return last.size();
  }
}
