package dev.parley.web.platform.delivery;

/** What the chat delivery pushes to agents about a conversation (see {@link AgentPush}). */
public sealed interface ChatFrame {
  String conversationId();

  /** A stored message. */
  record MessageFrame(String conversationId, WireMessage message) implements ChatFrame {}

  /** The customer is typing (or stopped). */
  record TypingFrame(String conversationId, String name, boolean active) implements ChatFrame {}

  /** The customer has read the agents' messages up to {@code seq}. */
  record ReadFrame(String conversationId, long seq) implements ChatFrame {}
}
