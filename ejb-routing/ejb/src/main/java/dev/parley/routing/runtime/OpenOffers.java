package dev.parley.routing.runtime;

import dev.parley.routing.api.AgentNotification;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.OfferSnapshot;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.core.RoutingEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offers ringing now, as shown to agents (when offered, when they expire). The engine knows
 * which offers are open but not their times; this mirrors them from the events. Owned by the
 * runtime and touched only under its write lock; rebuilt empty with the engine.
 */
public final class OpenOffers {
  private record Key(ContactId contact, AgentId agent) {}

  private final Map<Key, AgentState.OfferView> open = new HashMap<>();

  void update(List<RoutingEvent> events, List<AgentNotification> notifications) {
    for (RoutingEvent e : events) {
      if (e instanceof RoutingEvent.OfferWithdrawn w) {
        open.remove(new Key(w.contact(), w.agent()));
      } else if (e instanceof RoutingEvent.OfferTimedOut t) {
        open.remove(new Key(t.contact(), t.agent()));
      } else if (e instanceof RoutingEvent.OfferDeclined d) {
        open.remove(new Key(d.contact(), d.agent()));
      } else if (e instanceof RoutingEvent.ContactAccepted a) {
        open.remove(new Key(a.contact(), a.agent()));
      }
    }
    for (AgentNotification n : notifications) {
      if (n instanceof AgentNotification.Offered o) {
        open.put(new Key(ContactId.of(o.offer().contactId()), o.agent()), o.offer());
      }
    }
  }

  /**
   * After a rebuild: the stored offers the engine let ring on, with the deadlines the engine keeps
   * for them (their original ones). Called before the rebuild's own events are applied, which then
   * close or replace them like any others.
   */
  void restored(RoutingEngine engine, List<OfferSnapshot> stored, Notifications.Lookup lookup) {
    for (OfferSnapshot o : stored) {
      Optional<Instant> expires = engine.offerExpiry(o.contact(), o.agent());
      Optional<Contact.Snapshot> c = engine.contact(o.contact());
      if (expires.isPresent() && c.isPresent()) {
        RoutingEvent.OfferMade made =
            new RoutingEvent.OfferMade(o.contact(), o.agent(), expires.get());
        open.put(new Key(o.contact(), o.agent()), Notifications.offer(c.get(), made, lookup));
      }
    }
  }

  public Optional<AgentState.OfferView> get(ContactId contact, AgentId agent) {
    return Optional.ofNullable(open.get(new Key(contact, agent)));
  }
}
