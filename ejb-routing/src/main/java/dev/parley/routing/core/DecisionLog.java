package dev.parley.routing.core;

import dev.parley.routing.contact.ContactId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decisions per contact, newest last. Bounded per contact so a contact that waits through many
 * re-evaluations cannot grow memory without limit; the oldest decisions are dropped first.
 * Decisions are kept as {@link DecisionRecord}s and rendered when explained.
 */
final class DecisionLog {
  private final Map<ContactId, ArrayDeque<DecisionRecord>> byContact = new HashMap<>();
  private final int limit;

  DecisionLog(int limit) {
    this.limit = limit;
  }

  void record(ContactId contact, DecisionRecord d) {
    ArrayDeque<DecisionRecord> q = byContact.computeIfAbsent(contact, k -> new ArrayDeque<>());
    if (q.size() == limit) {
      q.removeFirst();
    }
    q.addLast(d);
  }

  void forget(ContactId contact) {
    byContact.remove(contact);
  }

  List<Decision> of(ContactId contact) {
    ArrayDeque<DecisionRecord> q = byContact.get(contact);
    if (q == null) {
      return List.of();
    }
    List<Decision> out = new ArrayList<>(q.size());
    for (DecisionRecord d : q) {
      out.add(d.render());
    }
    return List.copyOf(out);
  }
}
