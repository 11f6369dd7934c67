package dev.parley.chat;

/**
 * CDI events for the visitor sockets, fired by the chat adapter once what they tell is stored
 * (outside any transaction, or observed {@code AFTER_SUCCESS}).
 */
public sealed interface VisitorNotification {

  /** The chat's status changed (see {@link ChatStatus}). */
  record StatusChanged(ChatView chat) implements VisitorNotification {}
}
