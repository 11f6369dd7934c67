package dev.parley.routing.core;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outstanding offers (several per contact under ring all) and which agents declined a contact.
 * Invariant: a contact has offers exactly while it is OFFERED, and each offered agent holds a slot.
 */
final class OfferBook {
  record Offer(ContactId contact, AgentId agent, Instant expiresAt, Timers.Timer timer) {}

  private final Map<ContactId, Map<AgentId, Offer>> offers = new HashMap<>();
  private final Map<ContactId, Set<AgentId>> declined = new HashMap<>();

  void add(Offer o) {
    offers.computeIfAbsent(o.contact(), c -> new LinkedHashMap<>()).put(o.agent(), o);
  }

  Offer get(ContactId contact, AgentId agent) {
    Map<AgentId, Offer> m = offers.get(contact);
    return m == null ? null : m.get(agent);
  }

  Offer remove(ContactId contact, AgentId agent) {
    Map<AgentId, Offer> m = offers.get(contact);
    if (m == null) {
      return null;
    }
    Offer o = m.remove(agent);
    if (m.isEmpty()) {
      offers.remove(contact);
    }
    return o;
  }

  /** Removes and returns every offer of {@code contact}. */
  Collection<Offer> removeAll(ContactId contact) {
    Map<AgentId, Offer> m = offers.remove(contact);
    return m == null ? List.of() : m.values();
  }

  boolean hasOffers(ContactId contact) {
    return offers.containsKey(contact);
  }

  void declinedBy(ContactId contact, AgentId agent) {
    declined.computeIfAbsent(contact, c -> new HashSet<>()).add(agent);
  }

  /** Whether any agent declined {@code contact} so far (the common answer, no, is one look-up). */
  boolean hasDeclinedAny(ContactId contact) {
    Set<AgentId> s = declined.get(contact);
    return s != null && !s.isEmpty();
  }

  boolean hasDeclined(ContactId contact, AgentId agent) {
    Set<AgentId> s = declined.get(contact);
    return s != null && s.contains(agent);
  }

  void forget(ContactId contact) {
    declined.remove(contact);
  }
}
