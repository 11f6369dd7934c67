package dev.parley.email;

/**
 * A received message as stored: {@code duplicate} when the same message (same Message-ID and
 * content) had been stored before and this is that one; {@code contact} once filed. Filing tells
 * more in {@code filed}: whether it began a thread, and whether the thread's queue was closed.
 */
public record StoredMail(
    String id, boolean duplicate, MailState state, String contact, Filed filed) {

  public StoredMail(String id, boolean duplicate, MailState state, String contact) {
    this(id, duplicate, state, contact, null);
  }

  /**
   * What filing did: the message's thread, whether it began it, the queue open or closed, whether
   * an acknowledgement was queued with it.
   */
  public record Filed(
      boolean newThread, EmailThread thread, boolean afterHours, boolean acknowledged) {

    /** The same, now with its acknowledgement queued. */
    public Filed acknowledgedToo() {
      return new Filed(newThread, thread, afterHours, true);
    }
  }

  /** What became of a stored message. */
  public enum MailState {
    /** Stored, not yet in a thread (it will be: at once, or after a restart). */
    RECEIVED,
    /** In its thread as a message. */
    FILED
  }
}
