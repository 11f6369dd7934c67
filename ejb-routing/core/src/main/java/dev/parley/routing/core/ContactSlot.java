package dev.parley.routing.core;

import dev.parley.routing.contact.Contact;
import java.util.ArrayDeque;

/**
 * Everything the engine keeps about one contact, reached with a single look-up by id: the live
 * contact, its arrival sequence (FIFO tie-break, kept across re-queues), its decisions, and its
 * place in the waiting index while it waits. One map instead of four keyed by contact id: with
 * 100,000 contacts each look-up was a cache miss, and routing made several per decision.
 */
final class ContactSlot {
  final Contact contact;
  final long seq;

  /** Newest last; created with the first decision. The oldest go beyond the log's limit. */
  ArrayDeque<DecisionRecord> decisions;

  /** Decisions ever recorded, dropped ones included: the number of the next one. */
  long decisionCount;

  /** Non-null exactly while the contact is in the {@link WaitingIndex}. */
  WaitingIndex.Entry waiting;

  ContactSlot(Contact contact, long seq) {
    this.contact = contact;
    this.seq = seq;
  }
}
