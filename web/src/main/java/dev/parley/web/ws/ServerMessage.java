package dev.parley.web.ws;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import dev.parley.routing.service.AgentState;
import java.util.List;

/**
 * What the server pushes to a workstation. The routing messages are hints: clients re-read
 * {@code GET /api/agent/state}, which is the truth (docs/agent-api.md).
 */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "welcome", type = ServerMessage.Welcome.class),
      @JsonbSubtype(alias = "pong", type = ServerMessage.Pong.class),
      @JsonbSubtype(alias = "error", type = ServerMessage.Error.class),
      @JsonbSubtype(alias = "offer", type = ServerMessage.Offer.class),
      @JsonbSubtype(alias = "offerWithdrawn", type = ServerMessage.OfferWithdrawn.class),
      @JsonbSubtype(alias = "contactState", type = ServerMessage.ContactState.class),
      @JsonbSubtype(alias = "presence", type = ServerMessage.Presence.class)
    })
public sealed interface ServerMessage {

  /** First message after the handshake: who the server thinks you are. */
  record Welcome(String username, List<String> roles) implements ServerMessage {}

  record Pong(long seq) implements ServerMessage {}

  /** A frame the server could not accept; the connection stays open. */
  record Error(String message) implements ServerMessage {}

  /** A contact is offered to you; ring until {@code offer.expiresAt}. */
  record Offer(AgentState.OfferView offer) implements ServerMessage {}

  /** Stop ringing: {@code reason} is TIMEOUT, TAKEN_BY_OTHER, ABANDONED or CONNECTION_LOST. */
  record OfferWithdrawn(String contactId, String reason) implements ServerMessage {}

  /** A contact of yours changed state. */
  record ContactState(String contactId, String state) implements ServerMessage {}

  /** Your presence changed (also when routing set it, e.g. NOT_RESPONDING). */
  record Presence(String presence, String breakReason) implements ServerMessage {}
}
