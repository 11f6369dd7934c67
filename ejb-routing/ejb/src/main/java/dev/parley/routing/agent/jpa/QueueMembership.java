package dev.parley.routing.agent.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One row of {@code routing_agent_queue}: the agent serves a queue with a priority. */
@Embeddable
public class QueueMembership {
  @Column(name = "queue_name", nullable = false, length = 64)
  private String queue;

  @Column(name = "agent_priority", nullable = false)
  private int priority;

  protected QueueMembership() {}

  public QueueMembership(String queue, int priority) {
    this.queue = queue;
    this.priority = priority;
  }

  public String queue() {
    return queue;
  }

  public int priority() {
    return priority;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueueMembership m && m.queue.equals(queue) && m.priority == priority;
  }

  @Override
  public int hashCode() {
    return Objects.hash(queue, priority);
  }
}
