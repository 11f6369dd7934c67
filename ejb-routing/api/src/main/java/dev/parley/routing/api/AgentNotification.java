package dev.parley.routing.api;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;

/**
 * CDI event payloads telling one agent what routing decided. Fired once the command's batch is
 * committed and written to the database file, outside any transaction; observers that push to
 * clients observe {@code during = AFTER_SUCCESS}, so that nothing would be announced that was not
 * stored even if one were fired inside a transaction.
 */
public sealed interface AgentNotification {
  AgentId agent();

  /** Why an offer stopped ringing (docs/agent-api.md). */
  enum WithdrawReason {
    TIMEOUT,
    TAKEN_BY_OTHER,
    ABANDONED,
    /** Your last connection was gone longer than the grace period: you left routing (ADR 0013). */
    CONNECTION_LOST
  }

  record Offered(AgentId agent, AgentState.OfferView offer) implements AgentNotification {}

  record OfferWithdrawn(AgentId agent, ContactId contact, WithdrawReason reason)
      implements AgentNotification {}

  record ContactStateChanged(AgentId agent, ContactId contact, ContactState state)
      implements AgentNotification {}

  record PresenceChanged(AgentId agent, PresenceStatus presence, String breakReason)
      implements AgentNotification {}
}
