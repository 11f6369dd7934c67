package dev.parley.routing.desk;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.jpa.ContactEntity;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.runtime.OpenOffers;
import dev.parley.routing.store.RoutingStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds an agent's {@link AgentState}: which contacts it holds and its presence come from the
 * engine (the truth), times and queue settings from the committed rows and the open-offer mirror.
 */
@Dependent
public class AgentStateAssembler {

  @Inject RoutingStore store;

  public AgentState state(RoutingEngine engine, OpenOffers offers, AgentId id) {
    Optional<Agent.Snapshot> agent = engine.agent(id);
    if (agent.isEmpty()) {
      return new AgentState(PresenceStatus.OFFLINE, null, List.of(), List.of());
    }
    Agent.Snapshot a = agent.get();
    List<AgentState.OfferView> offered = new ArrayList<>();
    List<AgentState.ActiveContact> handling = new ArrayList<>();
    for (Map.Entry<ContactId, WorkState> w : a.work().entrySet()) {
      Contact.Snapshot c = engine.contact(w.getKey()).orElse(null);
      if (c == null) {
        continue;
      }
      if (w.getValue() == WorkState.OFFERED) {
        offered.add(offers.get(c.id(), id).orElseGet(() -> unknownTimes(c)));
      } else {
        handling.add(active(c, w.getValue()));
      }
    }
    return new AgentState(a.presence().status(), a.presence().breakReason(), offered, handling);
  }

  private AgentState.ActiveContact active(Contact.Snapshot c, WorkState work) {
    Optional<QueueEntity> queue = store.queue(c.queue().value());
    boolean wrapping = work == WorkState.WRAP_UP;
    // The engine's own transition time when it saw the transition; the stored row's otherwise
    // (after a restart). Saves a SELECT per held contact on every agent answer.
    Instant since =
        c.enteredAt(wrapping ? ContactState.WRAP_UP : ContactState.ACTIVE)
            .orElseGet(
                () ->
                    store
                        .contact(c.id().value())
                        .map(row -> wrapping ? row.wrapUpAt() : row.acceptedAt())
                        .orElse(null));
    int wrapSeconds = queue.map(QueueEntity::wrapUpSeconds).orElse(0);
    Instant wrapUpEnds =
        wrapping && since != null && wrapSeconds > 0 ? since.plusSeconds(wrapSeconds) : null;
    return new AgentState.ActiveContact(
        c.id().value(),
        c.channel(),
        c.queue().value(),
        c.customer().map(CustomerId::value).orElse(null),
        wrapping ? ContactState.WRAP_UP : ContactState.ACTIVE,
        since,
        wrapUpEnds,
        queue.map(QueueEntity::dispositionRequired).orElse(false),
        queue.map(q -> List.copyOf(q.dispositionCodes())).orElse(List.of()),
        c.parent().orElse(c.id()).value(),
        null);
  }

  /** An offer restored or made before the mirror existed: times unknown, show the row's. */
  private AgentState.OfferView unknownTimes(Contact.Snapshot c) {
    Instant offeredAt = store.contact(c.id().value()).map(ContactEntity::offeredAt).orElse(null);
    return new AgentState.OfferView(
        c.id().value(),
        c.channel(),
        c.queue().value(),
        c.customer().map(CustomerId::value).orElse(null),
        offeredAt,
        null,
        c.parent().orElse(c.id()).value(),
        null);
  }
}
