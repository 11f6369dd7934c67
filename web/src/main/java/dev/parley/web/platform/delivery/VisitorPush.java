package dev.parley.web.platform.delivery;

import dev.parley.routing.api.id.ContactId;

/** The visitors' side of chat delivery: implemented by the visitor socket's session registry. */
public interface VisitorPush {

  /** A message the customer may read, in sequence order per conversation. */
  void message(ContactId conversation, WireMessage message);

  /** An agent is typing (or stopped). */
  void typing(ContactId conversation, String name, boolean active);

  /** The customer's messages up to {@code seq} reached an agent's workstation. */
  void delivered(ContactId conversation, long seq);

  /** An agent read the customer's messages up to {@code seq}. */
  void read(ContactId conversation, long seq);
}
