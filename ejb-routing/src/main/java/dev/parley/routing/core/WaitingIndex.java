package dev.parley.routing.core;

import dev.parley.routing.contact.Channel;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.queue.QueueId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Waiting contacts, one ordered set per queue and channel.
 *
 * <p>Effective priority is {@code base + aging × (now − arrival)}. Every contact ages at the same
 * rate, so ordering by {@code base − aging × arrival} gives the same order at every instant: the
 * key never has to be recomputed as time passes. Ties go to the lower arrival sequence (FIFO).
 * Invariant: a contact is in at most one set, and its slot's {@code waiting} is its entry there.
 */
final class WaitingIndex {
  /**
   * A waiting contact's time-invariant ordering key ({@code key}, then {@code seq}, copied here so
   * comparisons stay within the entry). {@code slot} leads to the live contact and its decisions
   * without a look-up in the map of every contact (cache misses over 100,000 contacts).
   */
  record Entry(ContactSlot slot, QueueId queue, Channel channel, double key, long seq) {
    ContactId contact() {
      return slot.contact.id();
    }

    Contact subject() {
      return slot.contact;
    }
  }

  /** Highest key first, then earliest arrival (written out: the composed lambdas cost more). */
  static final Comparator<Entry> ORDER =
      (x, y) -> {
        int byKey = Double.compare(y.key(), x.key());
        return byKey != 0 ? byKey : Long.compare(x.seq(), y.seq());
      };

  /**
   * The contacts waiting in one queue on one channel, best first, with the best one kept at hand:
   * most routing decisions look only at the head, and finding a tree's first node costs a walk
   * down its left spine (a cache miss per level with 100,000 contacts waiting).
   */
  static final class Lane implements Iterable<Entry> {
    private final TreeSet<Entry> set = new TreeSet<>(ORDER);
    private Entry head;

    private void add(Entry e) {
      set.add(e);
      if (head == null || ORDER.compare(e, head) < 0) {
        head = e;
      }
    }

    private void remove(Entry e) {
      set.remove(e);
      if (e == head) {
        head = set.isEmpty() ? null : set.first();
      }
    }

    /** The best waiting contact, or null when none waits. */
    Entry head() {
      return head;
    }

    boolean isEmpty() {
      return head == null;
    }

    int size() {
      return set.size();
    }

    @Override
    public Iterator<Entry> iterator() {
      return Collections.unmodifiableSet(set).iterator();
    }
  }

  private static final Lane EMPTY_LANE = new Lane();

  private final Map<QueueId, Lane[]> sets = new HashMap<>();
  private int size;
  private int deferrable;

  void add(Entry e) {
    remove(e.slot());
    Lane[] lanes = sets.computeIfAbsent(e.queue(), q -> new Lane[CHANNELS]);
    int ch = e.channel().ordinal();
    if (lanes[ch] == null) {
      lanes[ch] = new Lane();
    }
    lanes[ch].add(e);
    e.slot().waiting = e;
    size++;
    if (e.channel().isDeferrable()) {
      deferrable++;
    }
  }

  void remove(ContactSlot slot) {
    Entry e = slot.waiting;
    if (e != null) {
      slot.waiting = null;
      size--;
      sets.get(e.queue())[e.channel().ordinal()].remove(e);
      if (e.channel().isDeferrable()) {
        deferrable--;
      }
    }
  }

  /** How many e-mail and SMS contacts wait anywhere; blending re-checks are skipped at zero. */
  int deferrableWaiting() {
    return deferrable;
  }


  /**
   * The contacts waiting in {@code queue} on {@code channel}, best first; a live read-only view
   * (the routing hot paths look at its head, or walk it, without copying). Empty when none wait.
   */
  Lane waitingIn(QueueId queue, Channel channel) {
    Lane[] lanes = sets.get(queue);
    Lane lane = lanes == null ? null : lanes[channel.ordinal()];
    return lane == null ? EMPTY_LANE : lane;
  }

  private static final int CHANNELS = Channel.values().length;

  /** Up to {@code n} contacts waiting in {@code queue} on {@code channel}, best first. */
  List<Entry> head(QueueId queue, Channel channel, int n) {
    Lane lane = waitingIn(queue, channel);
    if (lane.isEmpty()) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(Math.min(n, lane.size()));
    Iterator<Entry> it = lane.iterator();
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
    return size;
  }

  /** A copy of every entry, lane by lane (for re-keying after a settings change). */
  List<Entry> entries() {
    List<Entry> all = new ArrayList<>(size);
    for (Lane[] lanes : sets.values()) {
      for (Lane lane : lanes) {
        if (lane != null) {
          lane.forEach(all::add);
        }
      }
    }
    return all;
  }
}
