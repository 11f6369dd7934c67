package dev.parley.web.agent.ws;

import dev.parley.routing.api.AgentNotification;
import dev.parley.web.platform.delivery.ChatFrame;

/** Translates routing's notifications into the WebSocket messages of docs/agent-api.md. Pure. */
final class AgentMessages {
  private AgentMessages() {}

  static AgentServerMessage of(AgentNotification n) {
    if (n instanceof AgentNotification.Offered o) {
      return new AgentServerMessage.Offer(o.offer());
    } else if (n instanceof AgentNotification.OfferWithdrawn w) {
      return new AgentServerMessage.OfferWithdrawn(w.contact().value(), w.reason().name());
    } else if (n instanceof AgentNotification.ContactStateChanged c) {
      return new AgentServerMessage.ContactState(c.contact().value(), c.state().name());
    } else if (n instanceof AgentNotification.PresenceChanged p) {
      return new AgentServerMessage.Presence(p.presence().name(), p.breakReason());
    }
    throw new IllegalArgumentException("no message for " + n);
  }

  static AgentServerMessage of(ChatFrame f) {
    if (f instanceof ChatFrame.MessageFrame m) {
      return new AgentServerMessage.ChatMessage(m.conversationId(), m.message());
    } else if (f instanceof ChatFrame.TypingFrame t) {
      return new AgentServerMessage.ChatTyping(t.conversationId(), t.name(), t.active());
    } else if (f instanceof ChatFrame.ReadFrame r) {
      return new AgentServerMessage.ChatRead(r.conversationId(), r.seq());
    }
    throw new IllegalArgumentException("no message for " + f);
  }
}
