package dev.parley.web.platform.delivery;

import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.ConversationEvent;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.Participant;
import dev.parley.routing.api.id.ContactId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The one delivery port of chat: every stored message reaches the present agents of its
 * conversation and, when the customer may read it, the visitor's sessions — per conversation in
 * sequence order, each message once. Messages are stored under a lock on their conversation but
 * their commits are announced on the committing threads, which may overtake each other; a message
 * whose predecessors have not been delivered yet has them read from the database first (they are
 * committed: their writers held the lock before it). A customer's message that reached at least one
 * agent session is reported {@code delivered} to the visitor.
 */
@ApplicationScoped
public class ChatDelivery {

  /** Conversations followed at once before the idle ones are forgotten. */
  static final int MAX_FOLLOWED = 100_000;

  @EJB Conversations conversations;

  @Inject AgentPush agents;

  @Inject VisitorPush visitors;

  private final Map<ContactId, Stream> streams = new ConcurrentHashMap<>();

  /** One conversation's delivery state. */
  private static final class Stream {
    long last = -1;
    Set<String> agents;
  }

  void onMessage(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.MessageAdded added) {
    deliver(added.message());
  }

  /** Delivers {@code m} (and any undelivered predecessor) once, in order. */
  public void deliver(Message m) {
    if (streams.size() > MAX_FOLLOWED) {
      streams.clear(); // each stream starts again from the next message it sees
    }
    Stream s = streams.computeIfAbsent(m.conversation(), c -> new Stream());
    synchronized (s) {
      if (s.last >= m.seq()) {
        return;
      }
      if (s.last >= 0 && m.seq() > s.last + 1) {
        for (Message missed :
            conversations.messages(
                m.conversation(), s.last, false, (int) Math.min(1000, m.seq() - s.last - 1))) {
          send(s, missed);
        }
      }
      send(s, m);
    }
  }

  private void send(Stream s, Message m) {
    if (m.seq() <= s.last) {
      return;
    }
    s.last = m.seq();
    if (s.agents == null || m.kind() == MessageKind.EVENT) {
      s.agents = presentAgents(m.conversation()); // joins and leaves are told by an EVENT
    }
    WireMessage wire = WireMessage.of(m);
    int reached = agents.push(s.agents, new ChatFrame.MessageFrame(m.conversation().value(), wire));
    if (m.forCustomer()) {
      visitors.message(m.conversation(), wire);
      if (m.author().role() == AuthorRole.CUSTOMER && reached > 0) {
        visitors.delivered(m.conversation(), m.seq());
      }
    }
  }

  /** The customer is typing: told to the conversation's present agents. */
  public void customerTyping(ContactId conversation, boolean active) {
    agents.push(
        agentsOf(conversation),
        new ChatFrame.TypingFrame(conversation.value(), "Customer", active));
  }

  /** The customer read up to {@code seq}: told to the conversation's present agents. */
  public void customerRead(ContactId conversation, long seq) {
    agents.push(agentsOf(conversation), new ChatFrame.ReadFrame(conversation.value(), seq));
  }

  /** An agent is typing: told to the visitor (experts in a private consult are not). */
  public void agentTyping(ContactId conversation, Participant agent, String name, boolean active) {
    if (agent.visibility() == dev.parley.conversation.Visibility.ALL) {
      visitors.typing(conversation, name, active);
    }
  }

  /** An agent read the customer's messages up to {@code seq}. */
  public void agentRead(ContactId conversation, long seq) {
    visitors.read(conversation, seq);
  }

  /** The agents present in {@code conversation} now (cached until its next system message). */
  public Set<String> agentsOf(ContactId conversation) {
    Stream s = streams.computeIfAbsent(conversation, c -> new Stream());
    synchronized (s) {
      if (s.agents == null) {
        s.agents = presentAgents(conversation);
      }
      return s.agents;
    }
  }

  private Set<String> presentAgents(ContactId conversation) {
    List<Participant> all = conversations.participants(conversation);
    return all.stream()
        .filter(Participant::present)
        .map(p -> p.agent().value())
        .collect(Collectors.toUnmodifiableSet());
  }
}
