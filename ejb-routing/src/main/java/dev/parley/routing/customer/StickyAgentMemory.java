package dev.parley.routing.customer;

import dev.parley.routing.agent.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, per customer, the last agent who handled them and when. Invariant: only the latest
 * agent per customer is kept, so memory is bounded by the number of customers seen.
 */
public final class StickyAgentMemory {
  private record Last(AgentId agent, Instant at) {}

  private final Map<CustomerId, Last> last = new HashMap<>();

  public void remember(CustomerId customer, AgentId agent, Instant at) {
    last.put(customer, new Last(agent, at));
  }

  /** The customer's previous agent if they were served within {@code window} before {@code now}. */
  public Optional<AgentId> previousAgent(CustomerId customer, Instant now, Duration window) {
    Last l = last.get(customer);
    if (l == null || window.isZero() || l.at().plus(window).isBefore(now)) {
      return Optional.empty();
    }
    return Optional.of(l.agent());
  }
}
