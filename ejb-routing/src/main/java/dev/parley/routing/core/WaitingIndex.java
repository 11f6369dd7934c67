package dev.parley.routing.core;

import dev.parley.routing.contact.Channel;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.queue.QueueId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Waiting contacts, one ordered set per queue and channel.
 *
 * <p>Effective priority is {@code base + aging × (now − arrival)}. Every contact ages at the same
 * rate, so ordering by {@code base − aging × arrival} gives the same order at every instant: the
 * key never has to be recomputed as time passes. Ties go to the lower arrival sequence (FIFO).
 * Invariant: a contact is in at most one set, and {@link #entries} maps exactly the contacts held.
 */
final class WaitingIndex {
  /**
   * A waiting contact's time-invariant ordering key. {@code subject} is the engine's live object
   * for {@code contact} (one per id while it exists), so the routing scans need no look-up in the
   * map of every contact, which was their largest cost (cache misses over 100,000 contacts).
   */
  record Entry(
      ContactId contact, QueueId queue, Channel channel, double key, long seq, Contact subject) {}

  /** Highest key first, then earliest arrival. */
  static final Comparator<Entry> ORDER =
      Comparator.comparingDouble((Entry e) -> -e.key()).thenComparingLong(Entry::seq);

  private final Map<QueueId, EnumMap<Channel, TreeSet<Entry>>> sets = new HashMap<>();
  private final Map<ContactId, Entry> entries = new HashMap<>();
  private int deferrable;

  void add(Entry e) {
    remove(e.contact());
    sets.computeIfAbsent(e.queue(), q -> new EnumMap<>(Channel.class))
        .computeIfAbsent(e.channel(), c -> new TreeSet<>(ORDER))
        .add(e);
    entries.put(e.contact(), e);
    if (e.channel().isDeferrable()) {
      deferrable++;
    }
  }

  void remove(ContactId contact) {
    Entry e = entries.remove(contact);
    if (e != null) {
      sets.get(e.queue()).get(e.channel()).remove(e);
      if (e.channel().isDeferrable()) {
        deferrable--;
      }
    }
  }

  /** How many e-mail and SMS contacts wait anywhere; blending re-checks are skipped at zero. */
  int deferrableWaiting() {
    return deferrable;
  }

  boolean contains(ContactId contact) {
    return entries.containsKey(contact);
  }

  Entry entry(ContactId contact) {
    return entries.get(contact);
  }

  /**
   * The contacts waiting in {@code queue} on {@code channel}, best first; a live read-only view
   * (the routing hot paths walk its head without copying). Empty when none wait.
   */
  NavigableSet<Entry> waitingIn(QueueId queue, Channel channel) {
    EnumMap<Channel, TreeSet<Entry>> byChannel = sets.get(queue);
    NavigableSet<Entry> set = byChannel == null ? null : byChannel.get(channel);
    return set == null ? EMPTY : Collections.unmodifiableNavigableSet(set);
  }

  private static final NavigableSet<Entry> EMPTY = Collections.emptyNavigableSet();

  /** Up to {@code n} contacts waiting in {@code queue} on {@code channel}, best first. */
  List<Entry> head(QueueId queue, Channel channel, int n) {
    NavigableSet<Entry> set = waitingIn(queue, channel);
    if (set.isEmpty()) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(Math.min(n, set.size()));
    Iterator<Entry> it = set.iterator();
    while (it.hasNext() && out.size() < n) {
      out.add(it.next());
    }
    return out;
  }

  /** All waiting contacts of a queue and channel, best first (for supervisors and tests). */
  List<Entry> all(QueueId queue, Channel channel) {
    return head(queue, channel, Integer.MAX_VALUE);
  }

  int size() {
    return entries.size();
  }
}
