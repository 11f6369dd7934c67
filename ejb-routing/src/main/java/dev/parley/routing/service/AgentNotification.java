package dev.parley.routing.service;

import dev.parley.routing.agent.AgentId;
import dev.parley.routing.contact.ContactId;

/**
 * CDI event payloads telling one agent what routing decided. Fired inside the command's
 * transaction: observers that push to clients observe {@code during = AFTER_SUCCESS}, so nothing
 * is announced that was not stored.
 */
public sealed interface AgentNotification {
  AgentId agent();

  /** Why an offer stopped ringing (docs/agent-api.md). */
  enum WithdrawReason {
    TIMEOUT,
    TAKEN_BY_OTHER,
    ABANDONED
  }

  record Offered(AgentId agent, AgentState.OfferView offer) implements AgentNotification {}

  record OfferWithdrawn(AgentId agent, ContactId contact, WithdrawReason reason) implements AgentNotification {}

  record ContactStateChanged(AgentId agent, ContactId contact, String state) implements AgentNotification {}

  record PresenceChanged(AgentId agent, String presence, String breakReason) implements AgentNotification {}
}
