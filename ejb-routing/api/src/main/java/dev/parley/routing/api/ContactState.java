package dev.parley.routing.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a contact. The transition table below is the single source of truth; see
 * ARCHITECTURE.md for the picture. CLOSED, ABANDONED and OVERFLOWED are terminal.
 */
public enum ContactState {
  RECEIVED,
  QUEUED,
  OFFERED,
  ACTIVE,
  WRAP_UP,
  CLOSED,
  ABANDONED,
  OVERFLOWED;

  /** States this one may move to (a fresh, modifiable copy). */
  public Set<ContactState> next() {
    return EnumSet.copyOf(NEXT[ordinal()]);
  }

  /** The transition table, built once: routing asks it on every state change. */
  private static final EnumSet<ContactState>[] NEXT = table();

  @SuppressWarnings("unchecked")
  private static EnumSet<ContactState>[] table() {
    ContactState[] all = values();
    EnumSet<ContactState>[] t = new EnumSet[all.length];
    for (ContactState s : all) {
      t[s.ordinal()] = s.successors();
    }
    return t;
  }

  private EnumSet<ContactState> successors() {
    return switch (this) {
      // RECEIVED -> CLOSED: served without an agent (e.g. IVR self-service).
      case RECEIVED -> EnumSet.of(QUEUED, ABANDONED, OVERFLOWED, CLOSED);
      case QUEUED -> EnumSet.of(OFFERED, ABANDONED, OVERFLOWED);
      // OFFERED -> QUEUED: rejected or not answered, routed again with its age kept.
      case OFFERED -> EnumSet.of(ACTIVE, QUEUED, ABANDONED);
      // ACTIVE -> QUEUED / OFFERED: blind transfer to a queue / to an agent.
      // ACTIVE -> CLOSED: a consult segment ends without wrap-up of its own.
      case ACTIVE -> EnumSet.of(WRAP_UP, QUEUED, OFFERED, CLOSED);
      case WRAP_UP -> EnumSet.of(CLOSED);
      case CLOSED, ABANDONED, OVERFLOWED -> EnumSet.noneOf(ContactState.class);
    };
  }

  public boolean canMoveTo(ContactState target) {
    return NEXT[ordinal()].contains(target);
  }

  public boolean isTerminal() {
    return NEXT[ordinal()].isEmpty();
  }
}
