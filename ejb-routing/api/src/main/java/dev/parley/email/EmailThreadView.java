package dev.parley.email;

import java.time.Instant;
import java.util.List;

/** A thread as its agent reads it: {@link EmailThread} and its messages, HTML sanitized. */
public record EmailThreadView(
    String contact,
    long ticket,
    String subject,
    String customerAddress,
    String mailbox,
    List<Message> messages) {

  public EmailThreadView {
    messages = List.copyOf(messages);
  }

  /**
   * One message: {@code html} sanitized (null when it had none), {@code remoteBlocked} how many
   * remote resources were left out, {@code delivery} the outbox's state for an outbound one.
   */
  public record Message(
      long seq,
      EmailMessage.Direction direction,
      String messageId,
      String subject,
      Address from,
      List<String> to,
      List<String> cc,
      Instant sentAt,
      String text,
      String html,
      int remoteBlocked,
      List<File> files,
      List<String> problems,
      boolean flagged,
      Delivery delivery) {}

  public record Address(String address, String name) {}

  /** A file of the message, downloaded as a conversation attachment. */
  public record File(
      String id, String name, String type, long size, String contentId, boolean inline) {}

  /** Sanitized HTML of one message. */
  public record Html(String html, int remoteBlocked) {}

  /** Where an outbound message stands in the outbox. */
  public record Delivery(
      Outbound.State state, int attempts, String lastError, Instant nextAttemptAt) {}
}
