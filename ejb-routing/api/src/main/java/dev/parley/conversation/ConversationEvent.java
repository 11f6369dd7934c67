package dev.parley.conversation;

/**
 * CDI events about conversations, fired once what they tell is committed (observers that push to
 * clients observe {@code during = AFTER_SUCCESS}).
 */
public sealed interface ConversationEvent {

  /** A message was stored. */
  record MessageAdded(Message message) implements ConversationEvent {}
}
