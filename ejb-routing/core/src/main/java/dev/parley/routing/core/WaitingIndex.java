package dev.parley.routing.core;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Waiting contacts, one ordered set (a {@link Lane}) per queue and channel, kept in the queue's
 * {@link QueueHome}; this class keeps the entry type, the order and the counts over all lanes.
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
   * without a look-up in the map of every contact (cache misses over 100,000 contacts), {@code
   * home} to its queue's settings and lane without a look-up by queue id.
   */
  record Entry(ContactSlot slot, QueueHome home, Channel channel, double key, long seq) {
    QueueId queue() {
      return home.id;
    }

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
   * most routing decisions look only at the head, and finding a tree's first node costs a walk down
   * its left spine (a cache miss per level with 100,000 contacts waiting).
   */
  static final class Lane implements Iterable<Entry> {
    /** The lane of a queue and channel nobody has waited in yet; never modified. */
    static final Lane EMPTY = new Lane();

    private final TreeSet<Entry> set = new TreeSet<>(ORDER);
    private Entry head;

    /** How many waiting contacts need skills of their own (then the lane's head may not do). */
    private int ownSkills;

    private void add(Entry e) {
      if (set.add(e) && !e.subject().skills().isEmpty()) {
        ownSkills++;
      }
      if (head == null || ORDER.compare(e, head) < 0) {
        head = e;
      }
    }

    private void remove(Entry e) {
      if (set.remove(e) && !e.subject().skills().isEmpty()) {
        ownSkills--;
      }
      if (e == head) {
        head = set.isEmpty() ? null : set.first();
      }
    }

    /** Whether one skill check of the queue's requirements decides for every contact of it. */
    boolean sameSkillsForAll() {
      return ownSkills == 0;
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

    /** Up to {@code n} entries, best first (a copy). */
    List<Entry> head(int n) {
      List<Entry> out = new ArrayList<>(Math.min(n, set.size()));
      Iterator<Entry> it = set.iterator();
      while (it.hasNext() && out.size() < n) {
        out.add(it.next());
      }
      return out;
    }
  }

  private int size;
  private int deferrable;

  /** Puts {@code e} in its queue's lane (taking the contact out of any lane it was in). */
  void add(Entry e) {
    remove(e.slot());
    e.home().laneToAdd(e.channel()).add(e);
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
      e.home().lane(e.channel()).remove(e);
      if (e.channel().isDeferrable()) {
        deferrable--;
      }
    }
  }

  /** How many e-mail and SMS contacts wait anywhere; blending re-checks are skipped at zero. */
  int deferrableWaiting() {
    return deferrable;
  }

  int size() {
    return size;
  }
}
