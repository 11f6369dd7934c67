package dev.parley.web.agent.rest;

import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Participant;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * Who may read and write a conversation: supervisors read any; an agent reads those it takes or
 * took part in (as handling agent or expert), and those of the customer it is serving now (the
 * customer's history), and writes while it takes part — in the role it has there (AGENT or EXPERT)
 * and, as a private expert, for agents only. A contact routing has just given the agent counts
 * before the conversation has recorded the agent joining.
 */
@ApplicationScoped
public class ConversationAccess {

  @EJB Conversations conversations;

  @EJB RoutingService routing;

  /** How an agent writes into a conversation. */
  public record Writer(AuthorRole role, Visibility visibility) {}

  public void checkRead(String user, boolean supervisor, ContactId conversation) {
    ConversationInfo info =
        conversations
            .find(conversation)
            .orElseThrow(() -> new NotFoundException("no conversation " + conversation));
    if (supervisor) {
      return;
    }
    AgentId agent = AgentId.of(user);
    if (conversations.tookPart(conversation, agent)) {
      return;
    }
    // Handling it now (before the conversation recorded the join), or serving the same customer
    // now: their history, transcripts included, is part of serving them. One read of the agent's
    // state answers both.
    String customer = info.customer().value();
    boolean allowed =
        routing.agentState(agent).contacts().stream()
            .anyMatch(
                c ->
                    conversation.value().equals(c.conversationId())
                        || customer.equals(c.customer()));
    if (!allowed) {
      throw new ForbiddenException("not a conversation of yours");
    }
  }

  public Writer checkWrite(String user, ContactId conversation) {
    if (conversations.find(conversation).isEmpty()) {
      throw new NotFoundException("no conversation " + conversation);
    }
    AgentId agent = AgentId.of(user);
    Optional<Participant> me =
        conversations.participants(conversation).stream()
            .filter(p -> p.present() && p.agent().equals(agent))
            .findFirst();
    if (me.isPresent()) {
      return new Writer(me.get().role(), me.get().visibility());
    }
    // Routing gave it to the agent, the conversation has not recorded the join yet: the agent
    // writes as its handler, or as the expert of its consult — for agents only when the consult is
    // private or its request is not known.
    return handling(agent, conversation)
        .map(
            c ->
                c.contactId().equals(conversation.value())
                    ? new Writer(AuthorRole.AGENT, Visibility.ALL)
                    : new Writer(
                        AuthorRole.EXPERT,
                        conversations
                            .consult(ContactId.of(c.contactId()))
                            .filter(r -> !r.privately())
                            .map(r -> Visibility.ALL)
                            .orElse(Visibility.AGENTS)))
        .orElseThrow(() -> new ForbiddenException("you do not take part in this conversation"));
  }

  /** The agent's ACTIVE or WRAP_UP contact that belongs to {@code conversation}, if any. */
  private Optional<AgentState.ActiveContact> handling(AgentId agent, ContactId conversation) {
    return routing.agentState(agent).contacts().stream()
        .filter(c -> conversation.value().equals(c.conversationId()))
        .findFirst();
  }
}
