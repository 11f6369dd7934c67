package dev.parley.load.chat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's books: per conversation, every message a side sent (by its {@code clientId}), whether
 * the server stored or refused it, and every message frame each side received. From them it counts
 * what the issue asks to prove: a stored message that never reached the other side is
 * <em>lost</em>; a frame whose {@code seq} the side had already received, or a message of the other
 * side whose {@code clientId} came a second time (stored twice), is <em>duplicated</em>; a frame
 * whose {@code seq} is below one the side already received is <em>out of order</em>. Thread-safe:
 * each conversation's book is locked on its own.
 */
final class ChatLedger {

  /** The two ends of a chat. */
  enum Side {
    VISITOR,
    AGENT;

    Side other() {
      return this == VISITOR ? AGENT : VISITOR;
    }
  }

  /** Totals over every conversation, both directions apart. */
  record Tally(Lane toAgent, Lane toVisitor, long duplicated, long outOfOrder) {
    long lost() {
      return toAgent.lost() + toVisitor.lost();
    }
  }

  /**
   * One direction's counts: {@code sent} by the sender, {@code stored} (acknowledged), {@code
   * refused} (an error frame or a non-201 answer), {@code received} (distinct messages that reached
   * the other side), {@code lost} (stored, never received), {@code unsettled} (neither answered nor
   * received: in flight, or its answer was lost with a socket), {@code unknown} (received, never
   * sent by this run).
   */
  record Lane(
      long sent,
      long stored,
      long refused,
      long received,
      long lost,
      long unsettled,
      long unknown) {}

  private final Map<String, Book> books = new ConcurrentHashMap<>();

  /** {@code from} sent a message with {@code clientId} into {@code conversation}. */
  void sent(String conversation, Side from, String clientId) {
    Book b = book(conversation);
    synchronized (b) {
      b.sent(from).putIfAbsent(clientId, Fate.SENT);
    }
  }

  /** The server stored {@code from}'s message (an {@code ack} or a 201). */
  void stored(String conversation, Side from, String clientId) {
    settle(conversation, from, clientId, Fate.STORED);
  }

  /** The server refused {@code from}'s message: nothing was stored, nothing is to arrive. */
  void refused(String conversation, Side from, String clientId) {
    settle(conversation, from, clientId, Fate.REFUSED);
  }

  private void settle(String conversation, Side from, String clientId, Fate fate) {
    Book b = book(conversation);
    synchronized (b) {
      b.sent(from).put(clientId, fate);
    }
  }

  /**
   * A message frame reached {@code at}: {@code author} is the side that wrote it, or null for a
   * system message.
   */
  void received(String conversation, Side at, long seq, String clientId, Side author) {
    Book b = book(conversation);
    synchronized (b) {
      Set<Long> seen = b.seen(at);
      boolean again = !seen.add(seq);
      if (!again && seq < b.highest(at)) {
        b.outOfOrder++;
      }
      b.highest.put(at, Math.max(b.highest(at), seq));
      if (author == at.other() && clientId != null) {
        again |= !b.received(at).add(clientId);
      }
      if (again) {
        b.duplicated++;
      }
    }
  }

  /** Messages not refused and not yet received by the other side (a drain waits for 0). */
  long pending() {
    Tally t = tally();
    return t.lost() + t.toAgent().unsettled() + t.toVisitor().unsettled();
  }

  Tally tally() {
    long[] toAgent = new long[7];
    long[] toVisitor = new long[7];
    long duplicated = 0;
    long outOfOrder = 0;
    for (Book b : books.values()) {
      synchronized (b) {
        count(b, Side.VISITOR, toAgent);
        count(b, Side.AGENT, toVisitor);
        duplicated += b.duplicated;
        outOfOrder += b.outOfOrder;
      }
    }
    return new Tally(lane(toAgent), lane(toVisitor), duplicated, outOfOrder);
  }

  private static void count(Book b, Side from, long[] n) {
    Map<String, Fate> sent = b.sent(from);
    Set<String> received = b.received(from.other());
    for (Map.Entry<String, Fate> e : sent.entrySet()) {
      n[0]++;
      boolean arrived = received.contains(e.getKey());
      switch (e.getValue()) {
        case STORED -> {
          n[1]++;
          if (!arrived) {
            n[4]++;
          }
        }
        case REFUSED -> n[2]++;
        case SENT -> {
          if (!arrived) {
            n[5]++;
          }
        }
      }
    }
    for (String id : received) {
      if (sent.containsKey(id)) {
        n[3]++;
      } else {
        n[6]++;
      }
    }
  }

  private static Lane lane(long[] n) {
    return new Lane(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }

  private Book book(String conversation) {
    return books.computeIfAbsent(conversation, c -> new Book());
  }

  private enum Fate {
    SENT,
    STORED,
    REFUSED
  }

  /** One conversation; guarded by itself. */
  private static final class Book {
    final Map<Side, Map<String, Fate>> sent = new HashMap<>();
    final Map<Side, Set<String>> received = new HashMap<>();
    final Map<Side, Set<Long>> seen = new HashMap<>();
    final Map<Side, Long> highest = new HashMap<>();
    long duplicated;
    long outOfOrder;

    Map<String, Fate> sent(Side side) {
      return sent.computeIfAbsent(side, s -> new HashMap<>());
    }

    /** The other side's clientIds that reached {@code side}. */
    Set<String> received(Side side) {
      return received.computeIfAbsent(side, s -> new HashSet<>());
    }

    Set<Long> seen(Side side) {
      return seen.computeIfAbsent(side, s -> new HashSet<>());
    }

    long highest(Side side) {
      return highest.getOrDefault(side, 0L);
    }
  }
}
