package dev.parley.routing.core;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The live workstation connections of every agent, logged in or not, and the grace timer of each
 * logged-in agent that has none. Invariants: an agent appears in {@code live} only with at least
 * one connection; an agent has a grace timer only while it has no connection. Connections are not
 * stored: they die with the process, so a rebuilt engine starts without any (or with those of the
 * engine it replaces in the same process).
 */
final class Connections {
  private final Map<AgentId, Set<ConnectionId>> live = new HashMap<>();
  private final Map<AgentId, Timers.Timer> grace = new HashMap<>();

  /** Records {@code connection}; true when it is the agent's first. */
  boolean open(AgentId agent, ConnectionId connection) {
    Set<ConnectionId> mine = live.computeIfAbsent(agent, a -> new LinkedHashSet<>());
    return mine.add(connection) && mine.size() == 1;
  }

  /** Forgets {@code connection}; true when it was the agent's last. */
  boolean close(AgentId agent, ConnectionId connection) {
    Set<ConnectionId> mine = live.get(agent);
    if (mine == null || !mine.remove(connection)) {
      return false;
    }
    if (mine.isEmpty()) {
      live.remove(agent);
      return true;
    }
    return false;
  }

  boolean isConnected(AgentId agent) {
    return live.containsKey(agent);
  }

  /** The agent's grace period runs until {@code timer} fires. */
  void startGrace(AgentId agent, Timers.Timer timer) {
    grace.put(agent, timer);
  }

  /** Ends the agent's grace period, if one runs, and cancels its timer. */
  void stopGrace(AgentId agent, Timers timers) {
    timers.cancel(grace.remove(agent));
  }

  /** True when {@code t} is the grace timer still running for its agent (it is then dropped). */
  boolean graceOver(Timers.Timer t) {
    return grace.remove(t.agent(), t);
  }

  /** Every live connection by agent, copied. */
  Map<AgentId, Set<ConnectionId>> snapshot() {
    Map<AgentId, Set<ConnectionId>> copy = new HashMap<>();
    live.forEach((a, c) -> copy.put(a, Set.copyOf(c)));
    return copy;
  }
}
