package dev.parley.conversation;

/**
 * Who may read a message: everyone in the conversation, or its agents only (never the customer).
 */
public enum Visibility {
  ALL,
  AGENTS
}
