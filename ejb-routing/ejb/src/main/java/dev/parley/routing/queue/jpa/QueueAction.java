package dev.parley.routing.queue.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * An overflow or after-hours action as stored in {@code routing_queue}: {@code action} is TO_QUEUE
 * (with {@code queue}), VOICEMAIL, CALLBACK or END_WITH_MESSAGE (with {@code message}). The entity
 * maps it twice with its own column names; all columns null means "none".
 */
@Embeddable
public class QueueAction {
  @Column(length = 16)
  private String action;

  @Column(length = 64)
  private String queue;

  @Column(length = 500)
  private String message;

  protected QueueAction() {}

  public QueueAction(String action, String queue, String message) {
    this.action = action;
    this.queue = queue;
    this.message = message;
  }

  public String action() {
    return action;
  }

  public String queue() {
    return queue;
  }

  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueueAction a
        && Objects.equals(a.action, action)
        && Objects.equals(a.queue, queue)
        && Objects.equals(a.message, message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, queue, message);
  }
}
