package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.QueueId;
import java.util.Comparator;
import java.util.TreeMap;

/**
 * The logged-in agents serving one queue, in id order, with each one's priority in it. Joins and
 * leaves (log-ins, log-outs, profile changes) are rare, while every arrival in the queue walks all
 * its members: the walk reads a snapshot of two arrays, rebuilt on the first read after a change,
 * instead of a tree and a map look-up per member.
 */
final class Members {

  /** What a walk reads: {@code agents[i]} has priority {@code priority[i]}; never modified. */
  record Snapshot(Agent[] agents, int[] priority) {
    static final Snapshot EMPTY = new Snapshot(new Agent[0], new int[0]);

    int size() {
      return agents.length;
    }
  }

  private final QueueId queue;
  private final TreeMap<AgentId, Agent> byId = new TreeMap<>(Comparator.comparing(AgentId::value));
  private Snapshot snapshot = Snapshot.EMPTY;
  private boolean changed;

  Members(QueueId queue) {
    this.queue = queue;
  }

  void put(Agent a) {
    byId.put(a.id(), a);
    changed = true;
  }

  void remove(AgentId id) {
    if (byId.remove(id) != null) {
      changed = true;
    }
  }

  Snapshot snapshot() {
    if (changed) {
      Agent[] agents = byId.values().toArray(new Agent[0]);
      int[] priority = new int[agents.length];
      for (int i = 0; i < agents.length; i++) {
        priority[i] = agents[i].profile().priorityIn(queue);
      }
      snapshot = new Snapshot(agents, priority);
      changed = false;
    }
    return snapshot;
  }
}
