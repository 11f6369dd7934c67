package dev.parley.conversation;

/** What a message is: said by someone, an internal note, or an event the system reports. */
public enum MessageKind {
  TEXT,
  NOTE,
  EVENT
}
