package dev.parley.routing.service.internal;

import dev.parley.routing.agent.AgentId;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Presence;
import dev.parley.routing.agent.PresenceStatus;
import dev.parley.routing.agent.jpa.AgentPresenceEntity;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.ContactState;
import dev.parley.routing.core.AgentSnapshot;
import dev.parley.routing.queue.QueueConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine is rebuilt from: every queue, every agent whose stored presence is not
 * OFFLINE, and every contact not in a terminal state. An agent that holds an ACTIVE or WRAP_UP
 * contact but is stored OFFLINE (it cannot happen through the engine, but rows can be edited) is
 * restored NOT_RESPONDING, so its contacts keep their agent and nothing new is offered to it.
 */
record Rebuild(List<QueueConfig> queues, List<AgentSnapshot> agents, List<Contact> contacts) {

  static Rebuild from(RoutingStore store, Clock clock) {
    References refs = new StoredReferences(store);
    List<QueueConfig> queues = store.queues().stream().map(q -> QueueMapping.toConfig(q, refs)).toList();
    List<Contact> contacts = store.openContacts().stream().map(ContactMapping::toContact).toList();
    LocalDate today = LocalDate.now(clock);
    Map<String, AgentSnapshot> agents = new LinkedHashMap<>();
    for (AgentPresenceEntity p : store.loggedInAgents()) {
      Presence presence = new Presence(PresenceStatus.valueOf(p.status()), p.breakReason());
      int handled = today.equals(p.handledOn()) ? p.handledToday() : 0;
      agents.put(p.username(), new AgentSnapshot(profile(store, p.username()), presence, p.idleSince(), handled));
    }
    for (Contact c : contacts) {
      boolean held = c.state() == ContactState.ACTIVE || c.state() == ContactState.WRAP_UP;
      if (held && c.assignedAgent().isPresent() && !agents.containsKey(c.assignedAgent().get().value())) {
        String agent = c.assignedAgent().get().value();
        agents.put(agent, new AgentSnapshot(profile(store, agent), Presence.NOT_RESPONDING, clock.instant(), 0));
      }
    }
    return new Rebuild(queues, new ArrayList<>(agents.values()), contacts);
  }

  private static AgentProfile profile(RoutingStore store, String username) {
    AgentId id = AgentId.of(username);
    return store.profile(username).map(AgentMapping::toProfile).orElseGet(() -> AgentMapping.unconfigured(id));
  }
}
