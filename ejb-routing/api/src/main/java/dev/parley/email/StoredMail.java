package dev.parley.email;

/**
 * A received message as stored: {@code duplicate} when the same message (same Message-ID and
 * content) had been stored before and this is that one; {@code contact} once filed.
 */
public record StoredMail(String id, boolean duplicate, MailState state, String contact) {

  /** What became of a stored message. */
  public enum MailState {
    /** Stored, not yet in a thread (it will be: at once, or after a restart). */
    RECEIVED,
    /** In its thread as a message. */
    FILED
  }
}
