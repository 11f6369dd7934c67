package dev.parley.conversation;

/** Who wrote a message. */
public enum AuthorRole {
  CUSTOMER,
  AGENT,
  EXPERT,
  SUPERVISOR,
  SYSTEM
}
