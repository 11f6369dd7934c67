package dev.parley.email;

import java.time.Instant;
import java.util.List;

/**
 * A message in the outbox: the MIME bytes to send, from whom and to whom (the SMTP envelope), and
 * where it stands. QUEUED → SENDING → SENT; a temporary failure (4xx, unreachable) → RETRYING with
 * a later {@code nextAttemptAt}; a permanent one (5xx, or too many attempts) → FAILED.
 */
public record Outbound(
    String id,
    String contact,
    long seq,
    String mailFrom,
    List<String> recipients,
    byte[] message,
    State state,
    int attempts,
    String lastError,
    Instant nextAttemptAt) {

  public Outbound {
    recipients = List.copyOf(recipients);
  }

  /** Where an outbound message stands. */
  public enum State {
    QUEUED,
    SENDING,
    SENT,
    RETRYING,
    FAILED
  }
}
