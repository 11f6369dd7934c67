package dev.parley.routing.api;

import jakarta.ejb.ApplicationException;

/**
 * A request routing will not carry out. Not a rollback exception on purpose: timers that fired
 * before the refused command were applied to the engine and must still be stored; the refused
 * command itself changed nothing.
 */
@ApplicationException(rollback = false)
public class RoutingRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of refusal, so callers can answer with the right status. */
  public enum Kind {
    /** The request itself is invalid (unknown queue, missing disposition…). */
    INVALID,
    /** No such contact, queue or agent. */
    NOT_FOUND,
    /** The caller may not act on this contact. */
    FORBIDDEN,
    /** Valid, but the current state does not allow it (offer gone, contacts still open…). */
    CONFLICT,
    /** Too much is waiting for routing right now; nothing was done, retry shortly. */
    BUSY
  }

  private final Kind kind;

  public RoutingRefusedException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
