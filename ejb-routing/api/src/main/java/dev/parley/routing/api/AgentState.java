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

  /**
   * A contact ringing at the agent until {@code expiresAt}. {@code conversationId} is the
   * conversation it belongs to: its own id, or for an expert consult the customer's contact; {@code
   * consult} says who asked for it (null for ordinary contacts, and where not known).
   */
  public record OfferView(
      String contactId,
      Channel channel,
      String queueName,
      String customer,
      Instant offeredAt,
      Instant expiresAt,
      String conversationId,
      ConsultView consult) {

    public OfferView(
        String contactId,
        Channel channel,
        String queueName,
        String customer,
        Instant offeredAt,
        Instant expiresAt) {
      this(contactId, channel, queueName, customer, offeredAt, expiresAt, contactId, null);
    }

    public OfferView withConsult(ConsultView c) {
      return new OfferView(
          contactId, channel, queueName, customer, offeredAt, expiresAt, conversationId, c);
    }
  }

  /** An expert consult: who asked, whether the customer does not see the expert, the note. */
  public record ConsultView(String requestedBy, boolean privately, String note) {}

  /**
   * A contact the agent handles (ACTIVE) or wraps up (WRAP_UP); {@code conversationId} and {@code
   * consult} as for {@link OfferView}.
   */
  public record ActiveContact(
      String contactId,
      Channel channel,
      String queueName,
      String customer,
      ContactState state,
      Instant since,
      Instant wrapUpEndsAt,
      boolean dispositionRequired,
      List<String> dispositionCodes,
      String conversationId,
      ConsultView consult) {

    public ActiveContact withConsult(ConsultView c) {
      return new ActiveContact(
          contactId,
          channel,
          queueName,
          customer,
          state,
          since,
          wrapUpEndsAt,
          dispositionRequired,
          dispositionCodes,
          conversationId,
          c);
    }
  }
}
