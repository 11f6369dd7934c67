package dev.parley.routing.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The agents one decision passed over: the first {@link #LISTED} with their verdicts, the rest
 * counted per reason. A queue may have thousands of members; listing each with a sentence cost more
 * than the decision itself and kept tens of kilobytes per contact in memory. Callers ask {@link
 * #wantsDetail()} before building a verdict, so agents beyond the list cost a count only.
 */
final class PassedOver {
  /** Agents listed by name per decision. */
  static final int LISTED = 25;

  private final List<Verdict> listed = new ArrayList<>();

  /** Agents beyond the list per reason, by ordinal (a count per member of a large queue). */
  private int[] counted;

  private int countedTotal;

  boolean wantsDetail() {
    return listed.size() < LISTED;
  }

  /** Lists {@code v} while there is room, else counts its reason. */
  void add(Verdict v) {
    if (wantsDetail()) {
      listed.add(v);
    } else {
      count(v.reason());
    }
  }

  /** An agent beyond the list, passed over for {@code reason}. */
  void count(PassReason reason) {
    count(reason, 1);
  }

  /** {@code agents} more beyond the list, all passed over for {@code reason}. */
  void count(PassReason reason, int agents) {
    if (agents <= 0) {
      return;
    }
    if (counted == null) {
      counted = new int[PassReason.values().length];
    }
    counted[reason.ordinal()] += agents;
    countedTotal += agents;
  }

  List<Verdict> listed() {
    return listed;
  }

  /**
   * "" when every agent is listed, else e.g. "; 975 more passed over (RANKED_LOWER_BY_STRATEGY 970,
   * NO_CAPACITY 5)".
   */
  String summary() {
    if (counted == null) {
      return "";
    }
    StringBuilder b = new StringBuilder("; ").append(countedTotal).append(" more passed over (");
    String sep = "";
    for (PassReason r : PassReason.values()) {
      if (counted[r.ordinal()] > 0) {
        b.append(sep).append(r).append(' ').append(counted[r.ordinal()]);
        sep = ", ";
      }
    }
    return b.append(')').toString();
  }
}
