package dev.parley.routing.api;

import java.time.Instant;
import java.util.List;

/**
 * One agent's state as the workstation shows it (docs/agent-api.md {@code AgentState}). {@code
 * breakReason} is set exactly when the presence is BREAK.
 */
public record AgentState(
    PresenceStatus presence,
    String breakReason,
    List<OfferView> offers,
    List<ActiveContact> contacts) {

  /** A contact ringing at the agent until {@code expiresAt}. */
  public record OfferView(
      String contactId,
      Channel channel,
      String queueName,
      String customer,
      Instant offeredAt,
      Instant expiresAt) {}

  /** A contact the agent handles (ACTIVE) or wraps up (WRAP_UP). */
  public record ActiveContact(
      String contactId,
      Channel channel,
      String queueName,
      String customer,
      ContactState state,
      Instant since,
      Instant wrapUpEndsAt,
      boolean dispositionRequired,
      List<String> dispositionCodes) {}
}
