package dev.parley.routing.core;

import dev.parley.routing.contact.ContactId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decisions per contact, newest last. Bounded per contact so a contact that waits through many
 * re-evaluations cannot grow memory without limit; the oldest decisions are dropped first.
 */
final class DecisionLog {
  private final Map<ContactId, ArrayDeque<Decision>> byContact = new HashMap<>();
  private final int limit;

  DecisionLog(int limit) {
    this.limit = limit;
  }

  void record(ContactId contact, Decision d) {
    ArrayDeque<Decision> q = byContact.computeIfAbsent(contact, k -> new ArrayDeque<>());
    if (q.size() == limit) {
      q.removeFirst();
    }
    q.addLast(d);
  }

  void forget(ContactId contact) {
    byContact.remove(contact);
  }

  List<Decision> of(ContactId contact) {
    ArrayDeque<Decision> q = byContact.get(contact);
    return q == null ? List.of() : List.copyOf(q);
  }
}
