package dev.parley.channels.email.smtp;

/** What {@link MailDrop#drop} did with a message; both are answered 250 to the sender. */
public enum Dropped {
  /** Stored for the first time. */
  NEW,
  /** A redelivery (same Message-ID and content) of a message already stored; nothing added. */
  DUPLICATE
}
