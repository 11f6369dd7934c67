package dev.parley.chat;

/**
 * Where a chat is for its visitor: waiting, with an agent, over; OFFLINE when nobody can take it
 * now (the queue is closed or the wait too long) and the visitor may leave a message instead,
 * MESSAGE_LEFT once they did.
 */
public enum ChatStatus {
  QUEUED,
  ACTIVE,
  ENDED,
  OFFLINE,
  MESSAGE_LEFT,
  /** The call was sent to voicemail: the caller may record a message (docs/adr/0019). */
  VOICEMAIL
}
