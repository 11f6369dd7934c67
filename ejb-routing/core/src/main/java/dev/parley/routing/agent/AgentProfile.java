package dev.parley.routing.agent;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.QueueId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reference data of an agent: skills, capacity and the queues served, each with the agent's
 * priority in that queue (higher is offered first by the strategies that use it).
 */
public record AgentProfile(
    AgentId id, Skills skills, Capacity capacity, Map<QueueId, Integer> queues) {
  public AgentProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(skills, "skills");
    Objects.requireNonNull(capacity, "capacity");
    queues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queues));
  }

  public static AgentProfile of(String id, Skills skills, QueueId... queues) {
    Map<QueueId, Integer> m = new LinkedHashMap<>();
    for (QueueId q : queues) {
      m.put(q, 0);
    }
    return new AgentProfile(AgentId.of(id), skills, Capacity.DEFAULT, m);
  }

  public AgentProfile withCapacity(Capacity c) {
    return new AgentProfile(id, skills, c, queues);
  }

  /** Same profile, serving {@code queue} with {@code priority}. */
  public AgentProfile withQueue(QueueId queue, int priority) {
    Map<QueueId, Integer> m = new LinkedHashMap<>(queues);
    m.put(queue, priority);
    return new AgentProfile(id, skills, capacity, m);
  }

  public int priorityIn(QueueId queue) {
    return queues.getOrDefault(queue, 0);
  }
}
