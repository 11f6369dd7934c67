package dev.parley.web.agent.rest;

import dev.parley.conversation.ConsultRequest;
import dev.parley.conversation.Conversations;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.id.ContactId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Fills in who asked for each consult in an agent's state, privately or not, and the note. */
@ApplicationScoped
public class ConsultDetails {

  @EJB Conversations conversations;

  public AgentState describe(AgentState state) {
    return new AgentState(
        state.presence(),
        state.breakReason(),
        state.offers().stream()
            .map(o -> consult(o.contactId(), o.conversationId()).map(o::withConsult).orElse(o))
            .toList(),
        state.contacts().stream()
            .map(c -> consult(c.contactId(), c.conversationId()).map(c::withConsult).orElse(c))
            .toList());
  }

  private Optional<AgentState.ConsultView> consult(String contactId, String conversationId) {
    if (conversationId == null || conversationId.equals(contactId)) {
      return Optional.empty();
    }
    // Not stored yet (the offer can ring before the asking agent's request is recorded): unknown
    // for now, the next read has it.
    return conversations.consult(ContactId.of(contactId)).map(ConsultDetails::view);
  }

  private static AgentState.ConsultView view(ConsultRequest r) {
    return new AgentState.ConsultView(r.requestedBy().value(), r.privately(), r.note());
  }
}
