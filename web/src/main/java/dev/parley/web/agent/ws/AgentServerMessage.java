package dev.parley.web.agent.ws;

import dev.parley.routing.api.AgentState;
import dev.parley.web.platform.delivery.WireMessage;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;

/**
 * What the server pushes to a workstation on {@code /ws/agent}. The routing messages are hints:
 * clients re-read {@code GET /api/agent/state}, which is the truth (docs/agent-api.md).
 */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "welcome", type = AgentServerMessage.Welcome.class),
      @JsonbSubtype(alias = "pong", type = AgentServerMessage.Pong.class),
      @JsonbSubtype(alias = "error", type = AgentServerMessage.Error.class),
      @JsonbSubtype(alias = "offer", type = AgentServerMessage.Offer.class),
      @JsonbSubtype(alias = "offerWithdrawn", type = AgentServerMessage.OfferWithdrawn.class),
      @JsonbSubtype(alias = "contactState", type = AgentServerMessage.ContactState.class),
      @JsonbSubtype(alias = "presence", type = AgentServerMessage.Presence.class),
      @JsonbSubtype(alias = "chatMessage", type = AgentServerMessage.ChatMessage.class),
      @JsonbSubtype(alias = "chatTyping", type = AgentServerMessage.ChatTyping.class),
      @JsonbSubtype(alias = "chatRead", type = AgentServerMessage.ChatRead.class),
      @JsonbSubtype(alias = "contactReturned", type = AgentServerMessage.ContactReturned.class)
    })
public sealed interface AgentServerMessage {

  /** First message after the handshake: who the server thinks you are. */
  record Welcome(String username, List<String> roles) implements AgentServerMessage {}

  record Pong(long seq) implements AgentServerMessage {}

  /** A frame the server could not accept; the connection stays open. */
  record Error(String message) implements AgentServerMessage {}

  /** A contact is offered to you; ring until {@code offer.expiresAt}. */
  record Offer(AgentState.OfferView offer) implements AgentServerMessage {}

  /** Stop ringing: {@code reason} is TIMEOUT, TAKEN_BY_OTHER, ABANDONED or CONNECTION_LOST. */
  record OfferWithdrawn(String contactId, String reason) implements AgentServerMessage {}

  /** A contact of yours changed state. */
  record ContactState(String contactId, String state) implements AgentServerMessage {}

  /** Your presence changed (also when routing set it, e.g. NOT_RESPONDING). */
  record Presence(String presence, String breakReason) implements AgentServerMessage {}

  /** A message of a conversation you take part in (docs/chat-protocol.md). */
  record ChatMessage(String conversationId, WireMessage message) implements AgentServerMessage {}

  /** The customer is typing (or stopped). */
  record ChatTyping(String conversationId, String name, boolean active)
      implements AgentServerMessage {}

  /** The customer read your messages up to {@code seq}. */
  record ChatRead(String conversationId, long seq) implements AgentServerMessage {}

  /** A chat of yours went back to its queue; {@code reason} says why (NO_FIRST_REPLY). */
  record ContactReturned(String contactId, String reason) implements AgentServerMessage {}
}
