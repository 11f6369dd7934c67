package dev.parley.routing.live;

import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Conversations;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.id.ContactId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names customers gave (a chat's or call's pre-chat form), added to the live view's contacts
 * from their conversations. A conversation's customer name does not change, so the names of the
 * contacts agents hold now are kept between reads and only new conversations are looked up; a
 * contact whose conversation is not opened yet (it is opened just after routing took the contact)
 * is looked up again next time. Thread-safe.
 */
@ApplicationScoped
public class CustomerNames {

  /** By conversation id; "" for a conversation without a customer name. */
  private final Map<String, String> known = new ConcurrentHashMap<>();

  @EJB Conversations conversations;

  LiveStatus.Board named(LiveStatus.Board board) {
    List<LiveStatus.AgentStatus> agents = agents(board.agents());
    List<LiveStatus.LiveCall> calls =
        board.calls().stream().map(c -> c.withCustomerName(name(c.contactId()))).toList();
    return new LiveStatus.Board(board.at(), board.queues(), agents, calls);
  }

  /**
   * The agents with their contacts' customer names; forgets the names of contacts no agent holds
   * any more.
   */
  List<LiveStatus.AgentStatus> agents(List<LiveStatus.AgentStatus> agents) {
    Set<String> held = new HashSet<>();
    List<LiveStatus.AgentStatus> out =
        agents.stream()
            .map(
                a ->
                    new LiveStatus.AgentStatus(
                        a.username(),
                        a.presence(),
                        a.breakReason(),
                        a.offlineReason(),
                        a.connected(),
                        a.contacts().stream()
                            .map(
                                w -> {
                                  held.add(w.conversationId());
                                  return w.withCustomerName(name(w.conversationId()));
                                })
                            .toList(),
                        a.presenceSince()))
            .toList();
    known.keySet().retainAll(held);
    return out;
  }

  /** The customer's name in {@code conversation}, or null. */
  private String name(String conversation) {
    if (conversation == null) {
      return null;
    }
    String name = known.get(conversation);
    if (name == null) {
      Optional<ConversationInfo> info = conversations.find(ContactId.of(conversation));
      if (info.isEmpty()) {
        return null; // not opened yet, or a contact without a conversation
      }
      name = info.get().customerName() == null ? "" : info.get().customerName();
      known.put(conversation, name);
    }
    return name.isEmpty() ? null : name;
  }
}
