package dev.parley.chat;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;

/** CDI events for one agent's workstation from the chat channel, fired once stored. */
public sealed interface AgentChatNotice {
  AgentId agent();

  /**
   * A chat of the agent went back to its queue: {@code reason} NO_FIRST_REPLY when the customer got
   * no first reply within the queue's first-response limit.
   */
  record Returned(AgentId agent, ContactId contact, String reason) implements AgentChatNotice {}
}
