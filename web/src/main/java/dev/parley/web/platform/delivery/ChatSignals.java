package dev.parley.web.platform.delivery;

import dev.parley.account.AccountService;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Participant;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signals that are not stored: typing indicators and read receipts, checked against who takes part
 * in the conversation and relayed through {@link ChatDelivery}.
 */
@ApplicationScoped
public class ChatSignals {

  @EJB Conversations conversations;

  @EJB AccountService accounts;

  @Inject ChatDelivery delivery;

  private final Map<String, String> names = new ConcurrentHashMap<>();

  /** {@code agent} types in {@code conversationId}; false when it does not take part in it. */
  public boolean agentTyping(String agent, String conversationId, boolean active) {
    if (conversationId == null || conversationId.isBlank()) {
      return false;
    }
    ContactId conversation = ContactId.of(conversationId);
    Optional<Participant> me = presentParticipant(agent, conversation);
    me.ifPresent(p -> delivery.agentTyping(conversation, p, displayName(agent), active));
    return me.isPresent();
  }

  /** {@code agent} read the customer's messages up to {@code seq}. */
  public boolean agentRead(String agent, ContactId conversation, long seq) {
    Optional<Participant> me = presentParticipant(agent, conversation);
    me.filter(p -> p.visibility() == dev.parley.conversation.Visibility.ALL)
        .ifPresent(p -> delivery.agentRead(conversation, seq));
    return me.isPresent();
  }

  private Optional<Participant> presentParticipant(String agent, ContactId conversation) {
    if (!delivery.agentsOf(conversation).contains(agent)) {
      return Optional.empty();
    }
    return conversations.participants(conversation).stream()
        .filter(p -> p.present() && p.agent().equals(AgentId.of(agent)))
        .findFirst();
  }

  /** The name customers see for {@code agent}. */
  public String displayName(String agent) {
    return names.computeIfAbsent(
        agent, a -> accounts.findByUsername(a).map(x -> x.displayName()).orElse(a));
  }
}
