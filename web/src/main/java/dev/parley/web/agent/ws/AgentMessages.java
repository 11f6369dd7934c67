package dev.parley.web.routing.ws;

import dev.parley.routing.api.AgentNotification;
import dev.parley.web.ws.ServerMessage;

/** Translates routing's notifications into the WebSocket messages of docs/agent-api.md. Pure. */
final class AgentMessages {
  private AgentMessages() {}

  static ServerMessage of(AgentNotification n) {
    if (n instanceof AgentNotification.Offered o) {
      return new ServerMessage.Offer(o.offer());
    } else if (n instanceof AgentNotification.OfferWithdrawn w) {
      return new ServerMessage.OfferWithdrawn(w.contact().value(), w.reason().name());
    } else if (n instanceof AgentNotification.ContactStateChanged c) {
      return new ServerMessage.ContactState(c.contact().value(), c.state());
    } else if (n instanceof AgentNotification.PresenceChanged p) {
      return new ServerMessage.Presence(p.presence(), p.breakReason());
    }
    throw new IllegalArgumentException("no message for " + n);
  }
}
