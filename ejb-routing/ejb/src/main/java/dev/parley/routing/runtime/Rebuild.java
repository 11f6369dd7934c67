package dev.parley.routing.runtime;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.jpa.AgentPresenceEntity;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.jpa.ContactEntity;
import dev.parley.routing.core.AgentSnapshot;
import dev.parley.routing.core.OfferSnapshot;
import dev.parley.routing.customer.StickyAgentMemory;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.reference.AgentMapping;
import dev.parley.routing.reference.QueueMapping;
import dev.parley.routing.reference.References;
import dev.parley.routing.reference.StoredReferences;
import dev.parley.routing.store.ContactMapping;
import dev.parley.routing.store.RoutingStore;
import dev.parley.routing.store.StoredOffers;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the engine is rebuilt from: every queue, every agent whose stored presence is not OFFLINE,
 * every contact not in a terminal state (with its customer's linked identities when its queue has a
 * sticky-agent window), the offers still ringing at contacts stored OFFERED (with their deadlines,
 * {@link StoredOffers}), and who took which customer's contact within the longest sticky-agent
 * window. An agent that holds an ACTIVE or WRAP_UP contact but is stored OFFLINE is restored
 * OFFLINE with its contacts when routing took it out (connection lost, ADR 0013); otherwise (it
 * cannot happen through the engine, but rows can be edited) it is restored NOT_RESPONDING. Either
 * way its contacts keep their agent and nothing new is offered to it.
 */
record Rebuild(
    List<QueueConfig> queues,
    List<AgentSnapshot> agents,
    List<Contact> contacts,
    List<StickyAgentMemory.Served> served,
    List<OfferSnapshot> offers) {

  /**
   * @param links the keys of every identity linked to a customer key into one customer (the
   *     customer directory), asked for waiting contacts of queues with a sticky-agent window
   */
  static Rebuild from(RoutingStore store, Clock clock, Function<String, Set<String>> links) {
    References refs = new StoredReferences(store);
    List<QueueConfig> queues =
        store.queues().stream().map(q -> QueueMapping.toConfig(q, refs)).toList();
    Map<String, Duration> stickyWindows = new HashMap<>();
    Duration longest = Duration.ZERO;
    for (QueueConfig q : queues) {
      stickyWindows.put(q.id().value(), q.stickyWindow());
      longest = q.stickyWindow().compareTo(longest) > 0 ? q.stickyWindow() : longest;
    }
    List<Contact> contacts = new ArrayList<>();
    for (ContactEntity e : store.openContacts()) {
      boolean sticky = !stickyWindows.getOrDefault(e.queue(), Duration.ZERO).isZero();
      Set<String> linked =
          sticky && e.customerKey() != null ? links.apply(e.customerKey()) : Set.of();
      contacts.add(ContactMapping.toContact(e, linked));
    }
    List<StickyAgentMemory.Served> served =
        longest.isZero() ? List.of() : store.servedSince(clock.instant().minus(longest));
    LocalDate today = LocalDate.now(clock);
    Map<String, AgentSnapshot> agents = new LinkedHashMap<>();
    for (AgentPresenceEntity p : store.loggedInAgents()) {
      Presence presence = new Presence(PresenceStatus.valueOf(p.status()), p.breakReason());
      int handled = today.equals(p.handledOn()) ? p.handledToday() : 0;
      agents.put(
          p.username(),
          new AgentSnapshot(profile(store, p.username()), presence, p.idleSince(), handled));
    }
    for (Contact c : contacts) {
      boolean held = c.state() == ContactState.ACTIVE || c.state() == ContactState.WRAP_UP;
      if (held
          && c.assignedAgent().isPresent()
          && !agents.containsKey(c.assignedAgent().get().value())) {
        String agent = c.assignedAgent().get().value();
        Presence takenOut =
            store
                .presence(agent)
                .filter(
                    p ->
                        p.status().equals(PresenceStatus.OFFLINE.name()) && p.breakReason() != null)
                .map(p -> new Presence(PresenceStatus.OFFLINE, p.breakReason()))
                .orElse(Presence.NOT_RESPONDING);
        agents.put(agent, new AgentSnapshot(profile(store, agent), takenOut, clock.instant(), 0));
      }
    }
    List<OfferSnapshot> offers = StoredOffers.open(store.offerHistoryOfOffered());
    return new Rebuild(queues, new ArrayList<>(agents.values()), contacts, served, offers);
  }

  private static AgentProfile profile(RoutingStore store, String username) {
    AgentId id = AgentId.of(username);
    return store
        .profile(username)
        .map(AgentMapping::toProfile)
        .orElseGet(() -> AgentMapping.unconfigured(id));
  }
}
