package dev.parley.conversation;

import dev.parley.routing.api.id.ContactId;
import java.time.Instant;
import java.util.List;

/**
 * A stored message: {@code seq} numbers the conversation's messages in the order they were stored
 * (1, 2, 3…). {@code clientId} is the id its sender chose (null for system messages); the same
 * sender's repeat with the same id is the same message.
 */
public record Message(
    ContactId conversation,
    long seq,
    Author author,
    MessageKind kind,
    Visibility visibility,
    String text,
    Instant at,
    String clientId,
    List<AttachmentRef> attachments) {

  public Message {
    attachments = List.copyOf(attachments);
  }

  /** Whether the customer may read it. */
  public boolean forCustomer() {
    return visibility == Visibility.ALL && kind != MessageKind.NOTE;
  }
}
