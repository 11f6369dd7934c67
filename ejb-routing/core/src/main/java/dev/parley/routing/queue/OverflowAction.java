package dev.parley.routing.queue;

import dev.parley.routing.api.id.QueueId;
import java.util.Objects;

/** What happens to a contact that waited too long or arrived while the queue is closed. */
public sealed interface OverflowAction {
  /** Move the contact to another queue (its age is kept; wait-based rules restart there). */
  record ToQueue(QueueId target) implements OverflowAction {
    public ToQueue {
      Objects.requireNonNull(target, "target");
    }
  }

  /** Hand the contact to voicemail (the channel layer records the message). */
  record Voicemail() implements OverflowAction {}

  /** Offer the customer a callback (a new outbound contact is created later). */
  record Callback() implements OverflowAction {}

  /** End the contact with a message to the customer. */
  record EndWithMessage(String message) implements OverflowAction {}
}
