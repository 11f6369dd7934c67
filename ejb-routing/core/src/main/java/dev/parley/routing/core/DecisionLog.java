package dev.parley.routing.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Decisions per contact (kept in its {@link ContactSlot}), newest last. Bounded per contact so a
 * contact that waits through many re-evaluations cannot grow memory without limit; the oldest
 * decisions are dropped first. Decisions are kept as {@link DecisionRecord}s and rendered when
 * explained.
 */
final class DecisionLog {
  private final int limit;

  DecisionLog(int limit) {
    this.limit = limit;
  }

  void record(ContactSlot slot, DecisionRecord d) {
    ArrayDeque<DecisionRecord> q = slot.decisions;
    if (q == null) {
      q = slot.decisions = new ArrayDeque<>(4);
    }
    if (q.size() == limit) {
      q.removeFirst();
    }
    q.addLast(d);
    slot.decisionCount++;
  }

  /**
   * The decisions numbered {@code from} and later (numbering counts every decision ever recorded
   * for the contact, from 0) that are still kept, oldest first: what a reader who has seen the
   * first {@code from} has not seen yet.
   */
  List<Decision> since(ContactSlot slot, long from) {
    if (slot == null || slot.decisions == null) {
      return List.of();
    }
    ArrayDeque<DecisionRecord> q = slot.decisions;
    long firstKept = slot.decisionCount - q.size();
    long skip = Math.max(0, from - firstKept);
    List<Decision> out = new ArrayList<>();
    for (DecisionRecord d : q) {
      if (skip > 0) {
        skip--;
      } else {
        out.add(d.render());
      }
    }
    return List.copyOf(out);
  }

  long count(ContactSlot slot) {
    return slot == null ? 0 : slot.decisionCount;
  }

  List<Decision> of(ContactSlot slot) {
    ArrayDeque<DecisionRecord> q = slot == null ? null : slot.decisions;
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
